package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"testing"
	"time"
)

var day = time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC)

// sample is a document using every feature of the writer.
func sample() *Document {
	page := &Paragraph{Props: ParaProps{Align: AlignCenter}, Runs: []Inline{&Field{Instr: "PAGE", Shown: "1"}}}
	return &Document{
		Props:  Props{Title: "Kế hoạch số 1174/KH-UBND", Creator: "UBND tỉnh Nghệ An", Created: day},
		Custom: []Property{{"kh_ke_hoach", "na-kh-2026-cds"}, {"kh_vong", "1"}},
		Font:   "Times New Roman", Size: 14,
		Styles: []Style{
			{ID: "Normal", Name: "Normal", Default: true, Para: ParaProps{Align: AlignJustify, Indent: &Indent{FirstLine: 720}, Spacing: &Spacing{After: 120, Line: 264}}},
			{ID: "Heading1", Name: "heading 1", BasedOn: "Normal", Next: "Normal", Outline: 1, Para: ParaProps{KeepNext: On}, Run: RunProps{Bold: On}},
		},
		Comments: []Comment{{ID: 7, Author: "Sở Tài chính", Initials: "STC", Date: day, Text: []string{"Đề nghị bỏ", "vì trùng"}}},
		Sections: []*Section{
			{
				Page:   Page{Margin: Margin{Top: MM(20), Bottom: MM(20), Left: MM(30), Right: MM(15), Header: MM(10)}},
				Header: []Block{page}, TitlePage: true,
				Blocks: []Block{
					&Table{Grid: []int{3600, 5800}, Rows: []*Row{{Cells: []*Cell{
						{Blocks: []Block{&Paragraph{Runs: []Inline{&Run{Text: "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN", Props: RunProps{Bold: On}}}}}},
						{Blocks: []Block{&Paragraph{Props: ParaProps{BorderBottom: &Border{Size: 6}}, Runs: []Inline{&Run{Text: "Độc lập - Tự do - Hạnh phúc"}}}}},
					}}}},
					&Paragraph{Style: "Heading1", Bookmark: "kh_muc_tieu", Runs: []Inline{&Run{Text: "I. MỤC TIÊU"}}},
					&Paragraph{Bookmark: "kh_doan", Comments: []int{7}, Runs: []Inline{
						&Run{Text: "Phát triển "},
						&Run{Text: "đồng bộ", Change: &Change{Kind: Delete, Author: "Sở Tài chính", Date: day}},
						&Run{Text: "toàn diện", Change: &Change{Kind: Insert, Author: "Sở Tài chính", Date: day}},
						&Run{Text: "\thạ tầng <số> & \"dữ liệu\"\x01"},
					}},
				},
			},
			{
				Page:   Page{Landscape: true, Margin: Margin{Top: MM(20), Bottom: MM(20), Left: MM(20), Right: MM(20)}},
				Header: []Block{page}, TitlePage: true, PageStart: 1,
				Blocks: []Block{&Table{Grid: []int{700, 6000, 3000}, Borders: true, Rows: []*Row{
					{Header: true, CantSplit: true, Cells: []*Cell{{Blocks: []Block{&Paragraph{Runs: []Inline{&Run{Text: "TT"}}}}}, {}, {}}},
					{CantSplit: true, Cells: []*Cell{{Merge: MergeStart}, {Span: 2, Blocks: []Block{&Paragraph{Runs: []Inline{&Run{Text: "I Nhóm"}}}}}}},
					{CantSplit: true, Bookmark: "kh_nv_ioc", Cells: []*Cell{{Merge: MergeContinue}, {VAlign: VCenter}, {}}},
				}}},
			},
		},
	}
}

func write(t *testing.T, d *Document) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := d.Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func entries(t *testing.T, data []byte) map[string]string {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, f := range z.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(rc)
		rc.Close()
		out[f.Name] = string(b)
		if !f.Modified.Equal(zipTime) {
			t.Errorf("%s: modified %v, want the fixed time", f.Name, f.Modified)
		}
	}
	return out
}

func TestDeterministic(t *testing.T) {
	a, b := write(t, sample()), write(t, sample())
	if !bytes.Equal(a, b) {
		t.Fatal("two writes of the same document differ")
	}
	z, _ := zip.NewReader(bytes.NewReader(a), int64(len(a)))
	var names []string
	for _, f := range z.File {
		names = append(names, f.Name)
	}
	want := "[Content_Types].xml _rels/.rels docProps/core.xml docProps/app.xml docProps/custom.xml word/document.xml word/_rels/document.xml.rels word/styles.xml word/settings.xml word/header1.xml word/header2.xml word/comments.xml"
	if got := strings.Join(names, " "); got != want {
		t.Errorf("entries:\n got %s\nwant %s", got, want)
	}
}

// TestWellFormed parses every part: a part Word cannot parse makes it
// refuse the whole document.
func TestWellFormed(t *testing.T) {
	for name, body := range entries(t, write(t, sample())) {
		dec := xml.NewDecoder(strings.NewReader(body))
		for {
			_, err := dec.Token()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
		}
	}
}

func TestMarkup(t *testing.T) {
	parts := entries(t, write(t, sample()))
	doc := parts["word/document.xml"]
	for _, want := range []string{
		// Section 1 ends in the last paragraph; its properties name the
		// shared page-number header and an empty first-page header.
		`<w:sectPr><w:headerReference w:type="default" r:id="rId3"/><w:headerReference w:type="first" r:id="rId4"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="567" w:footer="0" w:gutter="0"/><w:titlePg/>`,
		`<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>`,
		`<w:pgNumType w:start="1"/><w:titlePg/>`,
		`<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>`,
		`<w:gridSpan w:val="2"/>`, `<w:vMerge w:val="restart"/>`, `<w:vMerge/>`,
		`<w:tblBorders><w:top w:val="nil"/>`, `<w:tblLayout w:type="fixed"/>`,
		`<w:bookmarkStart w:id="0" w:name="kh_muc_tieu"/>`,
		`<w:commentRangeStart w:id="7"/>`, `<w:commentReference w:id="7"/>`,
		`<w:del w:id="0" w:author="Sở Tài chính" w:date="2025-12-31T00:00:00Z"><w:r><w:delText xml:space="preserve">đồng bộ</w:delText></w:r></w:del>`,
		`<w:ins w:id="1"`,
		`<w:tab/><w:t xml:space="preserve">hạ tầng &lt;số&gt; &amp; "dữ liệu"</w:t>`,
		`ỦY BAN NHÂN DÂN</w:t><w:br/><w:t xml:space="preserve">TỈNH NGHỆ AN`,
		`<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="0"`,
	} {
		if !strings.Contains(doc, want) {
			t.Errorf("document.xml lacks %s", want)
		}
	}
	// The row bookmark opens in the first cell and closes in the last.
	row := doc[strings.Index(doc, `w:name="kh_nv_ioc"`):]
	if strings.Index(row, `<w:bookmarkEnd w:id="2"/>`) < strings.Index(row, "</w:tc><w:tc>") {
		t.Error("row bookmark closes before the last cell")
	}
	if !strings.Contains(parts["word/header1.xml"], `<w:instrText xml:space="preserve"> PAGE </w:instrText>`) {
		t.Error("header1 has no PAGE field")
	}
	if !strings.Contains(parts["word/styles.xml"], `<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>`) {
		t.Errorf("heading style:\n%s", parts["word/styles.xml"])
	}
	if !strings.Contains(parts["docProps/custom.xml"], `name="kh_ke_hoach"><vt:lpwstr>na-kh-2026-cds</vt:lpwstr>`) {
		t.Error("custom property missing")
	}
	if !strings.Contains(parts["docProps/core.xml"], `<dcterms:created xsi:type="dcterms:W3CDTF">2025-12-31T00:00:00Z</dcterms:created>`) {
		t.Error("core created date missing")
	}
}

func TestErrors(t *testing.T) {
	cases := []struct {
		name string
		doc  *Document
		want string
	}{
		{"no sections", &Document{}, "at least one section"},
		{"unknown comment", &Document{Sections: []*Section{{Blocks: []Block{&Paragraph{Comments: []int{3}}}}}}, "comment 3"},
		{"duplicate comment", &Document{Comments: []Comment{{ID: 1}, {ID: 1}}, Sections: []*Section{{}}}, "used twice"},
		{"row too wide", &Document{Sections: []*Section{{Blocks: []Block{&Table{Grid: []int{100}, Rows: []*Row{{Cells: []*Cell{{}, {}}}}}}}}}, "spans 2 columns"},
		{"no grid", &Document{Sections: []*Section{{Blocks: []Block{&Table{}}}}}, "column widths"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := c.doc.Write(io.Discard)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("got %v, want an error with %q", err, c.want)
			}
		})
	}
}

func TestUnits(t *testing.T) {
	for _, c := range []struct{ got, want int }{{MM(20), 1134}, {MM(30), 1701}, {MM(12.7), 720}, {Pt(6), 120}} {
		if c.got != c.want {
			t.Errorf("got %d, want %d", c.got, c.want)
		}
	}
}
