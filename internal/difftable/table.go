// Package difftable makes the comparison table (bảng so sánh) a revised
// draft is submitted with: one row per changed item of a plan, with the
// number the draft prints it with, the old and the new text with the words
// taken out struck through and the words put in underlined, the deadline,
// the agencies and the target in their own columns, and what kind of change
// it is; headed by the names of the two drafts. Build makes the table from
// a semantic diff; WriteXLSX, WritePDF and WriteDOCX set it landscape with
// the header row repeated on every page, as the appendix tables are, and
// give the same bytes for the same table.
//
// The table is a document of the file, so it is in Vietnamese whatever
// language the command line speaks.
package difftable

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/semdiff"
	"github.com/kh-tools/kh/internal/worddiff"
)

// vi is the table's language.
const vi = diag.VI

// Mark is how a stretch of a cell is set.
type Mark uint8

// The marks: words taken out are struck through (and red on screen), words
// put in underlined (and blue).
const (
	Plain Mark = iota
	Deleted
	Inserted
)

// Span is a stretch of text with one mark.
type Span struct {
	Text string
	Mark Mark
}

// Cell is the content of a cell; "\n" in a span breaks the line.
type Cell []Span

// Text is the cell's text without marks.
func (c Cell) Text() string {
	var b strings.Builder
	for _, s := range c {
		b.WriteString(s.Text)
	}
	return b.String()
}

// Column keys.
const (
	ColNumber   = "tt"
	ColWhere    = "vi_tri"
	ColOld      = "cu"
	ColNew      = "moi"
	ColDeadline = "thoi_han"
	ColAgencies = "co_quan"
	ColTarget   = "muc_tieu"
	ColChange   = "thay_doi"
)

// Column is one column of the table; Share is its part of the width.
type Column struct {
	Key, Label string
	Share      float64
	Center     bool
}

// Row is a heading row (the kind of item that follows: "Nhiệm vụ") when
// Heading is set, else one change with a cell per column.
type Row struct {
	Heading string
	Cells   []Cell
}

// Table is the comparison table of one plan.
type Table struct {
	// Plan is the plan's id, which names the file.
	Plan string
	// Title, Subject, Sides and Sources head the table: "BẢNG SO SÁNH",
	// the plan, the two drafts, and where each was read from (revisions
	// and dates), "" when read from folders; Summary counts the changes.
	Title, Subject, Sides, Sources, Summary string
	Columns                                 []Column
	Rows                                    []Row
	// Date dates the file's metadata: the newer side's date, so a rebuild
	// gives the same bytes.
	Date time.Time
}

// Build makes the table of one plan changed between the report's sides.
func Build(r *semdiff.Report, d *semdiff.PlanDiff) *Table {
	oldName, newName := sideNames(d)
	t := &Table{
		Plan:    d.ID,
		Title:   msg.TableTitle.In(vi),
		Subject: subject(d),
		Sides:   msg.TableSides.In(vi, upperFirst(newName), oldName),
		Sources: sources(r),
		Summary: summary(d),
		Date:    tableDate(r, d),
		Columns: []Column{
			{ColNumber, msg.TableColNumber.In(vi), 0.04, true},
			{ColWhere, msg.TableColWhere.In(vi), 0.10, true},
			{ColOld, msg.TableContent.In(vi, oldName), 0.22, false},
			{ColNew, msg.TableContent.In(vi, newName), 0.22, false},
			{ColDeadline, msg.TableColDeadline.In(vi), 0.09, true},
			{ColAgencies, msg.TableColAgencies.In(vi), 0.13, false},
			{ColTarget, msg.TableColTarget.In(vi), 0.09, true},
			{ColChange, msg.TableColChange.In(vi), 0.11, false},
		},
	}
	n := 0
	number := func() Cell { n++; return plain(strconv.Itoa(n)) }
	if len(d.Header) > 0 {
		t.Rows = append(t.Rows, Row{Heading: semdiff.HeaderLabel.In(vi)})
		for _, f := range d.Header {
			t.Rows = append(t.Rows, headerRow(number(), f))
		}
	}
	for _, c := range d.Categories() {
		if len(c.Items) == 0 {
			continue
		}
		t.Rows = append(t.Rows, Row{Heading: c.Label.In(vi)})
		for _, it := range c.Items {
			t.Rows = append(t.Rows, itemRow(number(), it))
		}
	}
	return t
}

// sideNames name the two drafts for the column headings; when both sides
// carry the same name (a draft edited without raising du_thao), the
// revisions tell them apart.
func sideNames(d *semdiff.PlanDiff) (string, string) {
	a, b := msg.TableOldSide.In(vi), msg.TableNewSide.In(vi)
	if d.FromDoc != nil && d.ToDoc != nil && d.FromDoc.Name != d.ToDoc.Name {
		a, b = lowerFirst(d.FromDoc.Name), lowerFirst(d.ToDoc.Name)
	}
	return a, b
}

// subject names the plan: "Kế hoạch Chuyển đổi số tỉnh Nghệ An năm 2026".
func subject(d *semdiff.PlanDiff) string {
	if d.ToDoc == nil || d.ToDoc.Type == "" {
		return d.Title
	}
	return d.ToDoc.Type + " " + d.Title
}

// sources says where each side was read from: the revision and its date,
// the working tree, or the folder named.
func sources(r *semdiff.Report) string {
	return msg.TableSources.In(vi, source(r.From, r.FromRev), source(r.To, r.ToRev))
}

func source(label string, rev *semdiff.Revision) string {
	switch {
	case rev == nil:
		return label
	case rev.Worktree:
		return msg.TableWorktree.In(vi)
	case rev.MergeBase:
		return msg.TableMergeBase.In(vi, rev.Name, short(rev.Commit), isoToShort(rev.Date))
	}
	return msg.TableRevision.In(vi, rev.Name, short(rev.Commit), isoToShort(rev.Date))
}

func short(commit string) string { return commit[:min(7, len(commit))] }

// summary counts the plan's changes as the report's summary line does.
func summary(d *semdiff.PlanDiff) string {
	r := semdiff.Report{Plans: []semdiff.PlanDiff{*d}}
	r.Summary = semdiff.Summarize(r.Plans)
	return upperFirst(r.SummaryLine(vi)) + "."
}

// tableDate is the newer side's commit date, else the plan's date; a
// draft in a folder has neither and gets a fixed date.
func tableDate(r *semdiff.Report, d *semdiff.PlanDiff) time.Time {
	for _, s := range []string{revDate(r.ToRev), editionDate(d.ToDoc)} {
		if t, err := time.Parse(time.DateOnly, s); err == nil {
			return t
		}
	}
	return time.Date(2020, 3, 5, 0, 0, 0, 0, time.UTC)
}

func revDate(r *semdiff.Revision) string {
	if r == nil {
		return ""
	}
	return r.Date
}

func editionDate(e *semdiff.Edition) string {
	if e == nil {
		return ""
	}
	return e.Date
}

func isoToShort(s string) string {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return s
	}
	return t.Format("02/01/2006")
}

// itemRow is one item changed, added or removed.
func itemRow(number Cell, it semdiff.ItemChange) Row {
	oldC, newC := content(it)
	return Row{Cells: []Cell{number, plain(semdiff.PrintedText(it, vi)), oldC, newC,
		deadline(it), agencies(it), target(it), change(it)}}
}

// The fields with columns of their own.
var (
	agencyKeys = []string{"chu_tri", "phoi_hop", "theo_doi"}
	ownColumn  = map[string]bool{"thoi_han": true, "muc_tieu": true, "chu_tri": true, "phoi_hop": true, "theo_doi": true}
)

// mainField is the field holding an item's own text.
func mainField(kind string) string {
	switch kind {
	case "task", "indicator":
		return "noi_dung"
	case "citation":
		return "so_ky_hieu"
	case "document":
		return "trich_yeu"
	}
	return "tieu_de"
}

// content is the item's text on each side, then each other field that
// changed ("Ghi chú: …"), the words taken out and put in marked; an item
// added is all new, one removed all gone.
func content(it semdiff.ItemChange) (Cell, Cell) {
	main := mainField(it.Kind)
	switch it.Change {
	case semdiff.Added:
		return nil, withValues(marked(it.Text, Inserted), it.Values, main, Inserted)
	case semdiff.Removed:
		return withValues(marked(it.Text, Deleted), it.Values, main, Deleted), nil
	}
	oldC, newC := plain(it.Text), plain(it.Text)
	if f := field(it, main); f != nil {
		oldC, newC = fieldCells(*f)
	}
	for _, f := range it.Fields {
		if f.Field == main || ownColumn[f.Field] {
			continue
		}
		o, n := fieldCells(f)
		label := upperFirst(semdiff.FieldLabel(f.Field, vi)) + ": "
		oldC = append(append(oldC, Span{"\n" + label, Plain}), o...)
		newC = append(append(newC, Span{"\n" + label, Plain}), n...)
	}
	return oldC, newC
}

// withValues adds the fields of an item added or removed that have no
// column of their own ("Trích yếu: …" of a citation, a section's
// paragraphs).
func withValues(c Cell, values []semdiff.FieldValue, main string, m Mark) Cell {
	for _, v := range values {
		// A listed document's text is its số ký hiệu and trích yếu.
		if v.Field == main || ownColumn[v.Field] || (main == "trich_yeu" && v.Field == "so_ky_hieu") {
			continue
		}
		c = append(c, Span{"\n" + upperFirst(semdiff.FieldLabel(v.Field, vi)) + ": ", Plain}, Span{v.Shown(vi), m})
	}
	return c
}

func field(it semdiff.ItemChange, key string) *semdiff.FieldChange {
	for i := range it.Fields {
		if it.Fields[i].Field == key {
			return &it.Fields[i]
		}
	}
	return nil
}

func value(it semdiff.ItemChange, key string) string {
	for _, v := range it.Values {
		if v.Field == key {
			return v.Text
		}
	}
	return ""
}

// deadline is the deadline moved ("Quý I/2026 → Quý II/2026 (chậm 3
// tháng)"), or the deadline of an item added or removed.
func deadline(it semdiff.ItemChange) Cell {
	f := field(it, "thoi_han")
	if f == nil {
		return plain(value(it, "thoi_han"))
	}
	c := arrow(*f)
	if f.Slip != nil {
		c = append(c, Span{"\n(" + semdiff.SlipText(*f.Slip, vi) + ")", Plain})
	}
	return c
}

// target is the target changed with its verdict, or the target of an
// indicator added or removed.
func target(it semdiff.ItemChange) Cell {
	f := field(it, "muc_tieu")
	if f == nil {
		return plain(value(it, "muc_tieu"))
	}
	c := arrow(*f)
	if f.Target != nil {
		c = append(c, Span{"\n(" + semdiff.VerdictText(f.Target.Verdict, vi) + ")", Plain})
	}
	return c
}

// arrow is the old value struck through, then "→" and the new value
// underlined on the next line, which keeps narrow columns readable.
func arrow(f semdiff.FieldChange) Cell {
	from, to := f.Shown(true, vi), f.Shown(false, vi)
	if from == "" {
		from = msg.TableEmpty.In(vi)
	}
	if to == "" {
		to = msg.TableEmpty.In(vi)
	}
	return Cell{{from, Deleted}, {"\n→ ", Plain}, {to, Inserted}}
}

// agencies names, per agency list changed, the agencies taken off and put
// on ("Chủ trì: Sở KH&CN Sở VHTTDL", the first struck through); for an item
// added or removed, its agencies.
func agencies(it semdiff.ItemChange) Cell {
	var c Cell
	line := func(key string) {
		if len(c) > 0 {
			c = append(c, Span{"\n", Plain})
		}
		c = append(c, Span{upperFirst(semdiff.FieldLabel(key, vi)) + ": ", Plain})
	}
	for _, key := range agencyKeys {
		if v := value(it, key); v != "" {
			line(key)
			c = append(c, Span{v, Plain})
		}
		f := field(it, key)
		if f == nil {
			continue
		}
		line(key)
		if len(f.Added) == 0 && len(f.Removed) == 0 {
			c = append(c, arrow(*f)...)
			continue
		}
		c = append(c, names(f.Removed, Deleted)...)
		if len(f.Removed) > 0 && len(f.Added) > 0 {
			c = append(c, Span{"; ", Plain})
		}
		c = append(c, names(f.Added, Inserted)...)
	}
	return c
}

func names(as []semdiff.AgencyName, m Mark) Cell {
	var c Cell
	for i, a := range as {
		if i > 0 {
			c = append(c, Span{"; ", Plain})
		}
		c = append(c, Span{a.Name, m})
	}
	return c
}

// change says what kind of change the row is, one line per kind.
func change(it semdiff.ItemChange) Cell {
	var lines []string
	switch it.Change {
	case semdiff.Added:
		lines = append(lines, msg.TableAdded.In(vi))
	case semdiff.Removed:
		lines = append(lines, msg.TableRemoved.In(vi))
	}
	if it.Moved {
		lines = append(lines, move(it))
	}
	for _, f := range it.Fields {
		lines = append(lines, fieldChange(f))
	}
	return plain(strings.Join(lines, "\n"))
}

// move says where an item moved, by the printed numbers of its groups:
// "Chuyển từ Phụ lục 02, mục I sang mục II".
func move(it semdiff.ItemChange) string {
	a, b := container(it.From), container(it.To)
	if strings.Join(a, ", ") == strings.Join(b, ", ") {
		return msg.TableReordered.In(vi)
	}
	k := 0
	for k < len(a) && k < len(b)-1 && a[k] == b[k] {
		k++
	}
	return msg.TableMoved.In(vi, strings.Join(a, ", "), strings.Join(b[k:], ", "))
}

// container is the printed place of the group or section holding an item.
func container(p *semdiff.Place) []string {
	if p == nil {
		return nil
	}
	return semdiff.PrintedParts("group", &semdiff.Place{AppendixNumber: p.AppendixNumber, Path: p.Path}, vi)
}

func fieldChange(f semdiff.FieldChange) string {
	label := semdiff.FieldLabel(f.Field, vi)
	switch {
	case f.Slip != nil && f.Slip.Later():
		return msg.TableSlipped.In(vi, semdiff.SlipText(*f.Slip, vi))
	case f.Slip != nil:
		return msg.TableAdvanced.In(vi, semdiff.SlipText(*f.Slip, vi))
	case f.Target != nil:
		return upperFirst(semdiff.VerdictText(f.Target.Verdict, vi))
	case f.Field == "chu_tri":
		return msg.TableLeadChanged.In(vi)
	case f.Field == "phoi_hop" || f.Field == "theo_doi":
		return msg.TableAgencyChange.In(vi, label)
	}
	return msg.TableEdited.In(vi, label)
}

// headerRow is a changed header field: its name in the place column.
func headerRow(number Cell, f semdiff.FieldChange) Row {
	label := semdiff.FieldLabel(f.Field, vi)
	oldC, newC := fieldCells(f)
	return Row{Cells: []Cell{number, plain(upperFirst(label)), oldC, newC, nil, nil, nil,
		plain(msg.TableEdited.In(vi, label))}}
}

// fieldCells are a field's old and new values, with the words changed
// marked when the field is text.
func fieldCells(f semdiff.FieldChange) (Cell, Cell) {
	if f.Words != nil {
		return words(f.Words, worddiff.Insert), words(f.Words, worddiff.Delete)
	}
	return marked(f.Shown(true, vi), Deleted), marked(f.Shown(false, vi), Inserted)
}

// words renders one side of a word diff: skip Insert for the old text,
// Delete for the new.
func words(ops []worddiff.Op, skip worddiff.Kind) Cell {
	var c Cell
	for _, op := range ops {
		switch op.Kind {
		case skip:
		case worddiff.Equal:
			c = append(c, Span{op.Text, Plain})
		case worddiff.Delete:
			c = append(c, Span{op.Text, Deleted})
		default:
			c = append(c, Span{op.Text, Inserted})
		}
	}
	return c
}

func plain(s string) Cell {
	if s == "" {
		return nil
	}
	return Cell{{s, Plain}}
}

func marked(s string, m Mark) Cell {
	if s == "" {
		return nil
	}
	return Cell{{s, m}}
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}
