package pdfcheck

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"codeberg.org/go-pdf/fpdf"
	"github.com/go-fonts/liberation/liberationserifregular"
	"github.com/google/go-cmp/cmp"
)

// sample is a two-page PDF written the way kh writes its documents: fpdf,
// an embedded UTF-8 font, compressed content, fixed dates.
func sample(t testing.TB) []byte {
	t.Helper()
	f := fpdf.New("P", "mm", "A4", "")
	f.AddUTF8FontFromBytes("serif", "", liberationserifregular.TTF)
	date := time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC)
	f.SetCreationDate(date)
	f.SetModificationDate(date)
	f.SetCatalogSort(true)
	f.SetTitle("Kế hoạch chuyển đổi số", true)
	f.SetProducer("kh", true)
	for _, text := range []string{"ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", "Phụ lục 01"} {
		f.AddPage()
		f.SetFont("serif", "", 13)
		f.CellFormat(80, 8, text, "1", 1, "C", false, 0, "")
	}
	var b bytes.Buffer
	if err := f.Output(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestCheckSample(t *testing.T) {
	rep, err := Check(sample(t))
	if err != nil {
		t.Fatal(err)
	}
	want := &Report{
		Version: "1.3",
		Objects: rep.Objects,
		Pages:   []Page{{595.28, 841.89}, {595.28, 841.89}},
		Fonts:   []Font{{BaseFont: "utf8serif", Subtype: "Type0/CIDFontType2", Embedded: true}},
		Info: map[string]string{
			"Title": "Kế hoạch chuyển đổi số", "Producer": "kh",
			"CreationDate": "D:20251231000000", "ModDate": "D:20251231000000",
		},
	}
	if diff := cmp.Diff(want, rep); diff != "" {
		t.Errorf("report (-want +got):\n%s", diff)
	}
	if rep.Objects < 8 {
		t.Errorf("%d objects; fpdf writes at least 8 for two pages and a font", rep.Objects)
	}
}

// edit changes the sample as a broken writer would; each case must be
// refused with a message naming the fault.
type edit func(t *testing.T, data []byte) []byte

// replace swaps the first match of re, keeping offsets when the
// replacement has the same length.
func replace(re, with string) edit {
	return func(t *testing.T, data []byte) []byte {
		loc := regexp.MustCompile(re).FindIndex(data)
		if loc == nil {
			t.Fatalf("%q not in the sample", re)
		}
		return append(append(append([]byte{}, data[:loc[0]]...), with...), data[loc[1]:]...)
	}
}

// objectText finds the text of object n.
func objectText(data []byte, n int) (int, int) {
	start := bytes.Index(data, []byte(fmt.Sprintf("\n%d 0 obj", n))) + 1
	return start, start + bytes.Index(data[start:], []byte("endobj"))
}

// inStream edits the decoded content of page 1 and compresses it back to
// the same length, so the table stays right.
func inStream(old, new string) edit {
	return func(t *testing.T, data []byte) []byte {
		start, end := objectText(data, 4) // fpdf: page 1 is object 3, its content 4
		obj := data[start:end]
		i := bytes.Index(obj, []byte("stream\n")) + len("stream\n")
		j := bytes.LastIndex(obj, []byte("\nendstream"))
		r, err := zlib.NewReader(bytes.NewReader(obj[i:j]))
		if err != nil {
			t.Fatal(err)
		}
		var plain bytes.Buffer
		if _, err := plain.ReadFrom(r); err != nil {
			t.Fatal(err)
		}
		changed := strings.Replace(plain.String(), old, new, 1)
		if changed == plain.String() {
			t.Fatalf("%q not in page 1's content", old)
		}
		var z bytes.Buffer
		zw, _ := zlib.NewWriterLevel(&z, zlib.NoCompression)
		zw.Write([]byte(changed))
		zw.Close()
		body := fmt.Sprintf("4 0 obj\n<</Filter /FlateDecode /Length %d>>\nstream\n%s\nendstream\n", z.Len(), z.Bytes())
		return rebuild(t, data, start, end, body)
	}
}

// rebuild puts body in place of data[start:end] and rewrites the table's
// offsets for the objects after it.
func rebuild(t *testing.T, data []byte, start, end int, body string) []byte {
	delta := len(body) - (end - start)
	out := append(append(append([]byte{}, data[:start]...), body...), data[end:]...)
	x := bytes.LastIndex(out, []byte("\nxref\n")) + 1
	entries := regexp.MustCompile(`(?m)^(\d{10}) 00000 n `)
	table := entries.ReplaceAllFunc(out[x:], func(e []byte) []byte {
		var off int
		fmt.Sscanf(string(e), "%d", &off)
		if off > start {
			off += delta
		}
		return []byte(fmt.Sprintf("%010d 00000 n ", off))
	})
	sx := regexp.MustCompile(`startxref\n\d+`)
	table = sx.ReplaceAll(table, []byte(fmt.Sprintf("startxref\n%d", x)))
	return append(out[:x], table...)
}

func TestCheckRefuses(t *testing.T) {
	for _, tc := range []struct {
		name, want string
		edit       edit
	}{
		{"no header", "no %PDF-1.x header", replace(`^%PDF-1\.3`, "%XDF-1.3")},
		{"version 2.0", "no %PDF-1.x header", replace(`^%PDF-1\.3`, "%PDF-2.0")},
		{"truncated", "does not end with startxref", func(t *testing.T, d []byte) []byte { return d[:len(d)-20] }},
		{"startxref off", "cross-reference table at", replace(`startxref\n(\d+)`, "startxref\n1000")},
		{"entry shifted", `does not point at "3 0 obj"`, func(t *testing.T, d []byte) []byte {
			off := bytes.Index(d, []byte("\n3 0 obj")) + 1
			return replace(fmt.Sprintf("%010d 00000 n", off), fmt.Sprintf("%010d 00000 n", off+1))(t, d)
		}},
		{"size", "trailer /Size", replace(`/Size (\d)`, "/Size 9")},
		{"stream length", "endstream", replace(`/Length 177>>`, "/Length 100>>")},
		{"stream data", "FlateDecode", func(t *testing.T, d []byte) []byte {
			i := bytes.Index(d, []byte("stream\n")) + len("stream\n") + 40
			d = bytes.Clone(d)
			d[i] ^= 0xff
			return d
		}},
		{"dangling reference", "reference 1 1 R to no object", replace(`/Parent 1 0 R`, "/Parent 1 1 R")},
		{"wrong parent", "/Parent is not 1 0 R", replace(`/Parent 1 0 R`, "/Parent 3 0 R")},
		{"page count", "/Count 3, 2 pages below it", replace(`/Count 2`, "/Count 3")},
		{"no media box", "/MediaBox", replace(`/MediaBox \[0 0 595.28 841.89\]`, "/MediaBax [0 0 595.28 841.89]")},
		{"empty media box", "has no area", replace(`/MediaBox \[0 0 595.28 841.89\]`, "/MediaBox [0 0 000.00 841.89]")},
		{"font not in resources", "is not in the page's /Resources /Font", replace(`\n/F4457`, "\n/G4457")},
		{"font not embedded", "is not embedded", replace(`/FontFile2`, "/FontFileX")},
		{"font program length", "/Length1 92520, the program has 12520 bytes", replace(`/Length1 12520`, "/Length1 92520")},
		{"descriptor", "/FontDescriptor /CapHeight", replace(`/CapHeight`, "/CapHeighX")},
		{"date", "not a PDF date", replace(`D:20251231000000`, "D:2025-12-31T000")},
		{"unbalanced text", "BT inside a text object", inStream("ET", "  ")},
		{"restore without save", "Q without q", inStream("re S", "re S Q")},
		{"selects an unknown font", "/F9457b2ea4faeccf516b43be5193919d7328db4a4 is not in the page's /Resources /Font", inStream("/F4457", "/F9457")},
		{"Tf without its size", "Tf takes 2 operands, has 1", inStream(" 13.00 Tf", " Tf")},
		{"duplicate key", "twice in a dictionary", replace(`/Type /Pages`, "/Kids /Pages")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Check(tc.edit(t, sample(t)))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want it to contain %q", err, tc.want)
			}
		})
	}
}

func TestRebuildKeepsValid(t *testing.T) {
	d := inStream("0.57 w", "0.50 w")(t, sample(t))
	if _, err := Check(d); err != nil {
		t.Fatalf("a content stream re-compressed in place: %v", err)
	}
}

func FuzzCheck(f *testing.F) {
	f.Add(sample(f))
	f.Add([]byte("%PDF-1.3\n1 0 obj\n<</A [1 2 (x\\)y) <414> /N#20a]>>\nendobj\nxref\n0 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer\n<</Size 2 /Root 1 0 R>>\nstartxref\n62\n%%EOF\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		Check(data) // must not panic or hang
	})
}
