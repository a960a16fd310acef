package docimport

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/kh-tools/kh/internal/view"
)

// Doc is a document's parts as recognised, before they become the model.
type Doc struct {
	// IssuerLines are the issuing body's header lines ("ỦY BAN NHÂN DÂN",
	// "TỈNH NGHỆ AN").
	IssuerLines []string
	// NumberLine is the "Số: 171/KH-UBND" line as printed; Number and
	// Symbol its parts (Number 0 when blank or handwritten and unreadable).
	NumberLine string
	Number     int
	Symbol     string
	// DateLine is "Nghệ An, ngày 17 tháng 3 năm 2025" as printed.
	DateLine string
	Place    string
	Date     time.Time
	// DatePrinted is the date as printed when it is not a real day
	// ("41/9/2021"); Date is then the month's last day.
	DatePrinted string
	// TypeName is the tên loại as printed ("KẾ HOẠCH"), Kind its code.
	TypeName string
	Kind     string
	// Subheading holds the lines between the tên loại and the trích yếu
	// (a Party resolution's "HỘI NGHỊ LẦN THỨ 7 …").
	Subheading []string
	Title      string
	Lead       []Block
	Outline    []*Item
	Closing    []*Para
	// RecipientsNote is what follows "Nơi nhận:" on its line ("(VBĐT)").
	RecipientsNote string
	Recipients     []string
	Signature      []string
	Appendices     []*Appendix
	// Unplaced are blocks no part claimed (text before the header).
	Unplaced []Block
	Source   *Source
}

// Appendix is a phụ lục: its heading lines, the "(Kèm theo …)" line, its
// content as outline items and tables.
type Appendix struct {
	Pos
	// Label is "Phụ lục 01" (or "PHỤ LỤC 01"), Number "01"; Line the
	// label's whole line, the title too when it is on it ("Phụ lục 01:
	// DANH SÁCH …"). An attached page without a label ("BIỂU KẾ HOẠCH …"
	// under its own header) has none of them.
	Label, Number, Line string
	Title               string
	// Header reports the agency and national header printed above the
	// title (a schedule attached on its own page).
	Header bool
	// Subtitle holds heading lines after the title (171 Phụ lục 02's "Sơ
	// kết 03 năm thực hiện …").
	Subtitle   []string
	AttachedTo string
	Lead       []Block
	Outline    []*Item
	Tables     []*Table
}

var (
	mottoRe      = regexp.MustCompile(`(?i)(CỘNG HÒA|CỘNG HOÀ) XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập\s*[-–—]\s*Tự do\s*[-–—]\s*Hạnh phúc|ĐẢNG CỘNG SẢN VIỆT NAM`)
	numberRe     = regexp.MustCompile(`(?i)\bSố\s*:?\s*(\d*)\s*[/-]?\s*([A-ZĐ][A-ZĐa-zđ0-9&/-]*)`)
	dateLineRe   = regexp.MustCompile(`([\p{Lu}][\p{L} ]*?),\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})`)
	appendixRe   = regexp.MustCompile(`^(?i:(phụ lục))\s*((?:\d{1,2})|(?:[IVXL]+))\b\s*[:.-]?\s*(.*)$`)
	attachedRe   = regexp.MustCompile(`^\((?i:kèm theo|ban hành kèm theo)`)
	closingRe    = regexp.MustCompile(`^(?i:trên đây là)`)
	recipientsRe = regexp.MustCompile(`^(?i:nơi nhận)\s*:?\s*(.*)$`)
	signRe       = regexp.MustCompile(`(?:^|\s)(TM\.|T/M|KT\.|Q\.|TL\.)\s`)
)

// Detect recognises the parts of a document read into blocks.
func Detect(src *Source) *Doc {
	d := &Doc{Source: src}
	blocks := src.Blocks
	i := d.header(blocks)
	i = d.title(blocks, i)
	body, rest := untilEnd(blocks[i:])
	d.Lead, d.Outline = buildOutline(body)
	rest = d.closing(rest)
	rest = d.end(rest)
	d.appendices(rest)
	return d
}

// header reads the lines before the tên loại and returns where it is.
func (d *Doc) header(bs []Block) int {
	for i, b := range bs {
		p, ok := b.(*Para)
		if !ok {
			// Word documents lay the header out as a borderless table:
			// the issuing body and number left, quốc hiệu and date right.
			for _, row := range b.(*Table).Rows {
				for _, c := range row {
					for _, line := range strings.Split(c, "\n") {
						d.headerLine(strings.TrimSpace(line))
					}
				}
			}
			continue
		}
		full := p.Full()
		if kind, ok := view.KindOf(full); ok && isCaps(full) {
			d.TypeName, d.Kind = strings.TrimSpace(full), kind
			return i + 1
		}
		d.headerLine(full)
	}
	return len(bs)
}

// headerLine takes what it can from one line of the header; a text copied
// from a PDF may have both columns on one line.
func (d *Doc) headerLine(s string) {
	rest := mottoRe.ReplaceAllString(s, "")
	if m := numberRe.FindStringSubmatchIndex(rest); m != nil && d.NumberLine == "" {
		d.NumberLine = strings.TrimSpace(rest[m[0]:m[1]])
		d.Number, _ = strconv.Atoi(rest[m[2]:m[3]])
		d.Symbol = rest[m[4]:m[5]]
		rest = rest[:m[0]] + " " + rest[m[1]:]
	}
	if m := dateLineRe.FindStringSubmatchIndex(rest); m != nil && d.DateLine == "" {
		d.DateLine = strings.TrimSpace(rest[m[0]:m[1]])
		d.Place = strings.TrimSpace(rest[m[2]:m[3]])
		day, _ := strconv.Atoi(rest[m[4]:m[5]])
		mon, _ := strconv.Atoi(rest[m[6]:m[7]])
		year, _ := strconv.Atoi(rest[m[8]:m[9]])
		if t := time.Date(year, time.Month(mon), day, 0, 0, 0, 0, time.UTC); t.Day() == day && t.Month() == time.Month(mon) {
			d.Date = t
		} else if mon >= 1 && mon <= 12 && day > 0 {
			// A day the month does not have (549/KH-UBND's handwritten
			// "41"): the date as printed is kept, the model gets the
			// month's last day until someone reads the original.
			d.DatePrinted = strconv.Itoa(day) + "/" + strconv.Itoa(mon) + "/" + strconv.Itoa(year)
			d.Date = time.Date(year, time.Month(mon)+1, 0, 0, 0, 0, 0, time.UTC)
		}
		rest = rest[:m[0]] + rest[m[1]:]
	}
	rest = strings.TrimSpace(rest)
	if rest != "" && rest != "*" && isCaps(rest) {
		d.IssuerLines = append(d.IssuerLines, rest)
	}
}

// title reads the subheading and trích yếu after the tên loại: paragraphs
// up to the first one that opens the body (a label, "Căn cứ", "Thực hiện",
// a long sentence).
func (d *Doc) title(bs []Block, i int) int {
	var parts []string
	for ; i < len(bs); i++ {
		p, ok := bs[i].(*Para)
		if !ok || opensBody(p) {
			break
		}
		if len(parts) == 0 && isCaps(p.Text) && p.Label == "" {
			d.Subheading = append(d.Subheading, p.Text)
			continue
		}
		parts = append(parts, p.Full())
	}
	d.Title = strings.Join(parts, " ")
	return i
}

var bodyStartRe = regexp.MustCompile(`^(?i:căn cứ|thực hiện|để|nhằm|trong|theo|ủy ban nhân dân tỉnh|ubnd tỉnh)\b`)

func opensBody(p *Para) bool {
	return p.Label != "" || bodyStartRe.MatchString(p.Text) || len([]rune(p.Text)) > 300
}

// untilEnd splits the blocks at the end of the body: the closing "Trên
// đây là …", Nơi nhận, a signature line or the first appendix.
func untilEnd(bs []Block) (body, rest []Block) {
	for i, b := range bs {
		p, ok := b.(*Para)
		if !ok {
			continue
		}
		t := p.Full()
		if closingRe.MatchString(t) || recipientsRe.MatchString(t) || startsSignature(t) || (p.Label == "" && appendixRe.MatchString(t)) {
			return bs[:i], bs[i:]
		}
	}
	return bs, nil
}

func startsSignature(s string) bool {
	return strings.HasPrefix(s, "TM.") || strings.HasPrefix(s, "T/M") || strings.HasPrefix(s, "KT.")
}

// closing takes the paragraphs after the body up to Nơi nhận or the
// signature.
func (d *Doc) closing(bs []Block) []Block {
	for i, b := range bs {
		p, ok := b.(*Para)
		if !ok {
			return bs[i:]
		}
		t := p.Full()
		if recipientsRe.MatchString(t) || startsSignature(t) || appendixRe.MatchString(t) {
			return bs[i:]
		}
		d.Closing = append(d.Closing, p)
	}
	return nil
}

// end reads Nơi nhận and the signature block, in either order and with
// both columns on one line (a text copied from a PDF), and returns the
// blocks after them.
func (d *Doc) end(bs []Block) []Block {
	inRecipients, signed := false, false
	for i, b := range bs {
		p, ok := b.(*Para)
		if !ok {
			return bs[i:]
		}
		t := p.Full()
		if appendixRe.MatchString(t) && p.Label == "" {
			return bs[i:]
		}
		if _, n := attachedPage(bs[i:]); n > 0 && signed {
			return bs[i:]
		}
		left, sign := splitSignature(t)
		if m := recipientsRe.FindStringSubmatch(left); m != nil {
			inRecipients = true
			d.RecipientsNote = strings.TrimSpace(m[1])
			left = ""
		}
		switch {
		case left == "":
		case inRecipients && (strings.HasPrefix(left, "- ") || strings.HasPrefix(left, "+ ")):
			d.Recipients = append(d.Recipients, strings.TrimSpace(left[2:]))
		case signed:
			// After the signer's name nothing belongs to the signature.
			d.Unplaced = append(d.Unplaced, b)
		default:
			d.Signature = append(d.Signature, left)
			signed = len(d.Signature) > 1 && !isCaps(left)
		}
		if sign != "" {
			d.Signature = append(d.Signature, sign)
		}
	}
	return nil
}

// splitSignature cuts a line where a signature mark (TM., KT., T/M) starts.
func splitSignature(t string) (left, sign string) {
	if startsSignature(t) {
		return "", t
	}
	if m := signRe.FindStringIndex(t); m != nil && m[0] > 0 {
		return strings.TrimSpace(t[:m[0]]), strings.TrimSpace(t[m[0]:])
	}
	return t, ""
}

// appendices splits what follows the signature at each "Phụ lục" heading.
func (d *Doc) appendices(bs []Block) {
	var cur *Appendix
	var content []Block
	finish := func() {
		if cur != nil {
			cur.Lead, cur.Outline = buildOutline(content)
			d.Appendices = append(d.Appendices, cur)
		}
		content = nil
	}
	state := 0 // 0 title, 1 after the (Kèm theo) line
	skip := 0
	for k, b := range bs {
		if skip > 0 {
			skip--
			continue
		}
		p, isPara := b.(*Para)
		if isPara && p.Label == "" {
			if m := appendixRe.FindStringSubmatch(p.Text); m != nil {
				finish()
				num := m[2]
				if n, err := strconv.Atoi(num); err == nil {
					num = twoDigits(n)
				}
				cur = &Appendix{Pos: p.Pos, Label: strings.TrimSpace(p.Text[:len(p.Text)-len(m[3])]), Number: num, Title: m[3], Line: p.Text}
				cur.Label = strings.TrimRight(cur.Label, ": .-")
				state = 0
				continue
			}
		}
		if isPara && p.Label == "" && (cur == nil || state == 1) {
			if title, n := attachedPage(bs[k:]); n > 0 {
				finish()
				cur = &Appendix{Pos: p.Pos, Number: twoDigits(len(d.Appendices) + 1), Header: true, Title: title}
				skip = n - 1
				state = 0
				continue
			}
		}
		if cur == nil {
			d.Unplaced = append(d.Unplaced, b)
			continue
		}
		if state == 0 && isPara {
			switch {
			case attachedRe.MatchString(p.Text):
				cur.AttachedTo = p.Text
				state = 1
				continue
			case p.Label == "" && cur.Title == "":
				cur.Title = p.Text
				continue
			case p.Label == "" && (p.Bold || p.Center || isCaps(p.Text) || attachedSoon(bs[k+1:])):
				cur.Subtitle = append(cur.Subtitle, p.Text)
				continue
			}
		}
		if t, ok := b.(*Table); ok {
			cur.Tables = append(cur.Tables, t)
			continue
		}
		state = 1
		content = append(content, b)
	}
	finish()
}

// attachedPage recognises a page attached without a "Phụ lục" label, as
// 549/KH-UBND's schedule is: the agency and national header again, a title
// in capitals, then its "(Kèm theo …)" line. It returns the title and how
// many paragraphs the header and title take (0 when bs does not start
// such a page); the "(Kèm theo …)" line is left to read.
func attachedPage(bs []Block) (string, int) {
	motto := -1
	for k := 0; k < len(bs) && k < 10; k++ {
		p, ok := bs[k].(*Para)
		if !ok || p.Label != "" {
			return "", 0
		}
		switch {
		case mottoRe.MatchString(p.Text):
			motto = k
		case attachedRe.MatchString(p.Text):
			if motto < 0 || motto == k-1 {
				return "", 0
			}
			var title []string
			for _, b := range bs[motto+1 : k] {
				title = append(title, b.(*Para).Text)
			}
			return strings.Join(title, " "), k
		case !isCaps(p.Text) && motto >= 0 && !dateLineRe.MatchString(p.Text):
			return "", 0
		}
	}
	return "", 0
}

// attachedSoon reports whether a "(Kèm theo …)" line follows within two
// paragraphs: the lines before it are the appendix's heading.
func attachedSoon(bs []Block) bool {
	for k := 0; k < len(bs) && k < 2; k++ {
		p, ok := bs[k].(*Para)
		if !ok || p.Label != "" {
			return false
		}
		if attachedRe.MatchString(p.Text) {
			return true
		}
	}
	return false
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// DetectAppendices recognises only appendices: the sheets of a workbook,
// each a "Phụ lục" heading, its title and its table.
func DetectAppendices(src *Source) *Doc {
	d := &Doc{Source: src}
	d.appendices(src.Blocks)
	return d
}
