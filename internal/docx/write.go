package docx

import (
	"archive/zip"
	"fmt"
	"io"
	"strings"
	"time"
)

// Namespaces and content types of the parts the writer emits.
const (
	nsW    = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsR    = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	nsRels = "http://schemas.openxmlformats.org/package/2006/relationships"
	nsCT   = "http://schemas.openxmlformats.org/package/2006/content-types"
	nsVT   = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"

	relDoc      = nsR + "/officeDocument"
	relCore     = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
	relApp      = nsR + "/extended-properties"
	relCustom   = nsR + "/custom-properties"
	relStyles   = nsR + "/styles"
	relSettings = nsR + "/settings"
	relHeader   = nsR + "/header"
	relComments = nsR + "/comments"

	ctWML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
)

// zipTime is the modification time of every entry: archive/zip would
// otherwise have none to write, and the clock must not leak into output.
var zipTime = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

// Write writes the package to w. The same Document always gives the same
// bytes: parts in a fixed order, fixed zip times, ids in document order.
func (d *Document) Write(w io.Writer) error {
	parts, err := d.parts()
	if err != nil {
		return err
	}
	z := zip.NewWriter(w)
	for _, p := range parts {
		f, err := z.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: zipTime})
		if err != nil {
			return err
		}
		if _, err := io.WriteString(f, p.data); err != nil {
			return err
		}
	}
	return z.Close()
}

type part struct {
	name, data string
}

// writer carries the state of one Write: the ids handed out in document
// order and the header parts, shared between sections with equal content.
type writer struct {
	d         *Document
	bookmarks int
	changes   int
	headers   []string
	comments  map[int]bool
}

func (d *Document) parts() ([]part, error) {
	wr := &writer{d: d, comments: map[int]bool{}}
	for _, c := range d.Comments {
		if wr.comments[c.ID] {
			return nil, fmt.Errorf("docx: comment id %d used twice", c.ID)
		}
		wr.comments[c.ID] = true
	}
	body, err := wr.document()
	if err != nil {
		return nil, err
	}
	parts := []part{
		{"[Content_Types].xml", wr.contentTypes()},
		{"_rels/.rels", wr.packageRels()},
		{"docProps/core.xml", wr.core()},
		{"docProps/app.xml", app},
	}
	if len(d.Custom) > 0 {
		parts = append(parts, part{"docProps/custom.xml", wr.custom()})
	}
	parts = append(parts,
		part{"word/document.xml", body},
		part{"word/_rels/document.xml.rels", wr.documentRels()},
		part{"word/styles.xml", wr.styles()},
		part{"word/settings.xml", settings(d.lang())},
	)
	for i, h := range wr.headers {
		parts = append(parts, part{fmt.Sprintf("word/header%d.xml", i+1), h})
	}
	if len(d.Comments) > 0 {
		parts = append(parts, part{"word/comments.xml", wr.commentsPart()})
	}
	return parts, nil
}

func (d *Document) lang() string {
	if d.Lang == "" {
		return "vi-VN"
	}
	return d.Lang
}

func (wr *writer) contentTypes() string {
	var x xb
	x.raw(xmlHeader)
	x.open("Types", "xmlns", nsCT)
	x.empty("Default", "Extension", "rels", "ContentType", "application/vnd.openxmlformats-package.relationships+xml")
	x.empty("Default", "Extension", "xml", "ContentType", "application/xml")
	over := func(name, ct string) { x.empty("Override", "PartName", name, "ContentType", ct) }
	over("/word/document.xml", ctWML+"document.main+xml")
	over("/word/styles.xml", ctWML+"styles+xml")
	over("/word/settings.xml", ctWML+"settings+xml")
	for i := range wr.headers {
		over(fmt.Sprintf("/word/header%d.xml", i+1), ctWML+"header+xml")
	}
	if len(wr.d.Comments) > 0 {
		over("/word/comments.xml", ctWML+"comments+xml")
	}
	over("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml")
	over("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml")
	if len(wr.d.Custom) > 0 {
		over("/docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml")
	}
	x.close("Types")
	return x.String()
}

func rels(list [][2]string) string {
	var x xb
	x.raw(xmlHeader)
	x.open("Relationships", "xmlns", nsRels)
	for i, r := range list {
		x.empty("Relationship", "Id", fmt.Sprintf("rId%d", i+1), "Type", r[0], "Target", r[1])
	}
	x.close("Relationships")
	return x.String()
}

func (wr *writer) packageRels() string {
	list := [][2]string{{relDoc, "word/document.xml"}, {relCore, "docProps/core.xml"}, {relApp, "docProps/app.xml"}}
	if len(wr.d.Custom) > 0 {
		list = append(list, [2]string{relCustom, "docProps/custom.xml"})
	}
	return rels(list)
}

// Relationship ids of word/document.xml: styles, settings, then the
// headers in order, then comments.
func headerRel(i int) string { return fmt.Sprintf("rId%d", i+3) }

func (wr *writer) documentRels() string {
	list := [][2]string{{relStyles, "styles.xml"}, {relSettings, "settings.xml"}}
	for i := range wr.headers {
		list = append(list, [2]string{relHeader, fmt.Sprintf("header%d.xml", i+1)})
	}
	if len(wr.d.Comments) > 0 {
		list = append(list, [2]string{relComments, "comments.xml"})
	}
	return rels(list)
}

func w3cdtf(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05Z") }

func (wr *writer) core() string {
	p := wr.d.Props
	var x xb
	x.raw(xmlHeader)
	x.open("cp:coreProperties",
		"xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
		"xmlns:dc", "http://purl.org/dc/elements/1.1/",
		"xmlns:dcterms", "http://purl.org/dc/terms/",
		"xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")
	for _, e := range [][2]string{{"dc:title", p.Title}, {"dc:subject", p.Subject}, {"dc:creator", p.Creator}, {"cp:keywords", p.Keywords}, {"dc:description", p.Description}} {
		if e[1] != "" {
			x.elem(e[0], e[1])
		}
	}
	x.elem("dc:language", wr.d.lang())
	if !p.Created.IsZero() {
		x.elem("dcterms:created", w3cdtf(p.Created), "xsi:type", "dcterms:W3CDTF")
		x.elem("dcterms:modified", w3cdtf(p.Created), "xsi:type", "dcterms:W3CDTF")
	}
	x.close("cp:coreProperties")
	return x.String()
}

const app = xmlHeader + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="` + nsVT + `"><Application>kh</Application></Properties>`

// customFmtID is the format id every custom property carries (ECMA-376
// Part 1, 22.3.2.2).
const customFmtID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"

func (wr *writer) custom() string {
	var x xb
	x.raw(xmlHeader)
	x.open("Properties", "xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties", "xmlns:vt", nsVT)
	for i, p := range wr.d.Custom {
		x.open("property", "fmtid", customFmtID, "pid", itoa(i+2), "name", p.Name)
		x.elem("vt:lpwstr", p.Value)
		x.close("property")
	}
	x.close("Properties")
	return x.String()
}

func settings(lang string) string {
	var x xb
	x.raw(xmlHeader)
	x.open("w:settings", "xmlns:w", nsW)
	x.empty("w:zoom", "w:percent", "100")
	x.empty("w:defaultTabStop", "w:val", "720")
	x.empty("w:characterSpacingControl", "w:val", "doNotCompress")
	x.open("w:compat")
	x.empty("w:compatSetting", "w:name", "compatibilityMode", "w:uri", "http://schemas.microsoft.com/office/word", "w:val", "15")
	x.close("w:compat")
	x.empty("w:themeFontLang", "w:val", lang)
	x.close("w:settings")
	return x.String()
}

func (wr *writer) commentsPart() string {
	var x xb
	x.raw(xmlHeader)
	x.open("w:comments", "xmlns:w", nsW)
	for _, c := range wr.d.Comments {
		attrs := []string{"w:id", itoa(c.ID), "w:author", c.Author}
		if !c.Date.IsZero() {
			attrs = append(attrs, "w:date", w3cdtf(c.Date))
		}
		if c.Initials != "" {
			attrs = append(attrs, "w:initials", c.Initials)
		}
		x.open("w:comment", attrs...)
		text := c.Text
		if len(text) == 0 {
			text = []string{""}
		}
		for _, t := range text {
			x.open("w:p")
			wr.run(&x, &Run{Text: t})
			x.close("w:p")
		}
		x.close("w:comment")
	}
	x.close("w:comments")
	return x.String()
}

func (wr *writer) document() (string, error) {
	var x xb
	x.raw(xmlHeader)
	x.open("w:document", "xmlns:w", nsW, "xmlns:r", nsR)
	x.open("w:body")
	if len(wr.d.Sections) == 0 {
		return "", fmt.Errorf("docx: a document needs at least one section")
	}
	for i, s := range wr.d.Sections {
		sect, err := wr.sectPr(s)
		if err != nil {
			return "", err
		}
		last := i == len(wr.d.Sections)-1
		for j, b := range s.Blocks {
			carry := ""
			if !last && j == len(s.Blocks)-1 {
				if _, ok := b.(*Paragraph); ok {
					carry = sect
				}
			}
			if err := wr.block(&x, b, carry); err != nil {
				return "", err
			}
		}
		// A section ends in a paragraph holding its properties, and the
		// body in a paragraph: Word always has one there, and LibreOffice
		// loses the last section break when the body ends in a table.
		end := ""
		if !last {
			end = sect
		}
		if n := len(s.Blocks); n == 0 || !isParagraph(s.Blocks[n-1]) {
			wr.paragraph(&x, &Paragraph{Props: ParaProps{Spacing: &Spacing{Line: 20, Rule: LineExact}}}, "", "", end)
		}
		if last {
			x.raw(sect)
		}
	}
	x.close("w:body")
	x.close("w:document")
	return x.String(), nil
}

func isParagraph(b Block) bool {
	_, ok := b.(*Paragraph)
	return ok
}

func (wr *writer) block(x *xb, b Block, sect string) error {
	switch b := b.(type) {
	case *Paragraph:
		return wr.paragraphChecked(x, b, "", "", sect)
	case *Table:
		return wr.table(x, b)
	case nil:
		return fmt.Errorf("docx: nil block")
	}
	return fmt.Errorf("docx: unknown block %T", b)
}

func (wr *writer) paragraphChecked(x *xb, p *Paragraph, pre, post, sect string) error {
	for _, id := range p.Comments {
		if !wr.comments[id] {
			return fmt.Errorf("docx: paragraph anchors comment %d, which the document does not have", id)
		}
	}
	wr.paragraph(x, p, pre, post, sect)
	return nil
}

// bookmark returns the start and end markup of a new bookmark.
func (wr *writer) bookmark(name string) (start, end string) {
	if name == "" {
		return "", ""
	}
	id := itoa(wr.bookmarks)
	wr.bookmarks++
	var s, e xb
	s.empty("w:bookmarkStart", "w:id", id, "w:name", name)
	e.empty("w:bookmarkEnd", "w:id", id)
	return s.String(), e.String()
}

// paragraph writes p; pre and post are markup placed around its content
// (a row's bookmark), sect a section's properties it ends.
func (wr *writer) paragraph(x *xb, p *Paragraph, pre, post, sect string) {
	x.open("w:p")
	pPr(x, p.Style, p.Props, sect)
	start, end := wr.bookmark(p.Bookmark)
	x.raw(pre)
	x.raw(start)
	for _, id := range p.Comments {
		x.empty("w:commentRangeStart", "w:id", itoa(id))
	}
	for _, in := range p.Runs {
		switch in := in.(type) {
		case *Run:
			wr.changed(x, in.Change, func() { wr.run(x, in) })
		case *Field:
			wr.changed(x, in.Change, func() { field(x, in, in.Change != nil && in.Change.Kind == Delete) })
		}
	}
	for _, id := range p.Comments {
		x.empty("w:commentRangeEnd", "w:id", itoa(id))
		x.open("w:r")
		x.empty("w:commentReference", "w:id", itoa(id))
		x.close("w:r")
	}
	x.raw(end)
	x.raw(post)
	x.close("w:p")
}

// changed wraps what content writes in w:ins or w:del when c is set.
func (wr *writer) changed(x *xb, c *Change, content func()) {
	if c == nil {
		content()
		return
	}
	name := "w:ins"
	if c.Kind == Delete {
		name = "w:del"
	}
	attrs := []string{"w:id", itoa(wr.changes), "w:author", c.Author}
	wr.changes++
	if !c.Date.IsZero() {
		attrs = append(attrs, "w:date", w3cdtf(c.Date))
	}
	x.open(name, attrs...)
	content()
	x.close(name)
}

func (wr *writer) run(x *xb, r *Run) {
	deleted := r.Change != nil && r.Change.Kind == Delete
	x.open("w:r")
	rPr(x, r.Props)
	textElem := "w:t"
	if deleted {
		textElem = "w:delText"
	}
	// Split at tabs and newlines, which are elements of their own.
	rest := r.Text
	for rest != "" {
		i := strings.IndexAny(rest, "\t\n")
		if i < 0 {
			i = len(rest)
		}
		if i > 0 {
			x.elem(textElem, rest[:i], "xml:space", "preserve")
		}
		if i == len(rest) {
			break
		}
		if rest[i] == '\t' {
			x.empty("w:tab")
		} else {
			x.empty("w:br")
		}
		rest = rest[i+1:]
	}
	x.close("w:r")
}

// field writes a complex field (begin, instruction, separator, the shown
// result, end), the form Word itself writes.
func field(x *xb, f *Field, deleted bool) {
	instr := "w:instrText"
	text := "w:t"
	if deleted {
		instr, text = "w:delInstrText", "w:delText"
	}
	part := func(body func()) {
		x.open("w:r")
		rPr(x, f.Props)
		body()
		x.close("w:r")
	}
	part(func() { x.empty("w:fldChar", "w:fldCharType", "begin") })
	part(func() { x.elem(instr, " "+f.Instr+" ", "xml:space", "preserve") })
	part(func() { x.empty("w:fldChar", "w:fldCharType", "separate") })
	part(func() { x.elem(text, f.Shown) })
	part(func() { x.empty("w:fldChar", "w:fldCharType", "end") })
}

func flag(x *xb, name string, f Flag) {
	switch f {
	case On:
		x.empty(name)
	case Off:
		x.empty(name, "w:val", "0")
	}
}

// pPr writes paragraph properties in the schema's element order; tail is
// markup that follows w:jc there (w:outlineLvl, w:sectPr).
func pPr(x *xb, style string, p ParaProps, tail string) {
	var in xb
	if style != "" {
		in.empty("w:pStyle", "w:val", style)
	}
	flag(&in, "w:keepNext", p.KeepNext)
	flag(&in, "w:keepLines", p.KeepLines)
	if p.PageBreakBefore {
		in.empty("w:pageBreakBefore")
	}
	flag(&in, "w:widowControl", p.Widow)
	if p.BorderTop != nil || p.BorderBottom != nil {
		in.open("w:pBdr")
		for _, side := range []struct {
			name string
			b    *Border
		}{{"w:top", p.BorderTop}, {"w:bottom", p.BorderBottom}} {
			if side.b != nil {
				in.empty(side.name, "w:val", "single", "w:sz", itoa(side.b.Size), "w:space", "0", "w:color", "000000")
			}
		}
		in.close("w:pBdr")
	}
	if s := p.Spacing; s != nil {
		attrs := []string{"w:before", itoa(s.Before), "w:after", itoa(s.After)}
		if s.Line > 0 {
			rule := s.Rule
			if rule == "" {
				rule = LineAuto
			}
			attrs = append(attrs, "w:line", itoa(s.Line), "w:lineRule", string(rule))
		}
		in.empty("w:spacing", attrs...)
	}
	if i := p.Indent; i != nil {
		attrs := []string{"w:left", itoa(i.Left), "w:right", itoa(i.Right)}
		if i.Hanging > 0 {
			attrs = append(attrs, "w:hanging", itoa(i.Hanging))
		} else {
			attrs = append(attrs, "w:firstLine", itoa(i.FirstLine))
		}
		in.empty("w:ind", attrs...)
	}
	if p.Align != "" {
		in.empty("w:jc", "w:val", string(p.Align))
	}
	in.raw(tail)
	if s := in.String(); s != "" {
		x.open("w:pPr")
		x.raw(s)
		x.close("w:pPr")
	}
}

// rPr writes run properties in the schema's element order.
func rPr(x *xb, r RunProps) {
	var in xb
	if r.Font != "" {
		in.empty("w:rFonts", "w:ascii", r.Font, "w:hAnsi", r.Font, "w:cs", r.Font, "w:eastAsia", r.Font)
	}
	flag(&in, "w:b", r.Bold)
	flag(&in, "w:bCs", r.Bold)
	flag(&in, "w:i", r.Italic)
	flag(&in, "w:iCs", r.Italic)
	flag(&in, "w:strike", r.Strike)
	if r.Color != "" {
		in.empty("w:color", "w:val", r.Color)
	}
	if r.Size > 0 {
		hp := itoa(halfPoints(r.Size))
		in.empty("w:sz", "w:val", hp)
		in.empty("w:szCs", "w:val", hp)
	}
	switch r.Underline {
	case On:
		in.empty("w:u", "w:val", "single")
	case Off:
		in.empty("w:u", "w:val", "none")
	}
	if s := in.String(); s != "" {
		x.open("w:rPr")
		x.raw(s)
		x.close("w:rPr")
	}
}

func halfPoints(pt float64) int { return int(pt*2 + 0.5) }
