package docimport

import (
	"archive/zip"
	"bytes"
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/vntext"
)

// wordDoc packs a body as Word writes it, with a numbering part, into a
// file.
func wordDoc(t *testing.T, body, numbering string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "ke-hoach.docx")
	if err := os.WriteFile(path, wordBytes(body, numbering), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// wordBytes packs a body as Word writes it, with a numbering part.
func wordBytes(body, numbering string) []byte {
	const ns = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	parts := []string{
		"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`,
		"_rels/.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
		"word/_rels/document.xml.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`,
		"word/document.xml", `<w:document ` + ns + `><w:body>` + body + `</w:body></w:document>`,
		"word/numbering.xml", `<w:numbering ` + ns + `>` + numbering + `</w:numbering>`,
	}
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	for i := 0; i < len(parts); i += 2 {
		w, _ := z.Create(parts[i])
		w.Write([]byte(parts[i+1]))
	}
	z.Close()
	return b.Bytes()
}

// wr is a run of plain Unicode text.
func wr(text string) string {
	return `<w:r><w:t xml:space="preserve">` + html.EscapeString(text) + `</w:t></w:r>`
}

// tcvnRun is a run typed in TCVN3 as Word holds it: lower-case codes in a
// capital font (.VnTimeH) for text in capitals, .VnTime for the rest.
func tcvnRun(text string) string {
	font := ".VnTime"
	if isCaps(text) {
		font, text = ".VnTimeH", strings.ToLower(text)
	}
	return `<w:r><w:rPr><w:rFonts w:ascii="` + font + `" w:hAnsi="` + font + `"/></w:rPr><w:t xml:space="preserve">` + html.EscapeString(toTCVN3(text)) + `</w:t></w:r>`
}

// vniRun is a run typed in VNI as Word holds it (font "VNI-Times").
func vniRun(text string) string {
	return `<w:r><w:rPr><w:rFonts w:ascii="VNI-Times" w:hAnsi="VNI-Times"/></w:rPr><w:t xml:space="preserve">` + html.EscapeString(toVNI(text)) + `</w:t></w:r>`
}

var vniCodes = map[rune]string{}

// toVNI writes Unicode text as VNI holds it, each letter found through the
// converter: the shortest one- or two-character code it reads back as
// that letter.
func toVNI(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < 0x80 {
			b.WriteRune(r)
			continue
		}
		code, ok := vniCodes[r]
		if !ok {
			code = vniCode(r)
			vniCodes[r] = code
		}
		b.WriteString(code)
	}
	return b.String()
}

// vniCode is r's code: one that reads back as r alone, after a vowel
// and after a consonant (VNI's mark bytes change the vowel before them).
func vniCode(r rune) string {
	reads := func(code string) bool {
		for _, before := range []string{"", "o", "h"} {
			if vntext.FromLegacy(before+code, vntext.VNI, false) != before+string(r) {
				return false
			}
		}
		return true
	}
	var bases []rune
	for c := rune(0x20); c < 0x100; c++ {
		if c < 0x7f || c >= 0xa0 {
			bases = append(bases, c)
		}
	}
	for _, c := range bases {
		if reads(string(c)) {
			return string(c)
		}
	}
	for _, c := range bases {
		for _, m := range bases[0x7f-0x20:] {
			if code := string(c) + string(m); reads(code) {
				return code
			}
		}
	}
	return string(r)
}

// wp is a paragraph of runs.
func wp(runs ...string) string { return `<w:p>` + strings.Join(runs, "") + `</w:p>` }

func wn(num, lvl, run string) string {
	return `<w:p><w:pPr><w:numPr><w:ilvl w:val="` + lvl + `"/><w:numId w:val="` + num + `"/></w:numPr></w:pPr>` + run + `</w:p>`
}

func wcell(lines ...string) string {
	var b strings.Builder
	b.WriteString("<w:tc>")
	for _, l := range lines {
		b.WriteString(wp(l))
	}
	b.WriteString("</w:tc>")
	return b.String()
}

func wrow(cells ...string) string { return "<w:tr>" + strings.Join(cells, "") + "</w:tr>" }

// outlineNumbering is the I. / 1. / a) / - list Vietnamese plans use.
const outlineNumbering = `<w:abstractNum w:abstractNumId="0">` +
	`<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>` +
	`<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>` +
	`<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>` +
	`<w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl>` +
	`</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`

// samplePlan is a small plan as a province would type it in Word: the
// header as a table, the outline numbered automatically, a task table
// appendix. Each string goes through enc (the identity, or TCVN3).
func samplePlan(enc func(string) string) string {
	header := `<w:tbl>` + wrow(wcell(enc("ỦY BAN NHÂN DÂN"), enc("TỈNH NGHỆ AN"), enc("Số: 12/KH-UBND")),
		wcell(enc("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), enc("Độc lập - Tự do - Hạnh phúc"), enc("Nghệ An, ngày 5 tháng 3 năm 2026"))) + `</w:tbl>`
	tasks := `<w:tbl>` +
		wrow(wcell(enc("TT")), wcell(enc("Nhiệm vụ")), wcell(enc("Đơn vị chủ trì")), wcell(enc("Thời gian hoàn thành"))) +
		wrow(wcell(enc("I")), wcell(enc("Hạ tầng số")), wcell(), wcell()) +
		wrow(wcell(enc("1")), wcell(enc("Nâng cấp mạng truyền số liệu chuyên dùng")), wcell(enc("Sở Khoa học và Công nghệ")), wcell(enc("Quý II/2026"))) +
		wrow(wcell(enc("2")), wcell(enc("Phủ sóng thôn bản vùng lõm")), wcell(enc("Sở KH&CN; Sở Công Thương")), wcell(enc("Tháng 6-9/2026"))) +
		`</w:tbl>`
	return header +
		wp(enc("KẾ HOẠCH")) + wp(enc("Phát triển hạ tầng số tỉnh Nghệ An năm 2026")) +
		wp(enc("Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia, UBND tỉnh ban hành Kế hoạch như sau:")) +
		wn("1", "0", enc("MỤC ĐÍCH, YÊU CẦU")) +
		wn("1", "1", enc("Mục đích")) +
		wn("1", "2", enc("Hoàn thiện hạ tầng số đồng bộ.")) +
		wn("1", "2", enc("Bảo đảm kết nối đến cấp xã.")) +
		wn("1", "1", enc("Yêu cầu")) +
		wn("1", "3", enc("Đúng tiến độ;")) +
		wn("1", "0", enc("TỔ CHỨC THỰC HIỆN")) +
		wp(enc("Các sở, ban, ngành triển khai các nhiệm vụ tại Phụ lục 01.")) +
		wp(enc("Nơi nhận:")) + wp(enc("- Bộ Khoa học và Công nghệ;")) + wp(enc("- Lưu: VT, TH.")) +
		wp(wr("TM. "), enc("ỦY BAN NHÂN DÂN")) + wp(wr("KT. "), enc("CHỦ TỊCH")) + wp(enc("PHÓ CHỦ TỊCH")) + wp(enc("Nguyễn Văn A")) +
		wp(enc("Phụ lục 01")) + wp(enc("DANH MỤC NHIỆM VỤ")) + wp(enc("(Kèm theo Kế hoạch số 12/KH-UBND ngày 05/3/2026 của UBND tỉnh)")) +
		tasks
}

// toTCVN3 writes Unicode text as TCVN3 (.VnTime) holds it.
func toTCVN3(s string) string {
	inv := map[rune]rune{}
	for code, letter := range tcvn3Table() {
		inv[letter] = code
	}
	var b strings.Builder
	for _, r := range s {
		if c, ok := inv[r]; ok {
			b.WriteRune(c)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func TestWordAutoNumbering(t *testing.T) {
	for _, tt := range []struct {
		name string
		enc  func(string) string
	}{
		{"unicode", wr},
		{"tcvn3", tcvnRun},
		{"vni", vniRun},
	} {
		t.Run(tt.name, func(t *testing.T) {
			src, err := ReadFile(wordDoc(t, samplePlan(tt.enc), outlineNumbering))
			if err != nil {
				t.Fatal(err)
			}
			r, err := Build(Detect(src), loadPlans(t), Options{Dir: plansDir + "/nghe-an/kh-ha-tang"})
			if err != nil {
				t.Fatal(err)
			}
			p := r.Plan
			head := []string{p.ID, p.Kind, p.Issuer, p.Symbol, p.Place, p.Date.Format("2006-01-02"), p.Title, p.Period, p.Signature.Title, p.Signature.Name}
			want := []string{"na-kh-12-2026", "KH", "ubnd-tinh", "KH-UBND", "Nghệ An", "2026-03-05", "Phát triển hạ tầng số tỉnh Nghệ An năm 2026", "Năm 2026", "PHÓ CHỦ TỊCH", "Nguyễn Văn A"}
			if diff := cmp.Diff(want, head); diff != "" {
				t.Errorf("header (-want +got):\n%s", diff)
			}
			var outline []string
			plan.WalkSections(p.Sections, func(s *plan.Section, n string, _ int) {
				outline = append(outline, n+" "+firstNonEmpty(s.Heading, firstBlock(s)))
			})
			wantOutline := []string{"I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "a) Hoàn thiện hạ tầng số đồng bộ.", "b) Bảo đảm kết nối đến cấp xã.", "2. Yêu cầu", "II. TỔ CHỨC THỰC HIỆN"}
			if diff := cmp.Diff(wantOutline, outline); diff != "" {
				t.Errorf("outline (-want +got):\n%s", diff)
			}
			if got := p.Sections[0].Sections[1].Blocks; len(got) != 1 || got[0].Dash != "Đúng tiến độ;" {
				t.Errorf("dash item under 2.: %+v", got)
			}
			if len(p.Citations) != 1 || p.Citations[0].ID != "nq-57-tw" || p.Citations[0].Issuer != "bo-chinh-tri" {
				t.Errorf("citations: %+v", p.Citations)
			}
			if len(r.Appendices) != 1 || len(r.Appendices[0].Groups) != 1 {
				t.Fatalf("appendices: %+v", r.Appendices)
			}
			ts := r.Appendices[0].Groups[0].Tasks
			// Deadlines in kh fmt's spelling, the cell as written beside it
			// where it differs.
			got := [][]string{{ts[0].Text, strings.Join(ts[0].Lead, ","), ts[0].Deadline, ts[0].DeadlineWritten}, {ts[1].Text, strings.Join(ts[1].Lead, ","), ts[1].Deadline, ts[1].DeadlineWritten}}
			wantTasks := [][]string{{"Nâng cấp mạng truyền số liệu chuyên dùng", "so-khcn", "Quý II/2026", ""}, {"Phủ sóng thôn bản vùng lõm", "so-khcn,so-cong-thuong", "Tháng 6–9/2026", "Tháng 6-9/2026"}}
			if diff := cmp.Diff(wantTasks, got); diff != "" {
				t.Errorf("tasks (-want +got):\n%s", diff)
			}
			converted := false
			for _, f := range r.Findings {
				converted = converted || f.Rule == "KH054"
			}
			if converted != (tt.name != "unicode") {
				t.Errorf("KH054 (converted) = %v: %v", converted, r.Findings)
			}
		})
	}
}

func firstBlock(s *plan.Section) string {
	if len(s.Blocks) > 0 {
		return s.Blocks[0].Content()
	}
	return ""
}

// tcvn3Table recovers the TCVN3 table through the converter: every code
// from 0xA1 to 0xFE that converts to another letter.
func tcvn3Table() map[rune]rune {
	out := map[rune]rune{}
	for c := rune(0xA1); c <= 0xFE; c++ {
		if got := []rune(vntextFromTCVN3(string(c))); len(got) == 1 && got[0] != c {
			out[c] = got[0]
		}
	}
	return out
}

func vntextFromTCVN3(s string) string { return vntext.FromLegacy(s, vntext.TCVN3, false) }
