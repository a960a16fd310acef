package pdf

import (
	"bytes"
	"encoding/xml"
	"io"
	"testing"

	"github.com/google/go-cmp/cmp"
	lpdf "github.com/ledongthuc/pdf"
)

// TestMetadata checks the file declares PDF 1.4 (NĐ 30/2020 asks for 1.4
// or later), names the document, its issuer, trích yếu and keywords in
// the information dictionary, and repeats them in a well-formed XMP
// packet, with the language set to Vietnamese.
func TestMetadata(t *testing.T) {
	r := loadRepo(t, plansDir)
	p := findPlan(t, r, main2026)
	var b bytes.Buffer
	if err := WriteWith(&b, r, p, template(t, r, p), Options{Creator: "kh v9.9.9", Mark: "CHƯA KIỂM TRA"}); err != nil {
		t.Fatal(err)
	}
	data := b.Bytes()
	readBack(t, data)
	if !bytes.HasPrefix(data, []byte("%PDF-1.4\n")) {
		t.Fatalf("header %q, want %%PDF-1.4", data[:9])
	}
	rd, err := lpdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	info := rd.Trailer().Key("Info")
	got := map[string]string{}
	for _, k := range []string{"Title", "Author", "Subject", "Keywords", "Creator", "Producer"} {
		got[k] = info.Key(k).Text()
	}
	want := map[string]string{
		"Title":    "Kế hoạch số 1174/KH-UBND ngày 31/12/2025",
		"Author":   "Ủy ban nhân dân tỉnh Nghệ An",
		"Subject":  "Chuyển đổi số tỉnh Nghệ An năm 2026",
		"Keywords": "Kế hoạch; 1174/KH-UBND; Nghệ An; CHƯA KIỂM TRA",
		"Creator":  "kh v9.9.9",
		"Producer": "kh v9.9.9",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("document information (-want +got):\n%s", diff)
	}
	root := rd.Trailer().Key("Root")
	if l := root.Key("Lang").RawString(); l != "vi-VN" {
		t.Errorf("/Lang %q, want vi-VN", l)
	}
	meta, err := io.ReadAll(root.Key("Metadata").Reader())
	if err != nil {
		t.Fatal(err)
	}
	dec := xml.NewDecoder(bytes.NewReader(meta))
	for {
		if _, err := dec.Token(); err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("XMP: %v", err)
		}
	}
	for _, s := range []string{want["Title"], want["Author"], want["Subject"], "<rdf:li>1174/KH-UBND</rdf:li>", "<xmp:CreateDate>2025-12-31T00:00:00Z</xmp:CreateDate>", "<rdf:li>vi-VN</rdf:li>", "kh v9.9.9"} {
		if !bytes.Contains(meta, []byte(s)) {
			t.Errorf("XMP lacks %q:\n%s", s, meta)
		}
	}
}
