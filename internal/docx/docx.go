// Package docx writes and reads WordprocessingML (.docx) documents: the
// small part of ECMA-376 that kh's Word drafts and the documents officers
// send back use. The writer covers styles, sections (portrait or landscape,
// page numbers restarting), headers with a PAGE field, tables (borderless or
// ruled, repeated header rows, rows that do not split, merged cells),
// bookmarks, comments, tracked changes and custom properties, and writes
// byte-identical packages for the same input. Package docxread reads them
// back.
//
// It is our own, on archive/zip and hand-built XML, because no Go library
// is both well kept and permissively licensed: unioffice needs a
// commercial licence key, fumiama/go-docx is AGPL-3.0, gomutex/godocx is
// unmaintained (its fork says so) and zerx-lab/wordZero lists bookmarks,
// comments and revisions as not yet done.
package docx

import (
	"math"
	"time"
)

// Units. Word measures lengths in twentieths of a point (twips), font
// sizes in half-points and line spacing in 240ths of a line.
const (
	// A4 in twips.
	A4Width  = 11906
	A4Height = 16838
)

// MM converts millimetres to twips.
func MM(mm float64) int { return int(math.Round(mm * 1440 / 25.4)) }

// Pt converts points to twips.
func Pt(pt float64) int { return int(math.Round(pt * 20)) }

// Document is a package to write.
type Document struct {
	Props Props
	// Custom are custom document properties (docProps/custom.xml), in
	// order. Word and LibreOffice keep them through editing, which is how
	// a returned document is recognised.
	Custom []Property
	// Font, Size and Lang are the document defaults (docDefaults).
	Font string
	Size float64
	Lang string
	// Styles are the paragraph, character and table styles.
	Styles   []Style
	Sections []*Section
	Comments []Comment
}

// Props are the core properties (docProps/core.xml). Created dates the
// document; it must come from the data, never the clock.
type Props struct {
	Title, Subject, Creator, Keywords, Description string
	Created                                        time.Time
}

// Property is one custom document property, stored as text.
type Property struct {
	Name, Value string
}

// StyleKind is the w:type of a style.
type StyleKind int

// Style kinds.
const (
	ParagraphStyle StyleKind = iota
	CharacterStyle
	TableStyle
)

// Style is one entry of word/styles.xml.
type Style struct {
	ID, Name      string
	Kind          StyleKind
	BasedOn, Next string
	// Default marks the kind's default style (Normal).
	Default bool
	// Outline is the heading level (1 = top) that Word's navigation pane
	// and table of contents use; 0 for body text.
	Outline int
	Para    ParaProps
	Run     RunProps
}

// Flag is a property that can be left to the style, set or cleared.
type Flag int8

// Flag values.
const (
	Inherit Flag = iota
	On
	Off
)

// Align is paragraph alignment (w:jc).
type Align string

// Alignments.
const (
	AlignDefault Align = ""
	AlignLeft    Align = "left"
	AlignCenter  Align = "center"
	AlignRight   Align = "right"
	AlignJustify Align = "both"
)

// Indent is a paragraph's indentation in twips; Hanging and FirstLine are
// exclusive.
type Indent struct {
	Left, Right, FirstLine, Hanging int
}

// Spacing is the space around a paragraph in twips and its line spacing:
// Line in 240ths of a line (LineAuto) or in twips (LineExact, LineAtLeast).
type Spacing struct {
	Before, After int
	Line          int
	Rule          LineRule
}

// LineRule is w:lineRule.
type LineRule string

// Line rules.
const (
	LineAuto    LineRule = "auto"
	LineExact   LineRule = "exact"
	LineAtLeast LineRule = "atLeast"
)

// Border is a single solid paragraph rule; Size in eighths of a point.
type Border struct {
	Size int
}

// ParaProps are paragraph properties; nil pointers and zero values leave
// the property to the style.
type ParaProps struct {
	Align     Align
	Indent    *Indent
	Spacing   *Spacing
	KeepNext  Flag
	KeepLines Flag
	Widow     Flag
	// PageBreakBefore starts the paragraph on a new page.
	PageBreakBefore bool
	// BorderTop and BorderBottom draw a rule above or under the
	// paragraph, as wide as the paragraph between its indents.
	BorderTop, BorderBottom *Border
}

// RunProps are character properties.
type RunProps struct {
	Bold, Italic, Underline, Strike Flag
	// Color is a hex RGB colour ("C00000"); "" leaves it to the style.
	Color string
	// Size in points; 0 leaves it to the style.
	Size float64
	Font string
}

// Block is a paragraph or a table.
type Block interface{ block() }

// Paragraph is a w:p.
type Paragraph struct {
	Style string
	Props ParaProps
	// Runs are the paragraph's content: *Run or *Field.
	Runs []Inline
	// Bookmark, when set, names a bookmark around the whole paragraph.
	Bookmark string
	// Comments lists ids of Document.Comments anchored to the whole
	// paragraph.
	Comments []int
}

func (*Paragraph) block() {}

// Inline is a run or a field.
type Inline interface{ inline() }

// Run is text with one set of character properties. A tab in Text is
// written as w:tab, a newline as a line break (w:br).
type Run struct {
	Text  string
	Props RunProps
	// Change marks the run as a tracked insertion or deletion.
	Change *Change
}

func (*Run) inline() {}

// Field is a simple field such as PAGE, with the text shown before Word
// updates it.
type Field struct {
	Instr  string
	Shown  string
	Props  RunProps
	Change *Change
}

func (*Field) inline() {}

// ChangeKind is a kind of tracked change.
type ChangeKind int

// Kinds of tracked change.
const (
	Insert ChangeKind = iota
	Delete
)

// Change is a tracked change: who made it and when.
type Change struct {
	Kind   ChangeKind
	Author string
	Date   time.Time
}

// Table is a w:tbl with a fixed layout: Word keeps the column widths given
// in Grid (twips) instead of re-flowing them.
type Table struct {
	Grid []int
	// Borders rules every cell; false writes a table without borders.
	Borders bool
	// Indent moves the table from the left margin (twips).
	Indent int
	// Align places the table between the margins (left, center or right).
	Align Align
	// Padding is the cell padding; nil leaves Word's default (0.19 cm
	// left and right).
	Padding *Padding
	Rows    []*Row
}

// Padding is the space inside table cells, in twips.
type Padding struct {
	Top, Left, Bottom, Right int
}

func (*Table) block() {}

// Row is a table row.
type Row struct {
	// Header repeats the row at the top of every page (w:tblHeader); only
	// leading rows can be header rows.
	Header bool
	// CantSplit keeps the row on one page.
	CantSplit bool
	Cells     []*Cell
	// Bookmark names a bookmark from the first cell to the last.
	Bookmark string
}

// Merge is a cell's place in a vertical merge.
type Merge int

// Vertical merge states.
const (
	NoMerge Merge = iota
	MergeStart
	MergeContinue
)

// VAlign is a cell's vertical alignment.
type VAlign string

// Vertical alignments.
const (
	VTop    VAlign = ""
	VCenter VAlign = "center"
	VBottom VAlign = "bottom"
)

// Cell is a table cell spanning Span grid columns (0 and 1 are one).
type Cell struct {
	Span   int
	Merge  Merge
	VAlign VAlign
	// Blocks are the cell's paragraphs and nested tables; a cell needs at
	// least one paragraph, which the writer adds when there is none.
	Blocks []Block
}

// Page is the page set-up of a section, in twips.
type Page struct {
	Width, Height int
	Landscape     bool
	Margin        Margin
}

// Margin holds page margins and the header and footer distances, in twips.
type Margin struct {
	Top, Bottom, Left, Right, Header, Footer int
}

// Section is a run of blocks sharing a page set-up and headers.
type Section struct {
	Page Page
	// Header is the default page header; FirstHeader the header of the
	// section's first page, used when TitlePage is set (an empty one
	// hides the header there, as NĐ 30 wants for page numbers).
	Header      []Block
	FirstHeader []Block
	TitlePage   bool
	// PageStart restarts page numbering at this number; 0 continues.
	PageStart int
	Blocks    []Block
}

// Comment is an entry of word/comments.xml; paragraphs anchor it by ID.
type Comment struct {
	ID       int
	Author   string
	Initials string
	Date     time.Time
	// Text holds the comment's paragraphs.
	Text []string
}
