package docxread

import (
	"testing"

	"github.com/kh-tools/kh/internal/msg"
)

// FuzzRead feeds the reader arbitrary bytes: it must return a File or an
// error, never panic or hang. Seeds are a document of the writer, a list
// outline and compound files; the corpus is kept in testdata/fuzz.
func FuzzRead(f *testing.F) {
	f.Add(written(f))
	f.Add(doc(f, p("1", "0", "a")+p("1", "2", "b")+p("4", "1", "c"), outline, ""))
	f.Add(cfb(f, "EncryptionInfo"))
	f.Add([]byte("PK\x03\x04"))
	lim := Limits{FileSize: 1 << 20, Entries: 100, PartSize: 1 << 20, Total: 4 << 20, Depth: 64}
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := ReadLimits(data, lim)
		if err != nil {
			if _, ok := err.(*msg.Error); !ok {
				t.Fatalf("error of type %T: %v", err, err)
			}
			return
		}
		for _, p := range file.Paras() {
			_ = p.Text() + p.Original()
		}
	})
}
