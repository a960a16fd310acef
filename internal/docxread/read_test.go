package docxread

import (
	"archive/zip"
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/kh-tools/kh/internal/docx"
	"github.com/kh-tools/kh/internal/msg"
)

// written is a document made by our writer with every feature the reader
// must give back.
func written(t testing.TB) []byte {
	t.Helper()
	day := time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC)
	cell := func(s string) *docx.Cell {
		return &docx.Cell{Blocks: []docx.Block{&docx.Paragraph{Runs: []docx.Inline{&docx.Run{Text: s}}}}}
	}
	d := &docx.Document{
		Props:  docx.Props{Title: "Kế hoạch", Creator: "kh", Created: day},
		Custom: []docx.Property{{Name: "kh_ke_hoach", Value: "na-kh-2026-cds"}},
		Styles: []docx.Style{
			{ID: "Normal", Name: "Normal", Default: true},
			{ID: "Heading1", Name: "heading 1", BasedOn: "Normal", Outline: 1, Run: docx.RunProps{Bold: docx.On}},
			{ID: "KhTitle", Name: "kh title", BasedOn: "Heading1", Run: docx.RunProps{Italic: docx.On}},
		},
		Comments: []docx.Comment{{ID: 4, Author: "Sở Tài chính", Initials: "STC", Date: day, Text: []string{"Đề nghị", "bỏ cụm từ"}}},
		Sections: []*docx.Section{
			{TitlePage: true, Blocks: []docx.Block{
				&docx.Paragraph{Style: "Heading1", Bookmark: "kh_muc", Runs: []docx.Inline{&docx.Run{Text: "I. MỤC TIÊU"}}},
				&docx.Paragraph{Style: "KhTitle", Runs: []docx.Inline{&docx.Run{Text: "đứng", Props: docx.RunProps{Italic: docx.Off}}, &docx.Run{Text: " nghiêng"}}},
				&docx.Paragraph{Bookmark: "kh_doan", Comments: []int{4}, Runs: []docx.Inline{
					&docx.Run{Text: "Phát triển "},
					&docx.Run{Text: "đồng bộ", Change: &docx.Change{Kind: docx.Delete, Author: "Sở Tài chính", Date: day}},
					&docx.Run{Text: "toàn diện", Change: &docx.Change{Kind: docx.Insert, Author: "Sở Tài chính", Date: day}},
					&docx.Run{Text: " hạ tầng\tsố\nmới"},
				}},
			}},
			{Page: docx.Page{Landscape: true}, PageStart: 1, Blocks: []docx.Block{&docx.Table{Grid: []int{700, 5000, 2000}, Borders: true, Rows: []*docx.Row{
				{Header: true, CantSplit: true, Cells: []*docx.Cell{cell("TT"), cell("Nhiệm vụ"), cell("Thời hạn")}},
				{Cells: []*docx.Cell{{Merge: docx.MergeStart, Blocks: []docx.Block{&docx.Paragraph{Runs: []docx.Inline{&docx.Run{Text: "I"}}}}}, {Span: 2, Blocks: []docx.Block{&docx.Paragraph{Runs: []docx.Inline{&docx.Run{Text: "Nhóm"}}}}}}},
				{Bookmark: "kh_nv_ioc", Cells: []*docx.Cell{{Merge: docx.MergeContinue}, cell("Vận hành IOC"), cell("Quý I/2026")}},
			}}}},
		},
	}
	var b bytes.Buffer
	if err := d.Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestRoundTrip(t *testing.T) {
	f, err := Read(written(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Blocks) != 5 {
		t.Fatalf("%d blocks, want 3 paragraphs, a table and the closing paragraph", len(f.Blocks))
	}
	h := f.Blocks[0].(*Para)
	if h.Text() != "I. MỤC TIÊU" || h.Outline != 1 || h.StyleName != "heading 1" || !h.Runs[0].Bold || !slices.Equal(h.Bookmarks, []string{"kh_muc"}) {
		t.Errorf("heading: %+v", h)
	}
	mixed := f.Blocks[1].(*Para)
	if got := []bool{mixed.Runs[0].Bold, mixed.Runs[0].Italic, mixed.Runs[1].Italic}; !slices.Equal(got, []bool{true, false, true}) {
		t.Errorf("style inheritance: bold/italic %v", got)
	}
	p := f.Blocks[2].(*Para)
	if got, want := p.Text(), "Phát triển toàn diện hạ tầng\tsố\nmới"; got != want {
		t.Errorf("accepted text %q, want %q", got, want)
	}
	if got, want := p.Original(), "Phát triển đồng bộ hạ tầng\tsố\nmới"; got != want {
		t.Errorf("original text %q, want %q", got, want)
	}
	if !p.Changed() || p.Runs[1].Del == nil || p.Runs[1].Del.Author != "Sở Tài chính" || p.Runs[2].Ins == nil {
		t.Errorf("tracked changes: %+v", p.Runs)
	}
	if !slices.Equal(p.Comments, []string{"4"}) || !slices.Equal(p.Bookmarks, []string{"kh_doan"}) {
		t.Errorf("anchors: comments %v bookmarks %v", p.Comments, p.Bookmarks)
	}
	c := f.Comments[0]
	if c.ID != "4" || c.Author != "Sở Tài chính" || c.Initials != "STC" || c.Text != "Đề nghị\nbỏ cụm từ" || c.Quote != "Phát triển toàn diện hạ tầng\tsố\nmới" || c.Date != "2026-01-05T00:00:00Z" {
		t.Errorf("comment: %+v", c)
	}
	tb := f.Blocks[3].(*Table)
	if len(tb.Rows) != 3 || !tb.Rows[0].Header || !tb.Rows[0].CantSplit || tb.Rows[1].Header || !slices.Equal(tb.Grid, []int{700, 5000, 2000}) {
		t.Errorf("table rows: %+v", tb.Rows)
	}
	if got := []string{tb.Rows[1].Cells[0].Merge, tb.Rows[2].Cells[0].Merge}; !slices.Equal(got, []string{"restart", "continue"}) || tb.Rows[1].Cells[1].Span != 2 {
		t.Errorf("merges %v, span %d", got, tb.Rows[1].Cells[1].Span)
	}
	if got := tb.Rows[2].Bookmarks(); !slices.Equal(got, []string{"kh_nv_ioc"}) || tb.Rows[2].Cells[1].Text() != "Vận hành IOC" {
		t.Errorf("row bookmarks %v", got)
	}
	wantSect := []SectionInfo{
		{Width: 11906, Height: 16838, TitlePage: true, First: 0, End: 3},
		{Width: 16838, Height: 11906, Landscape: true, PageStart: 1, First: 3, End: 5},
	}
	if d := cmp.Diff(wantSect, f.Sections); d != "" {
		t.Errorf("sections (-want +got):\n%s", d)
	}
	if f.Custom["kh_ke_hoach"] != "na-kh-2026-cds" || f.Core.Title != "Kế hoạch" || f.Core.Created != "2026-01-05T00:00:00Z" {
		t.Errorf("properties: %v %+v", f.Custom, f.Core)
	}
	if n := len(f.Paras()); n != 12 {
		t.Errorf("%d paragraphs in reading order, want 12", n)
	}
}

// pack zips parts in the order given.
func pack(t testing.TB, parts ...string) []byte {
	t.Helper()
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	for i := 0; i+1 < len(parts); i += 2 {
		w, err := z.Create(parts[i])
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(parts[i+1]))
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

const (
	wNS      = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	rootRels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`
	docRels  = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="/word/styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/" TargetMode="External"/></Relationships>`
)

// doc packs a body (and numbering and styles parts) as Word would.
func doc(t testing.TB, body, numbering, styles string) []byte {
	return pack(t,
		"_rels/.rels", rootRels,
		"word/_rels/document.xml.rels", docRels,
		"word/document.xml", `<w:document `+wNS+`><w:body>`+body+`</w:body></w:document>`,
		"word/numbering.xml", `<w:numbering `+wNS+`>`+numbering+`</w:numbering>`,
		"word/styles.xml", `<w:styles `+wNS+`>`+styles+`</w:styles>`)
}

func p(numID, ilvl, text string) string {
	return `<w:p><w:pPr><w:numPr><w:ilvl w:val="` + ilvl + `"/><w:numId w:val="` + numID + `"/></w:numPr></w:pPr><w:r><w:t>` + text + `</w:t></w:r></w:p>`
}

// outline is a Vietnamese plan outline as Word's automatic numbering
// would make it: I., 1., a), -, and a legal 1.1. list.
const outline = `<w:abstractNum w:abstractNumId="0">` +
	`<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>` +
	`<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>` +
	`<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>` +
	`<w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl>` +
	`</w:abstractNum>` +
	`<w:abstractNum w:abstractNumId="1">` +
	`<w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>` +
	`<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>` +
	`<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%3)"/><w:lvlRestart w:val="0"/></w:lvl>` +
	`</w:abstractNum>` +
	`<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimalZero"/><w:lvlText w:val="Phụ lục %1"/><w:pStyle w:val="PhuLuc"/></w:lvl></w:abstractNum>` +
	`<w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1.%2"/><w:isLgl/></w:lvl></w:abstractNum>` +
	`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` +
	`<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>` +
	`<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="2"><w:startOverride w:val="1"/></w:lvlOverride></w:num>` +
	`<w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num>` +
	`<w:num w:numId="5"><w:abstractNumId w:val="2"/></w:num>` +
	`<w:num w:numId="6"><w:abstractNumId w:val="3"/></w:num>`

func TestListLabels(t *testing.T) {
	body := p("1", "0", "MỤC TIÊU") + p("1", "1", "Mục tiêu chung") + p("1", "2", "Hạ tầng") + p("1", "2", "Dữ liệu") +
		p("1", "3", "gạch") + p("1", "3", "gạch") + p("1", "1", "Mục tiêu cụ thể") + p("1", "2", "Chính quyền số") +
		// Another num of the same list continues it.
		p("2", "0", "NHIỆM VỤ") + p("2", "2", "không có cấp 2") +
		// A start override restarts the letters.
		p("3", "2", "lại từ a") +
		p("4", "0", "ba") + p("4", "1", "ba chấm một") + p("4", "2", "i") + p("4", "1", "ba chấm hai") + p("4", "2", "không lại từ đầu") + p("4", "0", "bốn") + p("4", "1", "bốn chấm một") +
		// Numbered through the style; numId 0 removes the number.
		`<w:p><w:pPr><w:pStyle w:val="PhuLuc"/></w:pPr><w:r><w:t>a</w:t></w:r></w:p>` +
		`<w:p><w:pPr><w:pStyle w:val="PhuLuc"/></w:pPr><w:r><w:t>b</w:t></w:r></w:p>` +
		`<w:p><w:pPr><w:pStyle w:val="PhuLuc"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>c</w:t></w:r></w:p>` +
		p("6", "0", "A") + p("6", "1", "legal") + p("6", "1", "legal")
	styles := `<w:style w:type="paragraph" w:styleId="PhuLuc"><w:name w:val="Phu luc"/><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>`
	f, err := Read(doc(t, body, outline, styles))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range f.Paras() {
		got = append(got, p.Label)
	}
	want := []string{"I.", "1.", "a)", "b)", "-", "-", "2.", "a)", "II.", "a)", "a)",
		"3.", "3.1.", "(i)", "3.2.", "(ii)", "4.", "4.1.", "Phụ lục 01", "Phụ lục 02", "", "A.", "1.1", "1.2"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("labels (-want +got):\n%s", d)
	}
}

func TestNumberFormats(t *testing.T) {
	for _, c := range []struct {
		v      int
		format string
		want   string
	}{
		{27, "lowerLetter", "aa"}, {28, "upperLetter", "BB"}, {1994, "upperRoman", "MCMXCIV"}, {9, "lowerRoman", "ix"},
		{7, "decimalZero", "07"}, {12, "decimalZero", "12"}, {5, "none", ""}, {5, "ordinal", "5"},
	} {
		if got := formatNumber(c.v, c.format); got != c.want {
			t.Errorf("formatNumber(%d, %s) = %q, want %q", c.v, c.format, got, c.want)
		}
	}
}

// TestContent covers what Word writes around text: content controls,
// hyperlinks, fields, symbols, moves, comment replies, strict namespaces.
func TestContent(t *testing.T) {
	body := `<w:sdt><w:sdtPr><w:tag w:val="kh:nv-ioc"/></w:sdtPr><w:sdtContent>` +
		`<w:p><w:hyperlink><w:r><w:t>liên kết</w:t></w:r></w:hyperlink><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>` +
		`<w:r><w:sym w:font="Symbol" w:char="F0B7"/><w:softHyphen/><w:noBreakHyphen/></w:r><w:moveFrom w:author="A"><w:r><w:t>cũ</w:t></w:r></w:moveFrom><w:moveTo w:author="A"><w:r><w:t>mới</w:t></w:r></w:moveTo></w:p>` +
		`</w:sdtContent></w:sdt>` +
		`<w:p><w:pPr><w:rPr><w:del w:id="9" w:author="A"/></w:rPr></w:pPr><w:bookmarkStart w:id="1" w:name="_GoBack"/><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve"> đậm </w:t></w:r><w:r><w:commentReference w:id="5"/></w:r></w:p>`
	comments := `<w:comments ` + wNS + ` xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"><w:comment w:id="5" w:author="A"><w:p w14:paraId="00000001"><w:r><w:t>hỏi</w:t></w:r></w:p></w:comment><w:comment w:id="6" w:author="B"><w:p w14:paraId="00000002"><w:r><w:t>đáp</w:t></w:r></w:p></w:comment></w:comments>`
	ext := `<w15:commentsEx xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"><w15:commentEx w15:paraId="00000001" w15:done="1"/><w15:commentEx w15:paraId="00000002" w15:paraIdParent="00000001"/></w15:commentsEx>`
	data := pack(t,
		"_rels/.rels", rootRels,
		"word/_rels/document.xml.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/><Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2011/relationships/commentsExtended" Target="commentsExtended.xml"/></Relationships>`,
		"word/document.xml", `<w:document `+wNS+`><w:body>`+body+`</w:body></w:document>`,
		"word/comments.xml", comments,
		"word/commentsExtended.xml", ext)
	f, err := Read(data)
	if err != nil {
		t.Fatal(err)
	}
	ps := f.Paras()
	if got := ps[0].Text(); got != "liên kết7•-mới" {
		t.Errorf("text %q", got)
	}
	if got := ps[0].Original(); got != "liên kết7•-cũ" {
		t.Errorf("original %q", got)
	}
	if !slices.Equal(ps[0].Tags, []string{"kh:nv-ioc"}) || len(ps[1].Tags) != 0 {
		t.Errorf("tags %v %v", ps[0].Tags, ps[1].Tags)
	}
	if !ps[1].MarkDeleted || len(ps[1].Bookmarks) != 0 || !ps[1].Runs[0].Bold || !slices.Equal(ps[1].Comments, []string{"5"}) {
		t.Errorf("second paragraph %+v", ps[1])
	}
	if c := f.Comments; !c[0].Done || c[1].Parent != "5" || c[1].Done {
		t.Errorf("comment thread: %+v %+v", c[0], c[1])
	}

	strict := pack(t,
		"_rels/.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" Target="/word/document.xml"/></Relationships>`,
		"word/document.xml", `<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body><w:p><w:r><w:t>strict</w:t></w:r></w:p></w:body></w:document>`)
	if f, err := Read(strict); err != nil || f.Paras()[0].Text() != "strict" {
		t.Errorf("strict document: %v", err)
	}
}

func TestRefused(t *testing.T) {
	deep := strings.Repeat("<w:customXml>", 300) + strings.Repeat("</w:customXml>", 300)
	var many []string
	for i := 0; i < 20; i++ {
		many = append(many, "x"+string(rune('a'+i)), "")
	}
	bomb := pack(t, "_rels/.rels", rootRels, "word/document.xml", `<w:document `+wNS+`><w:body><w:p><w:r><w:t>`+strings.Repeat("a", 1<<21)+`</w:t></w:r></w:p></w:body></w:document>`)
	small := Limits{FileSize: 1 << 20, Entries: 10, PartSize: 1 << 20, Total: 2 << 20, Depth: 64}
	cases := []struct {
		name string
		data []byte
		lim  Limits
		kind error
		vi   string
	}{
		{"text file", []byte("Kế hoạch"), DefaultLimits, ErrNotDocx, "không phải tệp Word"},
		{"empty zip", pack(t), DefaultLimits, ErrNotDocx, "không phải tệp Word"},
		{"workbook", pack(t, "_rels/.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>`, "xl/workbook.xml", "<workbook/>"), DefaultLimits, ErrWorkbook, "bảng tính Excel"},
		{"workbook as Excel writes it", pack(t, "_rels/.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`, "xl/workbook.xml", "<workbook/>"), DefaultLimits, ErrWorkbook, "bảng tính Excel"},
		{"encrypted", cfb(t, "EncryptionInfo", "EncryptedPackage"), DefaultLimits, ErrEncrypted, "đặt mật khẩu"},
		{"word 97", cfb(t, "WordDocument", "1Table"), DefaultLimits, ErrLegacy, "Word 97-2003"},
		{"other compound file", cfb(t, "Workbook"), DefaultLimits, ErrNotDocx, "không phải tệp Word"},
		{"damaged compound file", append(append([]byte(nil), cfbMagic...), make([]byte, 100)...), DefaultLimits, ErrNotDocx, "không phải tệp Word"},
		{"zip bomb", bomb, small, ErrTooLarge, "vượt giới hạn"},
		{"too many entries", pack(t, many...), small, ErrTooLarge, "20 mục"},
		{"file too large", bomb, Limits{FileSize: 100}, ErrTooLarge, "vượt giới hạn"},
		{"deep XML", doc(t, deep, "", ""), small, ErrTooLarge, "lồng quá sâu"},
		{"doctype", pack(t, "_rels/.rels", rootRels, "word/document.xml", `<!DOCTYPE d [<!ENTITY a "aaaa">]><w:document `+wNS+`><w:body/></w:document>`), DefaultLimits, ErrMalformed, "DOCTYPE"},
		{"bad XML", pack(t, "_rels/.rels", rootRels, "word/document.xml", `<w:document `+wNS+`><w:body>`), DefaultLimits, ErrMalformed, "word/document.xml"},
		{"duplicate part", pack(t, "_rels/.rels", rootRels, "word/document.xml", "<a/>", "word/Document.xml", "<b/>"), DefaultLimits, ErrMalformed, "trùng tên"},
		{"no body", pack(t, "_rels/.rels", rootRels, "word/document.xml", `<w:document `+wNS+`/>`), DefaultLimits, ErrMalformed, "w:body"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := ReadLimits(c.data, c.lim)
			if !errors.Is(err, c.kind) {
				t.Fatalf("got %v, want %v", err, c.kind)
			}
			var e *msg.Error
			if !errors.As(err, &e) || !strings.Contains(e.Text.VI, c.vi) || e.Text.EN == "" || e.Text.EN == e.Text.VI {
				t.Errorf("message %+v, want Vietnamese with %q and English", e, c.vi)
			}
		})
	}
}

// TestLibreOfficeBookmarks: LibreOffice writes an empty paragraph's
// bookmark as two starts and one end; the bookmark must not stay open
// over the rest of the document.
func TestLibreOfficeBookmarks(t *testing.T) {
	body := `<w:p><w:r><w:t>a</w:t></w:r><w:bookmarkStart w:id="1" w:name="kh_x"/><w:bookmarkStart w:id="2" w:name="kh_x"/><w:bookmarkEnd w:id="2"/></w:p>` +
		`<w:p><w:bookmarkStart w:id="3" w:name="kh_y"/><w:r><w:t>b</w:t></w:r><w:bookmarkEnd w:id="3"/></w:p>`
	f, err := Read(doc(t, body, "", ""))
	if err != nil {
		t.Fatal(err)
	}
	ps := f.Paras()
	if !slices.Equal(ps[0].Bookmarks, []string{"kh_x"}) || !slices.Equal(ps[1].Bookmarks, []string{"kh_y"}) {
		t.Errorf("bookmarks %v %v", ps[0].Bookmarks, ps[1].Bookmarks)
	}
}
