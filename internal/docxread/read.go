// Package docxread reads WordprocessingML (.docx) documents as officers
// send them back: paragraphs with their text and the list labels Word
// displays, tables, comments with what they are anchored to, tracked
// changes, bookmarks and content controls. Hostile or unreadable input
// (a zip bomb, deep XML, a password-protected or Word 97-2003 file, a
// workbook) is refused with an error that says what to do, in Vietnamese
// and English.
package docxread

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path"
	"strings"

	"github.com/richardlehane/mscfb"

	"github.com/kh-tools/kh/internal/msg"
)

// Limits bound what the reader accepts, so a hostile file (a zip bomb, a
// deeply nested XML) costs a clear error, not the machine.
type Limits struct {
	// FileSize bounds the .docx itself.
	FileSize int64
	// Entries bounds the number of zip entries.
	Entries int
	// PartSize bounds the uncompressed size of one part read, Total the
	// sum over the parts read.
	PartSize, Total int64
	// Depth bounds XML nesting.
	Depth int
}

// DefaultLimits are generous for any plan document: the largest real one
// is well under a megabyte.
var DefaultLimits = Limits{FileSize: 64 << 20, Entries: 5000, PartSize: 64 << 20, Total: 128 << 20, Depth: 256}

// File is a document as read.
type File struct {
	// Blocks are the body's paragraphs (*Para) and tables (*Table).
	Blocks   []Block
	Sections []SectionInfo
	// Comments in the order of word/comments.xml.
	Comments []*Comment
	// Styles by style id.
	Styles map[string]*StyleInfo
	Core   CoreProps
	// Custom are the custom document properties by name.
	Custom map[string]string
}

// Block is a *Para or a *Table.
type Block interface{ block() }

// Para is a paragraph as read. Its text with tracked changes accepted is
// Text, with them rejected Original.
type Para struct {
	// Style is the paragraph style id; StyleName its name.
	Style, StyleName string
	// Outline is the heading level from the style chain (1 = top), 0 for
	// body text.
	Outline int
	// Label is the list label Word displays for automatic numbering
	// ("1.", "a)", "II."), empty for a paragraph without one; Level is
	// its list level (0-based).
	Label string
	Level int
	// Align is the w:jc value ("center", "both" …), empty when inherited.
	Align string
	Runs  []Run
	// Bookmarks are the names of the bookmarks whose range includes the
	// paragraph or part of it: those open before it first, then those it
	// starts, so the innermost comes last.
	Bookmarks []string
	// Tags are the w:tag values of the content controls around the
	// paragraph, outermost first.
	Tags []string
	// Comments are the ids of the comments anchored in the paragraph.
	Comments []string
	// MarkInserted and MarkDeleted report a tracked change of the
	// paragraph mark: a paragraph split off or joined to the next.
	MarkInserted, MarkDeleted bool
}

// Run is a piece of text with its effective bold and italic, its direct
// strike-through and underline (how a comparison table marks words taken
// out and put in), the font it names directly (legacy Vietnamese text is
// told by its font: ".VnTime", ".VnTimeH" for capitals, "VNI-Times"), and
// its tracked change, if any.
type Run struct {
	Text              string
	Bold, Italic      bool
	Strike, Underline bool
	Font              string
	Ins, Del          *Revision
}

// Revision is the author and date of a tracked change, as written.
type Revision struct {
	ID, Author, Date string
}

func (*Para) block() {}

// Text is the paragraph as it reads with every tracked change accepted.
func (p *Para) Text() string {
	var b strings.Builder
	for _, r := range p.Runs {
		if r.Del == nil {
			b.WriteString(r.Text)
		}
	}
	return b.String()
}

// Original is the paragraph as it read before the tracked changes.
func (p *Para) Original() string {
	var b strings.Builder
	for _, r := range p.Runs {
		if r.Ins == nil {
			b.WriteString(r.Text)
		}
	}
	return b.String()
}

// Changed reports whether the paragraph holds tracked changes.
func (p *Para) Changed() bool {
	if p.MarkInserted || p.MarkDeleted {
		return true
	}
	for _, r := range p.Runs {
		if r.Ins != nil || r.Del != nil {
			return true
		}
	}
	return false
}

// Table is a table as read.
type Table struct {
	// Grid holds the column widths in twips.
	Grid []int
	Rows []*Row
	// Tags are the tags of the content controls around the table.
	Tags []string
}

func (*Table) block() {}

// Row is a table row.
type Row struct {
	Header, CantSplit bool
	Cells             []*TableCell
}

// TableCell is a table cell: its grid span, vertical merge ("restart",
// "continue" or "") and content.
type TableCell struct {
	Span   int
	Merge  string
	Blocks []Block
}

// Paras lists the cell's paragraphs, those of nested tables included.
func (c *TableCell) Paras() []*Para { return paras(c.Blocks) }

// Text is the cell's paragraphs joined by newlines, changes accepted.
func (c *TableCell) Text() string {
	var out []string
	for _, p := range c.Paras() {
		out = append(out, p.Text())
	}
	return strings.Join(out, "\n")
}

// Bookmarks lists the bookmarks of the row's paragraphs, each once.
func (r *Row) Bookmarks() []string {
	var out []string
	for _, c := range r.Cells {
		for _, p := range c.Paras() {
			out = appendNew(out, p.Bookmarks...)
		}
	}
	return out
}

// Paras lists every paragraph of the file in reading order, table cells
// included.
func (f *File) Paras() []*Para { return paras(f.Blocks) }

func paras(bs []Block) []*Para {
	var out []*Para
	for _, b := range bs {
		switch b := b.(type) {
		case *Para:
			out = append(out, b)
		case *Table:
			for _, r := range b.Rows {
				for _, c := range r.Cells {
					out = append(out, paras(c.Blocks)...)
				}
			}
		}
	}
	return out
}

func appendNew(list []string, items ...string) []string {
	for _, s := range items {
		found := false
		for _, have := range list {
			found = found || have == s
		}
		if !found {
			list = append(list, s)
		}
	}
	return list
}

// SectionInfo is a section's page set-up and the body blocks it holds,
// Blocks[First:End].
type SectionInfo struct {
	Width, Height int
	Landscape     bool
	// PageStart is the restarted page number, 0 when numbering continues.
	PageStart  int
	TitlePage  bool
	First, End int
}

// Comment is a comment as read, with what it is anchored to.
type Comment struct {
	ID, Author, Initials, Date string
	// Text is the comment's paragraphs joined by newlines.
	Text string
	// Quote is the text of the commented range.
	Quote string
	// Parent is the id of the comment this one replies to; Done marks a
	// resolved comment (both from commentsExtended.xml, when present).
	Parent string
	Done   bool
	paraID string
}

// StyleInfo is what the reader keeps of a style.
type StyleInfo struct {
	ID, Name, BasedOn string
	// Kind is "paragraph", "character" or "table".
	Kind string
	// Outline is the heading level (1 = top), 0 for none.
	Outline      int
	bold, italic flag
	numID, ilvl  string
}

// CoreProps are the core document properties.
type CoreProps struct {
	Title, Subject, Creator, Keywords, Description, LastModifiedBy, Created, Modified string
}

// ReadFile reads a .docx file with DefaultLimits: regular files only.
func ReadFile(name string) (*File, error) {
	st, err := os.Stat(name)
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, msg.DocxNotRegular.Error(name)
	}
	if st.Size() > DefaultLimits.FileSize {
		return nil, tooLarge(msg.DocxLimitFile.Text(st.Size()))
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, DefaultLimits.FileSize+1))
	if err != nil {
		return nil, err
	}
	return Read(data)
}

// Read reads a .docx held in memory with DefaultLimits.
func Read(data []byte) (*File, error) { return ReadLimits(data, DefaultLimits) }

// cfbMagic starts every Compound File: Word 97-2003 documents and
// password-protected Office documents (an encrypted package inside CFB).
var cfbMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// ReadLimits reads a .docx held in memory within lim.
func ReadLimits(data []byte, lim Limits) (*File, error) {
	if int64(len(data)) > lim.FileSize {
		return nil, tooLarge(msg.DocxLimitFile.Text(int64(len(data))))
	}
	if bytes.HasPrefix(data, cfbMagic) {
		return nil, compoundFile(data)
	}
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, ErrNotDocx
	}
	pkg, err := newPackage(z, lim)
	if err != nil {
		return nil, err
	}
	return pkg.read()
}

// compoundFile tells a password-protected document from a Word 97-2003
// one by the streams the compound file holds.
func compoundFile(data []byte) (err error) {
	defer func() {
		// The CFB parser is not hardened; a panic on a damaged file is
		// just another unreadable file.
		if recover() != nil {
			err = ErrNotDocx
		}
	}()
	doc, err := mscfb.New(bytes.NewReader(data))
	if err != nil {
		return ErrNotDocx
	}
	for i := 0; i < 10000; i++ {
		e, err := doc.Next()
		if err != nil {
			break
		}
		switch e.Name {
		case "EncryptionInfo", "EncryptedPackage":
			return ErrEncrypted
		case "WordDocument":
			return ErrLegacy
		}
	}
	return ErrNotDocx
}

// pkg is an opened package: its entries by name and what was read so far.
type pkg struct {
	files map[string]*zip.File
	lim   Limits
	total int64
}

func newPackage(z *zip.Reader, lim Limits) (*pkg, error) {
	if len(z.File) > lim.Entries {
		return nil, tooLarge(msg.DocxLimitEntries.Text(len(z.File)))
	}
	p := &pkg{files: map[string]*zip.File{}, lim: lim}
	for _, f := range z.File {
		name := strings.TrimPrefix(f.Name, "/")
		// Part names are case-insensitive (ECMA-376 Part 2, 9.1.1.4); two
		// entries for one part make the package ambiguous.
		key := strings.ToLower(name)
		if _, dup := p.files[key]; dup {
			return nil, malformed(msg.DocxDuplicate.Text(name))
		}
		p.files[key] = f
	}
	return p, nil
}

// part returns the uncompressed bytes of a part, or nil if absent.
func (p *pkg) part(name string) ([]byte, error) {
	f := p.files[strings.ToLower(strings.TrimPrefix(name, "/"))]
	if f == nil {
		return nil, nil
	}
	if f.UncompressedSize64 > uint64(p.lim.PartSize) {
		return nil, tooLarge(msg.DocxLimitPart.Text(name))
	}
	rc, err := f.Open()
	if err != nil {
		return nil, malformed(msg.Text{VI: name + ": " + err.Error(), EN: name + ": " + err.Error()})
	}
	defer rc.Close()
	// The sizes in the zip directory can lie; the limit is enforced on
	// what actually comes out of the decompressor.
	data, err := io.ReadAll(io.LimitReader(rc, p.lim.PartSize+1))
	if err != nil {
		return nil, malformed(msg.Text{VI: name + ": " + err.Error(), EN: name + ": " + err.Error()})
	}
	if int64(len(data)) > p.lim.PartSize {
		return nil, tooLarge(msg.DocxLimitPart.Text(name))
	}
	p.total += int64(len(data))
	if p.total > p.lim.Total {
		return nil, tooLarge(msg.DocxLimitTotal.Text())
	}
	return data, nil
}

// xml parses a part; a missing part gives nil.
func (p *pkg) xml(name string) (*node, error) {
	data, err := p.part(name)
	if data == nil || err != nil {
		return nil, err
	}
	return parse(name, data, p.lim.Depth)
}

// rels reads the relationships of a part: type → internal target part.
// External targets are ignored: the reader never follows a link out of
// the package.
func (p *pkg) rels(partName string) (map[string][]string, error) {
	dir, base := path.Split(partName)
	n, err := p.xml(dir + "_rels/" + base + ".rels")
	if n == nil || err != nil {
		return nil, err
	}
	out := map[string][]string{}
	for _, r := range n.kids {
		if r.name != "Relationship" || strings.EqualFold(r.attr("TargetMode"), "External") {
			continue
		}
		target := r.attr("Target")
		if strings.HasPrefix(target, "/") {
			target = strings.TrimPrefix(target, "/")
		} else {
			target = path.Join(dir, target)
		}
		kind := r.attr("Type")
		out[kind] = append(out[kind], target)
	}
	return out, nil
}

// relTarget finds the target of a relationship type, transitional or
// strict (which spells the type URIs differently, ending the same way).
func relTarget(rels map[string][]string, suffix string) string {
	for kind, targets := range rels {
		if strings.HasSuffix(kind, suffix) && len(targets) > 0 {
			return targets[0]
		}
	}
	return ""
}

func (p *pkg) read() (*File, error) {
	root, err := p.rels("")
	if err != nil {
		return nil, err
	}
	main := relTarget(root, "/officeDocument")
	switch {
	case strings.HasPrefix(main, "xl/") || (main == "" && p.files["xl/workbook.xml"] != nil):
		return nil, ErrWorkbook
	case main == "":
		return nil, ErrNotDocx
	}
	doc, err := p.xml(main)
	if err != nil {
		return nil, err
	}
	if doc == nil || doc.name != "document" {
		return nil, ErrNotDocx
	}
	docRels, err := p.rels(main)
	if err != nil {
		return nil, err
	}
	f := &File{Custom: map[string]string{}}
	if err := p.readStyles(f, relTarget(docRels, "/styles")); err != nil {
		return nil, err
	}
	num, err := p.readNumbering(relTarget(docRels, "/numbering"), f.Styles)
	if err != nil {
		return nil, err
	}
	comments, err := p.readComments(docRels)
	if err != nil {
		return nil, err
	}
	f.Comments = comments
	if err := p.readProps(f, root); err != nil {
		return nil, err
	}
	body := doc.child("body")
	if body == nil {
		return nil, malformed(msg.DocxNoBody.Text(main))
	}
	newWalker(f, num).body(body)
	return f, nil
}
