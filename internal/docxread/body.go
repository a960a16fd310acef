package docxread

import (
	"slices"
	"strconv"
	"strings"
)

// walker reads the body in document order, keeping what is open at each
// point: bookmarks, comment ranges, content controls and complex fields.
type walker struct {
	f        *File
	num      *numbering
	comments map[string]*Comment
	// bookmarks and ranges are open, in the order they opened.
	bookmarks []marker
	ranges    []string
	tags      []string
	// fields is a stack of complex fields; true while in the result part.
	fields    []bool
	sectStart int
}

type marker struct{ id, name string }

func newWalker(f *File, num *numbering) *walker {
	w := &walker{f: f, num: num, comments: map[string]*Comment{}}
	for _, c := range f.Comments {
		w.comments[c.ID] = c
	}
	return w
}

func (w *walker) body(n *node) {
	w.blocks(n, &w.f.Blocks, true)
	if len(w.f.Sections) == 0 || w.sectStart < len(w.f.Blocks) {
		// A body without a final w:sectPr gets Word's default page.
		w.section(&node{}, len(w.f.Blocks))
	}
}

// blocks reads block-level content into out; top marks the body itself,
// whose paragraphs may end sections.
func (w *walker) blocks(n *node, out *[]Block, top bool) {
	for _, k := range n.kids {
		switch {
		case k.w("p"):
			p, sect := w.para(k)
			*out = append(*out, p)
			if top && sect != nil {
				w.section(sect, len(*out))
			}
		case k.w("tbl"):
			*out = append(*out, w.table(k))
		case k.w("sdt"):
			w.sdt(k, func(c *node) { w.blocks(c, out, top) })
		case k.w("customXml"), k.w("ins"), k.w("del"), k.w("moveTo"), k.w("moveFrom"):
			w.blocks(k, out, top)
		case k.w("sectPr"):
			if top {
				w.section(k, len(*out))
			}
		default:
			w.marker(k, nil)
		}
	}
}

// sdt reads a content control: its tag applies to everything inside.
func (w *walker) sdt(n *node, content func(*node)) {
	tag := ""
	if pr := n.child("sdtPr"); pr != nil {
		if t := pr.child("tag"); t != nil {
			tag = t.attr("val")
		}
	}
	c := n.child("sdtContent")
	if c == nil {
		return
	}
	if tag != "" {
		w.tags = append(w.tags, tag)
		defer func() { w.tags = w.tags[:len(w.tags)-1] }()
	}
	content(c)
}

// marker handles range markup (bookmarks, comment ranges) wherever it
// appears; p, when set, is the paragraph it appears in.
func (w *walker) marker(n *node, p *Para) bool {
	switch {
	case n.w("bookmarkStart"):
		name := n.attr("name")
		// Word's hidden bookmarks (_GoBack, _Toc…) mark editing state,
		// not content.
		if name == "" || strings.HasPrefix(name, "_") {
			return true
		}
		// A name opened again replaces the open one: LibreOffice writes an
		// empty paragraph's bookmark as two starts and one end.
		w.bookmarks = slices.DeleteFunc(w.bookmarks, func(b marker) bool { return b.name == name })
		w.bookmarks = append(w.bookmarks, marker{n.attr("id"), name})
		if p != nil {
			p.Bookmarks = appendNew(p.Bookmarks, name)
		}
	case n.w("bookmarkEnd"):
		id := n.attr("id")
		for i, b := range w.bookmarks {
			if b.id == id {
				w.bookmarks = append(w.bookmarks[:i], w.bookmarks[i+1:]...)
				break
			}
		}
	case n.w("commentRangeStart"):
		id := n.attr("id")
		w.ranges = appendNew(w.ranges, id)
		if p != nil {
			p.Comments = appendNew(p.Comments, id)
		}
	case n.w("commentRangeEnd"):
		id := n.attr("id")
		for i, r := range w.ranges {
			if r == id {
				w.ranges = append(w.ranges[:i], w.ranges[i+1:]...)
				break
			}
		}
	default:
		return false
	}
	return true
}

// change is the tracked change a run sits in.
type change struct {
	ins, del *Revision
}

func revision(n *node) *Revision {
	return &Revision{ID: n.attr("id"), Author: n.attr("author"), Date: n.attr("date")}
}

func (w *walker) para(n *node) (*Para, *node) {
	p := &Para{Tags: append([]string(nil), w.tags...)}
	for _, b := range w.bookmarks {
		p.Bookmarks = appendNew(p.Bookmarks, b.name)
	}
	p.Comments = append(p.Comments, w.ranges...)
	var sect *node
	numID, ilvl, outline := "", "", -1
	if ppr := n.child("pPr"); ppr != nil {
		if s := ppr.child("pStyle"); s != nil {
			p.Style = s.attr("val")
		}
		if np := ppr.child("numPr"); np != nil {
			numID, ilvl = numPr(np)
		}
		if jc := ppr.child("jc"); jc != nil {
			p.Align = jc.attr("val")
		}
		if o := ppr.child("outlineLvl"); o != nil {
			outline = atoi(o.attr("val"), -1)
		}
		if rpr := ppr.child("rPr"); rpr != nil {
			p.MarkInserted = rpr.child("ins") != nil
			p.MarkDeleted = rpr.child("del") != nil
		}
		sect = ppr.child("sectPr")
	}
	if st := w.f.Styles[p.Style]; st != nil {
		p.StyleName = st.Name
	}
	p.Outline = w.outline(p.Style, outline)
	p.Label, p.Level = w.listLabel(p.Style, numID, ilvl)
	w.inline(n.kids, p, change{})
	// A comment range running on into the next paragraph quotes a line
	// break between the two.
	for _, id := range w.ranges {
		if c := w.comments[id]; c != nil && c.Quote != "" && !strings.HasSuffix(c.Quote, "\n") {
			c.Quote += "\n"
		}
	}
	return p, sect
}

func (w *walker) outline(style string, direct int) int {
	if direct >= 0 && direct < 9 {
		return direct + 1
	}
	if direct == 9 {
		return 0
	}
	out := 0
	styleChain(w.f.Styles, style, func(st *StyleInfo) bool {
		out = st.Outline
		return out > 0
	})
	return out
}

// listLabel computes the paragraph's automatic number from its own numPr
// or its style's, and advances the list.
func (w *walker) listLabel(style, numID, ilvl string) (string, int) {
	if numID == "" {
		styleChain(w.f.Styles, style, func(st *StyleInfo) bool {
			if st.numID != "" {
				numID = st.numID
				if ilvl == "" {
					ilvl = st.ilvl
				}
				return true
			}
			return false
		})
	}
	if numID == "" || numID == "0" {
		return "", -1
	}
	lvl, ok := level(ilvl)
	if !ok {
		lvl = w.num.levelForStyle(numID, style)
	}
	return w.num.label(numID, lvl), lvl
}

func (w *walker) inline(kids []*node, p *Para, ch change) {
	for _, k := range kids {
		switch {
		case k.w("pPr"):
		case k.w("r"):
			w.run(k, p, ch)
		case k.w("ins"), k.w("moveTo"):
			w.inline(k.kids, p, change{ins: revision(k), del: ch.del})
		case k.w("del"), k.w("moveFrom"):
			w.inline(k.kids, p, change{ins: ch.ins, del: revision(k)})
		case k.w("hyperlink"), k.w("smartTag"), k.w("customXml"), k.w("fldSimple"), k.w("dir"), k.w("bdo"):
			w.inline(k.kids, p, ch)
		case k.w("sdt"):
			w.sdt(k, func(c *node) {
				p.Tags = appendNew(p.Tags, w.tags...)
				w.inline(c.kids, p, ch)
			})
		default:
			w.marker(k, p)
		}
	}
}

func (w *walker) run(r *node, p *Para, ch change) {
	rpr := r.child("rPr")
	bold, italic := w.format(rpr, p.Style)
	strike, under := marks(rpr)
	font := runFont(rpr)
	add := func(s string) {
		if len(w.fields) > 0 && !w.fields[len(w.fields)-1] {
			return // a field's instruction, not its shown result
		}
		w.text(p, Run{Text: s, Bold: bold, Italic: italic, Strike: strike, Underline: under, Font: font, Ins: ch.ins, Del: ch.del})
	}
	for _, k := range r.kids {
		switch {
		case k.w("t"), k.w("delText"):
			add(k.text)
		case k.w("tab"), k.w("ptab"):
			add("\t")
		case k.w("br"):
			if t := k.attr("type"); t != "page" && t != "column" {
				add("\n")
			}
		case k.w("cr"):
			add("\n")
		case k.w("noBreakHyphen"):
			add("-")
		case k.w("sym"):
			if v, err := strconv.ParseUint(k.attr("char"), 16, 32); err == nil {
				add(symbol(rune(v)))
			}
		case k.w("fldChar"):
			w.fieldChar(k.attr("fldCharType"))
		case k.w("commentReference"):
			p.Comments = appendNew(p.Comments, k.attr("id"))
		}
	}
}

func (w *walker) fieldChar(kind string) {
	switch kind {
	case "begin":
		w.fields = append(w.fields, false)
	case "separate":
		if n := len(w.fields); n > 0 {
			w.fields[n-1] = true
		}
	case "end":
		if n := len(w.fields); n > 0 {
			w.fields = w.fields[:n-1]
		}
	}
}

// text appends a piece to the paragraph, merging it into the last run
// when nothing but the text differs, and to the quotes of open comments.
func (w *walker) text(p *Para, r Run) {
	if r.Del == nil {
		for _, id := range w.ranges {
			if c := w.comments[id]; c != nil {
				c.Quote += r.Text
			}
		}
	}
	if n := len(p.Runs); n > 0 {
		last := &p.Runs[n-1]
		if last.Bold == r.Bold && last.Italic == r.Italic && last.Strike == r.Strike && last.Underline == r.Underline &&
			last.Font == r.Font && last.Ins == r.Ins && last.Del == r.Del {
			last.Text += r.Text
			return
		}
	}
	p.Runs = append(p.Runs, r)
}

// runFont is the font a run names directly (w:rFonts ascii, else hAnsi),
// "" when it inherits one.
func runFont(rpr *node) string {
	if rpr == nil {
		return ""
	}
	f := rpr.child("rFonts")
	if f == nil {
		return ""
	}
	if a := f.attr("ascii"); a != "" {
		return a
	}
	return f.attr("hAnsi")
}

// marks reads a run's direct strike-through and underline.
func marks(rpr *node) (strike, under bool) {
	if rpr == nil {
		return false, false
	}
	u := rpr.child("u")
	return toggle(rpr.child("strike")) == on, u != nil && u.attr("val") != "none"
}

// format resolves a run's bold and italic: its own properties, then its
// character style, then the paragraph style, each with their chains.
func (w *walker) format(rpr *node, pstyle string) (bold, italic bool) {
	b, i := inherit, inherit
	if rpr != nil {
		b, i = toggle(rpr.child("b")), toggle(rpr.child("i"))
		if rs := rpr.child("rStyle"); rs != nil {
			b, i = w.styleFormat(rs.attr("val"), b, i)
		}
	}
	b, i = w.styleFormat(pstyle, b, i)
	return b == on, i == on
}

func (w *walker) styleFormat(id string, b, i flag) (flag, flag) {
	styleChain(w.f.Styles, id, func(st *StyleInfo) bool {
		if b == inherit {
			b = st.bold
		}
		if i == inherit {
			i = st.italic
		}
		return b != inherit && i != inherit
	})
	return b, i
}

func (w *walker) table(n *node) *Table {
	t := &Table{Tags: append([]string(nil), w.tags...)}
	if g := n.child("tblGrid"); g != nil {
		for _, c := range g.kids {
			if c.w("gridCol") {
				t.Grid = append(t.Grid, atoi(c.attr("w"), 0))
			}
		}
	}
	w.rows(n, t)
	return t
}

func (w *walker) rows(n *node, t *Table) {
	for _, k := range n.kids {
		switch {
		case k.w("tr"):
			t.Rows = append(t.Rows, w.row(k))
		case k.w("sdt"):
			w.sdt(k, func(c *node) { w.rows(c, t) })
		case k.w("customXml"):
			w.rows(k, t)
		default:
			w.marker(k, nil)
		}
	}
}

func (w *walker) row(n *node) *Row {
	r := &Row{}
	if pr := n.child("trPr"); pr != nil {
		r.Header = pr.child("tblHeader").on()
		r.CantSplit = pr.child("cantSplit").on()
	}
	w.cells(n, r)
	return r
}

func (w *walker) cells(n *node, r *Row) {
	for _, k := range n.kids {
		switch {
		case k.w("tc"):
			c := &TableCell{Span: 1}
			hmerge := ""
			if pr := k.child("tcPr"); pr != nil {
				if s := pr.child("gridSpan"); s != nil {
					c.Span = max(atoi(s.attr("val"), 1), 1)
				}
				if v := pr.child("vMerge"); v != nil {
					c.Merge = "continue"
					if v.attr("val") == "restart" {
						c.Merge = "restart"
					}
				}
				if h := pr.child("hMerge"); h != nil && h.attr("val") != "restart" {
					hmerge = "continue"
				}
			}
			w.blocks(k, &c.Blocks, false)
			// A legacy horizontal merge continues the cell to its left.
			if n := len(r.Cells); hmerge != "" && n > 0 {
				r.Cells[n-1].Span += c.Span
				continue
			}
			r.Cells = append(r.Cells, c)
		case k.w("sdt"):
			w.sdt(k, func(c *node) { w.cells(c, r) })
		case k.w("customXml"):
			w.cells(k, r)
		default:
			w.marker(k, nil)
		}
	}
}

// section closes the section whose properties are n at block index end.
func (w *walker) section(n *node, end int) {
	s := SectionInfo{Width: 11906, Height: 16838, First: w.sectStart, End: end}
	if sz := n.child("pgSz"); sz != nil {
		s.Width, s.Height = atoi(sz.attr("w"), s.Width), atoi(sz.attr("h"), s.Height)
		s.Landscape = sz.attr("orient") == "landscape" || s.Width > s.Height
	}
	if pn := n.child("pgNumType"); pn != nil {
		s.PageStart = atoi(pn.attr("start"), 0)
	}
	s.TitlePage = n.child("titlePg").on()
	w.f.Sections = append(w.f.Sections, s)
	w.sectStart = end
}

// symbol maps a w:sym character; symbol fonts put their glyphs in the
// private-use range F000–F0FF.
func symbol(r rune) string {
	if r >= 0xF000 && r <= 0xF0FF {
		return bullet(string(r))
	}
	return string(r)
}
