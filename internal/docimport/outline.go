package docimport

import (
	"regexp"
	"strings"
)

// Item is one item of a document's outline: its printed label, its heading
// (empty when the label opens a paragraph, printed run-in), its paragraphs
// (dash items among them), tables and sub-items.
type Item struct {
	Pos
	Label   string
	Auto    bool
	Heading string
	Paras   []*Para
	Tables  []*Table
	Items   []*Item
}

// Label styles, in the order a document usually nests them.
const (
	styleRoman   = "roman"   // I.
	styleCapital = "capital" // A.
	styleArabic  = "arabic"  // 1.
	styleLetter  = "letter"  // a)
)

// labelStyle names the style of a label; decimal labels carry their depth
// ("decimal2" for 3.1.), so that 3.1. nests under 3. Dashes and pluses are
// not outline levels: they mark paragraphs of the item they are in.
func labelStyle(l string) string {
	switch {
	case l == "":
		return ""
	case l == "-" || l == "+":
		return "dash"
	case romanRe.MatchString(l):
		return styleRoman
	case capitalRe.MatchString(l):
		return styleCapital
	case letterRe.MatchString(l):
		return styleLetter
	}
	if n := strings.Count(strings.TrimSuffix(l, "."), "."); n > 0 {
		return "decimal" + string(rune('1'+n))
	}
	return styleArabic
}

var (
	romanRe   = regexp.MustCompile(`^[IVXL]+\.$`)
	capitalRe = regexp.MustCompile(`^[A-Z]\.$`)
	letterRe  = regexp.MustCompile(`^[a-zđ]\)$`)
)

// buildOutline nests labelled paragraphs by their label styles: a style
// met again closes the items below it (a sibling), a new style opens a
// level under the current item. Paragraphs without a label, dash items and
// tables belong to the current item; those before the first item are
// returned as lead.
func buildOutline(blocks []Block) (lead []Block, items []*Item) {
	type frame struct {
		style string
		item  *Item
	}
	var stack []frame
	for _, b := range blocks {
		p, isPara := b.(*Para)
		style := ""
		if isPara {
			style = labelStyle(p.Label)
		}
		if style == "" || style == "dash" {
			if len(stack) == 0 {
				lead = append(lead, b)
				continue
			}
			cur := stack[len(stack)-1].item
			if isPara {
				cur.Paras = append(cur.Paras, p)
			} else {
				cur.Tables = append(cur.Tables, b.(*Table))
			}
			continue
		}
		it := newItem(p)
		k := len(stack) - 1
		for k >= 0 && stack[k].style != style {
			k--
		}
		if k >= 0 {
			stack = stack[:k]
		}
		if len(stack) == 0 {
			items = append(items, it)
		} else {
			parent := stack[len(stack)-1].item
			parent.Items = append(parent.Items, it)
		}
		stack = append(stack, frame{style, it})
	}
	return lead, items
}

// newItem makes an item of a labelled paragraph: a heading when the text
// reads as one, else the paragraph itself, printed after the label.
func newItem(p *Para) *Item {
	it := &Item{Pos: p.Pos, Label: p.Label, Auto: p.Auto}
	if isHeading(p.Text) {
		it.Heading = p.Text
		return it
	}
	it.Paras = []*Para{{Pos: p.Pos, Text: p.Text, Bold: p.Bold}}
	return it
}

// isHeading reports whether a labelled text is a heading rather than a
// sentence: it does not end a sentence and is not long.
func isHeading(s string) bool {
	if isCaps(s) {
		return true
	}
	if strings.HasSuffix(s, ".") || strings.HasSuffix(s, ";") || strings.HasSuffix(s, ".)") {
		return false
	}
	return len([]rune(s)) <= 250
}
