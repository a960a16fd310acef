package docimport

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/view"
)

// citationRe reads a cited document as plans write them: "Nghị quyết số
// 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về …", with or without "số",
// a comma before "ngày", "Căn cứ"/"Thực hiện" before it, the issuer left
// out.
var citationRe = regexp.MustCompile(`(?i)(Nghị quyết|Quyết định|Kế hoạch hành động|Kế hoạch|Chương trình hành động|Chương trình|Chỉ thị|Công văn|Thông tư|Nghị định|Luật|Hướng dẫn|Kết luận|Đề án)\s+(?:số\s*:?\s*)?(\d+[\p{L}\p{N}_/&.-]*)\s*,?\s*ngày\s+(\d{1,2})/(\d{1,2})/(\d{4})\s*(?:của\s+(.+?))?\s*(về\s.*|phê duyệt.*|ban hành.*|hướng dẫn.*|sửa đổi.*|thực hiện.*)?$`)

// typeCodes abbreviate document types in citation ids.
var typeCodes = map[string]string{
	"nghị quyết": "nq", "quyết định": "qd", "kế hoạch": "kh", "kế hoạch hành động": "kh", "chương trình": "ctr",
	"chương trình hành động": "ctr", "chỉ thị": "ct", "công văn": "cv", "thông tư": "tt", "nghị định": "nd",
	"luật": "luat", "hướng dẫn": "hd", "kết luận": "kl", "đề án": "da",
}

// citations reads the documents a căn cứ line or a "Thực hiện …" sentence
// names; each document is recorded once. It returns the citations it
// added.
func (b *builder) citations(text string) []*plan.Citation {
	var added []*plan.Citation
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
		added = append(added, c)
		b.res.Counts.Citations++
		if strings.HasPrefix(strings.ToLower(strings.TrimSpace(part)), "thực hiện") {
			b.res.Plan.Implements = appendUnique(b.res.Plan.Implements, c.ID)
		}
	}
	return added
}

// citationSection reads a "CĂN CỨ LẬP KẾ HOẠCH" section: when each of its
// paragraphs names one document, the section lists the plan's citations
// (liet_ke_can_cu) and each keeps its printed words; otherwise its text
// stays as written and no citation is taken from it.
func (b *builder) citationSection(s *plan.Section, paras []*Para) bool {
	p := b.res.Plan
	before := len(p.Citations)
	var got []*plan.Citation
	for _, para := range paras {
		added := b.citations(para.Text)
		if len(added) != 1 {
			p.Citations = p.Citations[:before]
			b.res.Counts.Citations -= len(got) + len(added)
			b.res.Notes.Add(s, "Các căn cứ của mục này không đọc được hết nên giữ nguyên văn; kh không ghi can_cu từ mục này.")
			return false
		}
		got = append(got, added[0])
		b.cited[added[0]] = para.Text
	}
	s.Citations = true
	return true
}

// citationWording keeps a citation's printed words (nguyen_van) where they
// are not what kh would print in the căn cứ list.
func (b *builder) citationWording() {
	p := b.res.Plan
	d := view.New(b.repo, p)
	for i, c := range p.Citations {
		printed, ok := b.cited[c]
		if !ok {
			continue
		}
		end := ";"
		if i == len(p.Citations)-1 {
			end = "."
		}
		if printed != d.Citation(c)+end {
			c.Wording = printed
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
