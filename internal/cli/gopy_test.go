package cli

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
	"go.yaml.in/yaml/v3"

	"github.com/kh-tools/kh/internal/docxread"
	"github.com/kh-tools/kh/internal/gopy"
	"github.com/kh-tools/kh/internal/pdf/pdftext"
	"github.com/kh-tools/kh/internal/word"
)

const (
	roundPlan = "plans/nghe-an/kh-2026-cds"
	roundOut  = "out/gop-y/na-kh-2026-cds/du-thao-2"
	answers   = roundPlan + "/gop-y/du-thao-2"
)

// roundRepo copies plans/ into a temporary folder and turns the 2026 plan
// back into its second draft, sent for comments on 10/12/2025 to four sở
// (the members given to "các sở, ban, ngành" here) and UBND tỉnh.
func roundRepo(t *testing.T) string {
	t.Helper()
	wd := t.TempDir()
	copyTree(t, "../../plans", filepath.Join(wd, "plans"))
	edit(t, filepath.Join(wd, roundPlan, "ke-hoach.yaml"), func(s string) string {
		s = regexp.MustCompile(`(?m)^so: 1174\n`).ReplaceAllString(s, "")
		s = strings.Replace(s, "ngay: 2025-12-31\n", "du_thao: 2\n", 1)
		return strings.Replace(s, "thoi_ky: Năm 2026\n", `thoi_ky: Năm 2026
lay_y_kien:
  - du_thao: 2
    ngay_gui: 2025-12-10
    han: trong 05 ngày làm việc
    gui: [cac-so-nganh, van-phong-ubnd-tinh]
    soan_thao: so-khcn
    van_ban: 1234/SKHCN-CĐS
`, 1)
	})
	edit(t, filepath.Join(wd, "plans/nghe-an/co-quan.yaml"), func(s string) string {
		// The registry's first member list is that of "các sở, ban, ngành".
		block := regexp.MustCompile(`(?m)^    thanh_vien:\n(?:      - .*\n)+`)
		loc := block.FindStringIndex(s)
		if loc == nil {
			t.Fatal("no member list in co-quan.yaml")
		}
		return s[:loc[0]] + "    thanh_vien: [so-noi-vu, so-tai-chinh, so-khcn, so-tu-phap]\n" + s[loc[1]:]
	})
	if code, _, errs := runForm(t, wd, "fmt", roundPlan+"/ke-hoach.yaml", "plans/nghe-an/co-quan.yaml"); code != 0 {
		t.Fatalf("fmt: %s", errs)
	}
	return wd
}

func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.Walk(src, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if info.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

func edit(t *testing.T, path string, change func(string) string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	out := change(string(data))
	if out == string(data) {
		t.Fatalf("%s: the edit changed nothing", path)
	}
	if err := os.WriteFile(path, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
}

// formRow finds the form row of a key.
func formRow(t *testing.T, f *excelize.File, key string) int {
	t.Helper()
	rows, err := f.GetRows(gopy.FormSheet)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range rows {
		if len(r) > 1 && r[1] == key {
			return i + 1
		}
	}
	t.Fatalf("no row for %s", key)
	return 0
}

// returned builds the copy an agency sends back, as Word saves it: a
// comment on the task's text and a tracked change of its deadline.
func returned(t *testing.T, sent, out string) {
	t.Helper()
	parts := unzip(t, sent)
	doc := parts["word/document.xml"]
	text := word.Bookmark(word.Ref{ID: "nv-kien-toan-bo-may", Field: "noi_dung"})
	due := word.Bookmark(word.Ref{ID: "nv-kien-toan-bo-may", Field: "thoi_han"})
	start := regexp.MustCompile(`<w:bookmarkStart w:id="\d+" w:name="` + text + `"/>`)
	doc = start.ReplaceAllStringFunc(doc, func(m string) string { return m + `<w:commentRangeStart w:id="0"/>` })
	i := strings.Index(doc, `w:name="`+text+`"`)
	end := i + strings.Index(doc[i:], "</w:p>")
	doc = doc[:end] + `<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>` + doc[end:]
	j := strings.Index(doc, `w:name="`+due+`"`)
	run := `<w:r><w:t xml:space="preserve">Quý I/2026</w:t></w:r>`
	k := j + strings.Index(doc[j:], run)
	if k < j {
		t.Fatal("deadline run not found")
	}
	doc = doc[:k] + `<w:del w:id="90" w:author="Sở Tài chính" w:date="2025-12-15T09:00:00Z"><w:r><w:delText>Quý I/2026</w:delText></w:r></w:del>` +
		`<w:ins w:id="91" w:author="Sở Tài chính" w:date="2025-12-15T09:00:00Z"><w:r><w:t>Quý II/2026</w:t></w:r></w:ins>` + doc[k+len(run):]
	parts["word/document.xml"] = doc
	parts["word/comments.xml"] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="0" w:author="Nguyễn Văn A" w:date="2025-12-15T09:00:00Z" w:initials="NVA"><w:p><w:r><w:t>Đề nghị nêu rõ người đứng đầu cơ quan nào.</w:t></w:r></w:p></w:comment></w:comments>`
	parts["word/_rels/document.xml.rels"] = strings.Replace(parts["word/_rels/document.xml.rels"], "</Relationships>",
		`<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>`, 1)
	parts["[Content_Types].xml"] = strings.Replace(parts["[Content_Types].xml"], "</Types>",
		`<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>`, 1)
	rezip(t, out, parts)
}

func unzip(t *testing.T, path string) map[string]string {
	t.Helper()
	z, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer z.Close()
	out := map[string]string{}
	for _, f := range z.File {
		rc, _ := f.Open()
		b, _ := io.ReadAll(rc)
		rc.Close()
		out[f.Name] = string(b)
	}
	return out
}

func rezip(t *testing.T, path string, parts map[string]string) {
	t.Helper()
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	names := []string{"[Content_Types].xml"}
	for n := range parts {
		if n != names[0] {
			names = append(names, n)
		}
	}
	for _, n := range names {
		w, _ := z.Create(n)
		w.Write([]byte(parts[n]))
	}
	z.Close()
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// answer sets the response of comment i of an answer file, as the
// drafting officer does in the YAML.
func answer(t *testing.T, path string, i int, response, reason string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	var list *yaml.Node
	root := doc.Content[0]
	for k := 0; k+1 < len(root.Content); k += 2 {
		if root.Content[k].Value == "y_kien" {
			list = root.Content[k+1]
		}
	}
	c := list.Content[i]
	c.Content = append(c.Content,
		&yaml.Node{Kind: yaml.ScalarNode, Value: "tra_loi"}, &yaml.Node{Kind: yaml.ScalarNode, Value: response},
		&yaml.Node{Kind: yaml.ScalarNode, Value: "ly_do"}, &yaml.Node{Kind: yaml.ScalarNode, Value: reason})
	out, err := yaml.Marshal(&doc)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, out, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestCommentRound runs a round as a drafting officer would: send, fill two
// forms and return one annotated copy, read the three back with one edit
// applied, answer the comments, and build the summary table.
func TestCommentRound(t *testing.T) {
	wd := roundRepo(t)
	code, out, errs := runForm(t, wd, "gop-y", "gui", roundPlan)
	if code != 0 {
		t.Fatalf("gui: %d\n%s", code, errs)
	}
	for _, a := range []string{"so-noi-vu", "so-tai-chinh", "so-khcn", "so-tu-phap", "van-phong-ubnd-tinh"} {
		for _, ext := range []string{".docx", ".xlsx"} {
			if !strings.Contains(out, roundOut+"/"+a+ext) {
				t.Errorf("gui did not write %s%s:\n%s", a, ext, out)
			}
		}
	}
	sent := filepath.Join(wd, roundOut)
	fill(t, filepath.Join(sent, "so-noi-vu.xlsx"), func(f *excelize.File) {
		set(t, f, gopy.FormSheet, "E"+itoa(formRow(t, f, "nv-kien-toan-bo-may#noi_dung")), "Bổ sung: kiện toàn Ban Chỉ đạo cấp xã.")
		set(t, f, gopy.FormSheet, "E"+itoa(formRow(t, f, "na-kh-2026-cds")), "Cơ bản nhất trí, có ý kiến tại mục kiện toàn bộ máy.")
	})
	fill(t, filepath.Join(sent, "so-tai-chinh.xlsx"), func(f *excelize.File) {
		set(t, f, gopy.FormSheet, "E"+itoa(formRow(t, f, "na-kh-2026-cds")), "Nhất trí.")
	})
	os.MkdirAll(filepath.Join(wd, "ve"), 0o755)
	returned(t, filepath.Join(sent, "so-khcn.docx"), filepath.Join(wd, "ve/so-khcn.docx"))

	copyTree(t, filepath.Join(wd, "plans"), filepath.Join(wd, "before/plans"))
	code, out, errs = runForm(t, wd, "gop-y", "nhan", roundOut+"/so-noi-vu.xlsx", roundOut+"/so-tai-chinh.xlsx", "ve/so-khcn.docx",
		"--ngay-nhan", "2025-12-16", "--apply", "nv-kien-toan-bo-may")
	if code != 0 {
		t.Fatalf("nhan: %d\n%s\n%s", code, out, errs)
	}
	if !strings.Contains(errs, "[-Quý I/2026-]{+Quý II/2026+}") && !strings.Contains(errs, "Quý [-I-]{+II+}/2026") {
		t.Errorf("the proposed edit is not shown word by word:\n%s", errs)
	}
	for _, a := range []string{"so-noi-vu", "so-tai-chinh", "so-khcn"} {
		if _, err := os.Stat(filepath.Join(wd, answers, a+".yaml")); err != nil {
			t.Errorf("no answer of %s: %v", a, err)
		}
	}
	// The applied edit is a change kh diff shows like any other.
	code, out, errs = runForm(t, wd, "diff", "before/"+roundPlan, roundPlan)
	if !strings.Contains(out, "Quý I/2026 → Quý II/2026") {
		t.Errorf("kh diff after --apply: %d\n%s\n%s", code, out, errs)
	}
	if code, out, errs = runForm(t, wd, "fmt", "--check", roundPlan); code != 0 {
		t.Errorf("the plan or its answers are not kh fmt clean after nhan: %s %s", out, errs)
	}

	noiVu := filepath.Join(wd, answers, "so-noi-vu.yaml")
	answer(t, noiVu, 0, "giai_trinh", "Ý kiến chung, đã ghi nhận.")
	answer(t, noiVu, 1, "tiep_thu", "Đã bổ sung Ban Chỉ đạo cấp xã.")
	khcn := filepath.Join(wd, answers, "so-khcn.yaml")
	answer(t, khcn, 0, "khong_tiep_thu", "Người đứng đầu các cơ quan đã được nêu tại mục II.")
	if _, out, errs = runForm(t, wd, "check", roundPlan); strings.Contains(out, "[KH13") {
		t.Errorf("check after answering:\n%s\n%s", out, errs)
	}

	code, out, errs = runForm(t, wd, "gop-y", "bang", roundPlan)
	if code != 0 {
		t.Fatalf("bang: %d\n%s", code, errs)
	}
	checkSummary(t, wd, out)
}

func itoa(i int) string { return strings.TrimSpace(strings.Repeat(" ", 0) + fmtInt(i)) }

func fmtInt(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return fmtInt(i/10) + string(rune('0'+i%10))
}

// checkSummary reads the three summary tables back.
func checkSummary(t *testing.T, wd, out string) {
	t.Helper()
	for _, ext := range []string{".xlsx", ".pdf", ".docx"} {
		if !strings.Contains(out, roundOut+"/bang-tong-hop"+ext) {
			t.Errorf("bang did not write %s:\n%s", ext, out)
		}
	}
	f, err := excelize.OpenFile(filepath.Join(wd, roundOut, "bang-tong-hop.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows(f.GetSheetName(0))
	var got []string
	for _, r := range rows {
		got = append(got, strings.Join(r, " | "))
	}
	all := strings.Join(got, "\n")
	for _, want := range []string{
		gopy.Title,
		"STT | Cơ quan, đơn vị góp ý | Nội dung góp ý | Ý kiến tiếp thu, giải trình của cơ quan soạn thảo",
		" | Ý kiến chung: Toàn bộ dự thảo",
		"1 | Sở Nội vụ | Cơ bản nhất trí, có ý kiến tại mục kiện toàn bộ máy. | Giải trình: Ý kiến chung, đã ghi nhận.",
		" | Phụ lục 02, số 1: Kiện toàn bộ máy",
		"Sở Nội vụ | Bổ sung: kiện toàn Ban Chỉ đạo cấp xã. | Tiếp thu: Đã bổ sung Ban Chỉ đạo cấp xã.",
		"Sở KH&CN | Đề nghị nêu rõ người đứng đầu cơ quan nào. | Không tiếp thu: Người đứng đầu các cơ quan đã được nêu tại mục II.",
		"Sở KH&CN | Đề nghị sửa “Quý I/2026” thành “Quý II/2026”. | Tiếp thu: Tiếp thu, đã sửa theo đề xuất.",
		"xin ý kiến 5 cơ quan, đơn vị; hạn gửi ý kiến: trong 05 ngày làm việc (đến hết ngày 17/12/2025)",
		"Đã nhận được ý kiến của 3/5 cơ quan, đơn vị, trong đó 1 cơ quan, đơn vị nhất trí",
		"4 ý kiến góp ý, trong đó tiếp thu 2, giải trình 1, không tiếp thu 1, chưa trả lời 0",
		"Các cơ quan, đơn vị nhất trí với dự thảo: Sở Tài chính.",
		"Các cơ quan, đơn vị chưa có ý kiến: Sở Tư pháp, Văn phòng Ủy ban nhân dân tỉnh",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("summary workbook lacks %q:\n%s", want, all)
		}
	}
	doc, err := docxread.ReadFile(filepath.Join(wd, roundOut, "bang-tong-hop.docx"))
	if err != nil {
		t.Fatal(err)
	}
	var table *docxread.Table
	for _, b := range doc.Blocks {
		if tb, ok := b.(*docxread.Table); ok {
			table = tb
		}
	}
	if table == nil || len(table.Rows) != 7 || !table.Rows[0].Header || !doc.Sections[0].Landscape {
		t.Errorf("summary document: table %v, sections %+v", table != nil, doc.Sections)
	}
	data, err := os.ReadFile(filepath.Join(wd, roundOut, "bang-tong-hop.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	pages, err := pdftext.Read(data)
	if err != nil || !pages[0].Landscape() || !strings.Contains(pages[0].Text(), "BẢNG TỔNG HỢP, TIẾP THU, GIẢI TRÌNH") {
		t.Errorf("summary PDF: %v", err)
	}
}

// snapshot lists the files under dir with their content, to show that a
// refused command wrote nothing.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			data, _ := os.ReadFile(p)
			out[p] = string(data)
		}
		return nil
	})
	return out
}

// TestCommentRoundRefusals: what cannot be read is refused with a message
// saying what to do, exit 1 and nothing written.
func TestCommentRoundRefusals(t *testing.T) {
	wd := roundRepo(t)
	if code, _, errs := runForm(t, wd, "gop-y", "gui", roundPlan); code != 0 {
		t.Fatalf("gui: %s", errs)
	}
	sent := filepath.Join(wd, roundOut)
	dir := filepath.Join(wd, "ve")
	os.MkdirAll(dir, 0o755)
	copyFile(t, filepath.Join(sent, "so-noi-vu.xlsx"), filepath.Join(dir, "khac-vong.xlsx"))
	fill(t, filepath.Join(dir, "khac-vong.xlsx"), func(f *excelize.File) { set(t, f, "kh", "B3", "7") })
	copyFile(t, filepath.Join(sent, "so-noi-vu.xlsx"), filepath.Join(dir, "sua-ma.xlsx"))
	fill(t, filepath.Join(dir, "sua-ma.xlsx"), func(f *excelize.File) {
		set(t, f, gopy.FormSheet, "B"+itoa(formRow(t, f, "nv-kien-toan-bo-may#noi_dung")), "nv-khac#noi_dung")
	})
	copyFile(t, filepath.Join(sent, "so-noi-vu.xlsx"), filepath.Join(dir, "ke-hoach-khac.xlsx"))
	fill(t, filepath.Join(dir, "ke-hoach-khac.xlsx"), func(f *excelize.File) { set(t, f, "kh", "B2", "na-kh-171-2025") })
	copyFile(t, filepath.Join(sent, "so-tu-phap.xlsx"), filepath.Join(dir, "muc-da-bo.xlsx"))
	fill(t, filepath.Join(dir, "muc-da-bo.xlsx"), func(f *excelize.File) {
		set(t, f, gopy.FormSheet, "E"+itoa(formRow(t, f, "nv-dien-tap-thuc-chien#noi_dung")), "Đề nghị làm rõ.")
	})
	parts := unzip(t, filepath.Join(sent, "so-khcn.docx"))
	parts["word/document.xml"] = regexp.MustCompile(`<w:bookmark(Start|End) [^>]*/>`).ReplaceAllString(parts["word/document.xml"], "")
	rezip(t, filepath.Join(dir, "mat-ma.docx"), parts)
	parts = unzip(t, filepath.Join(sent, "so-khcn.docx"))
	delete(parts, "docProps/custom.xml")
	rezip(t, filepath.Join(dir, "van-ban-moi.docx"), parts)
	os.WriteFile(filepath.Join(dir, "mat-khau.docx"), append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 600)...), 0o644)

	// The plan loses a task after the forms went out.
	edit(t, filepath.Join(wd, roundPlan, "pl02-nhiem-vu.yaml"), func(s string) string {
		i := strings.Index(s, "      - id: nv-dien-tap-thuc-chien")
		j := i + 1 + strings.Index(s[i+1:], "      - id: ")
		return s[:i] + s[j:]
	})
	before := snapshot(t, filepath.Join(wd, "plans"))
	cases := []struct {
		name  string
		files []string
		want  string
	}{
		{"another round", []string{"ve/khac-vong.xlsx"}, "không có vòng lấy ý kiến đó"},
		{"altered id", []string{"ve/sua-ma.xlsx"}, "mã mục hoặc nội dung dự thảo trong phiếu đã bị sửa"},
		{"another plan", []string{"ve/ke-hoach-khac.xlsx"}, "của na-kh-171-2025, nhưng kế hoạch không có vòng"},
		{"deleted item", []string{"ve/muc-da-bo.xlsx"}, "không còn trong kế hoạch"},
		{"ids removed", []string{"ve/mat-ma.docx"}, "đã bị xóa khỏi văn bản"},
		{"not a kh copy", []string{"ve/van-ban-moi.docx"}, "không phải bản dự thảo kh gửi"},
		{"password", []string{"ve/mat-khau.docx"}, "không phải tệp Word"},
		{"two answers in one batch", []string{roundOut + "/so-tai-chinh.xlsx", roundOut + "/so-tai-chinh.xlsx"}, "mỗi cơ quan một ý kiến"},
		{"one bad file stops the batch", []string{roundOut + "/so-tai-chinh.xlsx", "ve/sua-ma.xlsx"}, "đã bị sửa"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, _, errs := runForm(t, wd, append([]string{"gop-y", "nhan", "--ngay-nhan", "2025-12-16"}, c.files...)...)
			if code != ExitFindings || !strings.Contains(errs, c.want) || !strings.Contains(errs, "không ghi tệp nào") {
				t.Errorf("exit %d, want %d with %q:\n%s", code, ExitFindings, c.want, errs)
			}
			if after := snapshot(t, filepath.Join(wd, "plans")); len(after) != len(before) {
				t.Errorf("a refused batch wrote files")
			}
		})
	}
	// An answer already recorded is replaced only with --force.
	if code, _, errs := runForm(t, wd, "gop-y", "nhan", "--ngay-nhan", "2025-12-16", roundOut+"/so-tai-chinh.xlsx"); code != 0 {
		t.Fatalf("first answer: %s", errs)
	}
	code, _, errs := runForm(t, wd, "gop-y", "nhan", "--ngay-nhan", "2025-12-17", roundOut+"/so-tai-chinh.xlsx")
	if code != ExitFindings || !strings.Contains(errs, "dùng --force để thay") {
		t.Errorf("second answer: exit %d\n%s", code, errs)
	}
	if code, _, errs = runForm(t, wd, "gop-y", "nhan", "--force", "--ngay-nhan", "2025-12-17", roundOut+"/so-tai-chinh.xlsx"); code != 0 {
		t.Errorf("--force: %d %s", code, errs)
	}
	if code, _, errs = runForm(t, wd, "gop-y", "nhan", "--lang", "en", "ve/sua-ma.xlsx"); !strings.Contains(errs, "the item ids or draft texts of the form were altered") || strings.Contains(errs, "không") {
		t.Errorf("English refusal: %d %s", code, errs)
	}
	if code, _, _ = runForm(t, wd, "gop-y", "nhan", "--ngay-nhan", "16/12/2025", roundOut+"/so-tai-chinh.xlsx"); code != ExitUsage {
		t.Errorf("a bad date is a usage error, got %d", code)
	}
	if code, _, _ = runForm(t, wd, "gop-y", "gui", "plans/nghe-an/kh-171-2025-so-ket"); code == 0 {
		t.Errorf("gui of a plan without a round succeeded")
	}
}

// TestCommentRoundLibreOffice reads a returned copy that went through
// LibreOffice (an agency editing in LibreOffice, or saving Word's file
// there): its comments and tracked changes still map to the items.
func TestCommentRoundLibreOffice(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		if os.Getenv("KH_LIBREOFFICE") == "1" {
			t.Fatal("soffice not found, but KH_LIBREOFFICE=1")
		}
		t.Skip("soffice not found (set KH_LIBREOFFICE=1 to require it)")
	}
	wd := roundRepo(t)
	if code, _, errs := runForm(t, wd, "gop-y", "gui", roundPlan); code != 0 {
		t.Fatalf("gui: %s", errs)
	}
	os.MkdirAll(filepath.Join(wd, "ve"), 0o755)
	returned(t, filepath.Join(wd, roundOut, "so-khcn.docx"), filepath.Join(wd, "ve/so-khcn.docx"))
	cmd := exec.Command(soffice, "-env:UserInstallation=file://"+filepath.ToSlash(filepath.Join(wd, "profile")),
		"--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", filepath.Join(wd, "lo"), filepath.Join(wd, "ve/so-khcn.docx"))
	cmd.Env = append(os.Environ(), "HOME="+wd)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, b)
	}
	code, _, errs := runForm(t, wd, "gop-y", "nhan", "--ngay-nhan", "2025-12-16", "lo/so-khcn.docx")
	if code != 0 {
		t.Fatalf("nhan of LibreOffice's copy: %d\n%s", code, errs)
	}
	data, err := os.ReadFile(filepath.Join(wd, answers, "so-khcn.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"muc: nv-kien-toan-bo-may\n    truong: noi_dung", "Đề nghị nêu rõ người đứng đầu cơ quan nào.", "truong: thoi_han", "de_xuat: Quý II/2026"} {
		if !strings.Contains(string(data), want) {
			t.Errorf("the answer read from LibreOffice's copy lacks %q:\n%s", want, data)
		}
	}
}
