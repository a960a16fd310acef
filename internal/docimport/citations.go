package docimport

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/kh-tools/kh/internal/plan"
)

// citationRe reads a cited document as plans write them: "Nghị quyết số
// 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về …", with or without "số",
// a comma before "ngày", "Căn cứ"/"Thực hiện" before it, the issuer left
// out.
var citationRe = regexp.MustCompile(`(?i)(Nghị quyết|Quyết định|Kế hoạch hành động|Kế hoạch|Chương trình hành động|Chương trình|Chỉ thị|Công văn|Thông tư|Nghị định|Luật|Hướng dẫn|Kết luận|Đề án)\s+(?:số\s*:?\s*)?(\d+[\w/&.-]*)\s*,?\s*ngày\s+(\d{1,2})/(\d{1,2})/(\d{4})\s*(?:của\s+(.+?))?\s*(về\s.*|phê duyệt.*|ban hành.*|hướng dẫn.*|sửa đổi.*|thực hiện.*)?$`)

// typeCodes abbreviate document types in citation ids.
var typeCodes = map[string]string{
	"nghị quyết": "nq", "quyết định": "qd", "kế hoạch": "kh", "kế hoạch hành động": "kh", "chương trình": "ctr",
	"chương trình hành động": "ctr", "chỉ thị": "ct", "công văn": "cv", "thông tư": "tt", "nghị định": "nd",
	"luật": "luat", "hướng dẫn": "hd", "kết luận": "kl", "đề án": "da",
}

// citations reads the documents a căn cứ line or a "Thực hiện …" sentence
// names; each document is recorded once.
func (b *builder) citations(text string) {
	text = strings.TrimRight(strings.TrimSpace(text), ".;,")
	for _, part := range strings.Split(text, "; ") {
		m := citationRe.FindStringSubmatch(strings.TrimSpace(part))
		if m == nil {
			continue
		}
		day, _ := strconv.Atoi(m[3])
		mon, _ := strconv.Atoi(m[4])
		year, _ := strconv.Atoi(m[5])
		date := time.Date(year, time.Month(mon), day, 0, 0, 0, 0, time.UTC)
		if date.Day() != day {
			continue
		}
		ref := strings.TrimRight(m[2], ".,")
		c := &plan.Citation{Type: capitalize(m[1]), Ref: ref, Date: date, Subject: subject(m[7])}
		c.Issuer = b.citationIssuer(strings.TrimSpace(m[6]), ref)
		c.ID = b.citationID(strings.ToLower(m[1]), ref)
		if c.ID == "" {
			continue
		}
		b.res.Plan.Citations = append(b.res.Plan.Citations, c)
		b.res.Counts.Citations++
		if strings.HasPrefix(strings.ToLower(strings.TrimSpace(part)), "thực hiện") {
			b.res.Plan.Implements = appendUnique(b.res.Plan.Implements, c.ID)
		}
	}
}

// clauseEnd is where a sentence goes on after the cited document's subject:
// a comma before a capital ("…, Ủy ban nhân dân tỉnh ban hành …").
var clauseEnd = regexp.MustCompile(`,\s+\p{Lu}`)

func subject(s string) string {
	if m := clauseEnd.FindStringIndex(s); m != nil {
		s = s[:m[0]]
	}
	return strings.TrimRight(strings.TrimSpace(s), ".;,:")
}

func capitalize(s string) string {
	r := []rune(strings.ToLower(s))
	return strings.ToUpper(string(r[0])) + string(r[1:])
}

// citationID is "<type>-<number>-<issuer part>" ("nq-57-tw"), empty when
// the document was already cited.
func (b *builder) citationID(typ, ref string) string {
	num := strings.FieldsFunc(ref, func(r rune) bool { return r == '/' || r == '-' })
	code := typeCodes[typ]
	if len(num) == 0 {
		return ""
	}
	id := joinID(code, slug(num[0], 1), slug(num[len(num)-1], 1))
	for _, c := range b.res.Plan.Citations {
		if c.ID == id {
			return ""
		}
	}
	b.ids[id] = true
	return id
}

// citationIssuer matches the issuer named after "của", else the agency
// whose document symbols the reference carries ("TTg" in 749/QĐ-TTg).
func (b *builder) citationIssuer(name, ref string) string {
	if name != "" {
		if m := b.match.Name(name, time.Time{}); m.ID != "" {
			return m.ID
		}
	}
	parts := strings.FieldsFunc(ref, func(r rune) bool { return r == '/' || r == '-' })
	for k := len(parts) - 1; k >= 1; k-- {
		for _, id := range b.repo.AgencyIDs() {
			for _, s := range b.repo.Agency(id).Symbols {
				if strings.EqualFold(s, parts[k]) {
					return id
				}
			}
		}
	}
	if name == "" {
		return ""
	}
	b.res.Counts.AgenciesUnmatched++
	b.find("KH050", Pos{}, "can_cu", name, "")
	return name
}
