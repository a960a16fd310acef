package docimport

import (
	"strings"

	"github.com/kh-tools/kh/internal/docxread"
	"github.com/kh-tools/kh/internal/vntext"
)

// FromDocx reads a Word document: paragraphs with the labels Word's
// automatic numbering displays (or typed ones), bold and centring, tables
// cell by cell (a merged cell spread over the columns it spans), tracked
// changes accepted. Text typed in TCVN3 or VNI is converted to Unicode.
func FromDocx(name string, f *docxread.File) *Source {
	src := &Source{Name: name}
	enc := docxEncoding(f)
	src.Converted = enc
	conv := func(p *docxread.Para) string { return src.clean(paraText(p, enc)) }
	for i, b := range f.Blocks {
		switch v := b.(type) {
		case *docxread.Para:
			if p := docxPara(v, i+1, conv); p != nil {
				src.Blocks = append(src.Blocks, p)
			}
		case *docxread.Table:
			src.Blocks = append(src.Blocks, docxTable(v, i+1, conv))
		}
	}
	return src
}

// docxEncoding is the legacy encoding a Word file is typed in: the one its
// fonts name (.VnTime is TCVN3, VNI-Times is VNI), else the one its text
// reads as, else "" (Unicode).
func docxEncoding(f *docxread.File) string {
	var all strings.Builder
	for _, p := range f.Paras() {
		for _, r := range p.Runs {
			if enc := fontEncoding(r.Font); enc != "" {
				return enc
			}
		}
		all.WriteString(p.Text())
		all.WriteByte(' ')
	}
	if enc, _ := vntext.Mojibake(all.String()); enc == vntext.TCVN3 || enc == vntext.VNI {
		return enc
	}
	return ""
}

// fontEncoding is the legacy encoding a font is made for, "" for a Unicode
// font or none named.
func fontEncoding(font string) string {
	switch {
	case strings.HasPrefix(font, ".Vn"):
		return vntext.TCVN3
	case strings.HasPrefix(strings.ToUpper(font), "VNI"):
		return vntext.VNI
	}
	return ""
}

// paraText is a paragraph's text with tracked changes accepted, converted
// run by run from the document's legacy encoding: a run in a font of its
// own encoding converts by it, one in a Unicode font stays as it is (a
// document typed partly in Unicode), one naming no font takes the
// document's; a run in a TCVN3 capital font (".VnTimeH") is upper case.
func paraText(p *docxread.Para, enc string) string {
	if enc == "" {
		return p.Text()
	}
	var b strings.Builder
	for _, r := range p.Runs {
		if r.Del != nil {
			continue
		}
		runEnc := fontEncoding(r.Font)
		if runEnc == "" && r.Font == "" {
			runEnc = enc
		}
		b.WriteString(vntext.FromLegacy(r.Text, runEnc, runEnc == vntext.TCVN3 && capitalFont(r.Font)))
	}
	return b.String()
}

// capitalFont reports a TCVN3 font that draws lower-case codes as capitals
// (.VnTimeH, .VnArialH, …).
func capitalFont(name string) bool {
	return strings.HasPrefix(name, ".Vn") && strings.HasSuffix(name, "H")
}

func docxPara(v *docxread.Para, n int, conv func(*docxread.Para) string) *Para {
	text := conv(v)
	label, auto := v.Label, v.Label != ""
	if !auto {
		label, text = splitLabel(text)
	}
	if text == "" && label == "" {
		return nil
	}
	bold := len(v.Runs) > 0 && boldRuns(v)
	return &Para{Pos: Pos{Line: n}, Label: normalLabel(label), Auto: auto, Text: text, Bold: bold, Center: v.Align == "center", Level: v.Outline}
}

// normalLabel writes Word's bullet characters as the dash documents print.
func normalLabel(l string) string {
	switch l {
	case "•", "◦", "▪", "–", "—", "-", "\uf0b7", "\uf02d", "\uf0a7":
		return "-"
	}
	return l
}

func docxTable(v *docxread.Table, n int, conv func(*docxread.Para) string) *Table {
	t := &Table{Pos: Pos{Line: n}}
	for _, r := range v.Rows {
		if r.Header {
			t.Header++
		}
		var cells []string
		bold, filled := true, false
		for _, c := range r.Cells {
			var lines []string
			for _, p := range c.Paras() {
				if s := conv(p); s != "" {
					filled = true
					bold = bold && boldRuns(p)
					if p.Label != "" {
						s = normalLabel(p.Label) + " " + s
					}
					lines = append(lines, s)
				}
			}
			text := strings.Join(lines, "\n")
			if c.Merge == "continue" {
				text = ""
			}
			cells = append(cells, text)
			for k := 1; k < c.Span; k++ {
				cells = append(cells, "")
			}
		}
		t.Rows = append(t.Rows, cells)
		t.Bold = append(t.Bold, bold && filled)
	}
	return t
}

// boldRuns reports whether every run with text is bold.
func boldRuns(p *docxread.Para) bool {
	for _, r := range p.Runs {
		if strings.TrimSpace(r.Text) != "" && !r.Bold {
			return false
		}
	}
	return true
}
