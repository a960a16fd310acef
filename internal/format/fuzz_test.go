package format

import (
	"bytes"
	"os"
	"reflect"
	"testing"

	"github.com/kh-tools/kh/internal/plan"
)

// FuzzFormat: whatever kh fmt accepts it writes in a form it leaves
// unchanged (idempotence), as a plan file and as a file without a model,
// with CRLF line ends and a BOM the same as without.
func FuzzFormat(f *testing.F) {
	for _, seed := range []string{
		"id: x\nloai: KH\nso: 12 # số\nnoi_nhan:\n  - a\n\n  # b\n  - c\n",
		"\ufeffid: x\r\n# c\r\n\r\nthuc_hien: [a, b]\r\n",
		"chu_tri: [Các sở, ban, ngành]\nthoi_han: Quý 1/2026\n",
		"a: |\n  x\n  y\nb: >\n  z\n  w\n",
		"- &a {x: 1}\n- *a\n",
	} {
		f.Add([]byte(seed))
	}
	if data, err := os.ReadFile("../../testdata/format/crlf-bom.yaml"); err == nil {
		f.Add(data)
	}
	types := []reflect.Type{nil, reflect.TypeOf(plan.Plan{})}
	f.Fuzz(func(t *testing.T, src []byte) {
		for _, typ := range types {
			opt := Options{Type: typ}
			once, err := Format(src, opt)
			if err != nil {
				continue
			}
			twice, err := Format(once, opt)
			if err != nil {
				t.Fatalf("formatted output does not parse: %v\n%s", err, once)
			}
			if !bytes.Equal(once, twice) {
				t.Fatalf("not idempotent:\n%q\n%q", once, twice)
			}
			crlf := append([]byte("\ufeff"), bytes.ReplaceAll(bytes.ReplaceAll(src, []byte("\r\n"), []byte("\n")), []byte("\n"), []byte("\r\n"))...)
			if bytes.Contains(src, []byte("\r")) || bytes.HasPrefix(src, []byte("\ufeff")) {
				continue
			}
			if w, err := Format(crlf, opt); err == nil && !bytes.Equal(w, once) {
				t.Fatalf("CRLF+BOM formats differently:\n%q\n%q", once, w)
			}
		}
	})
}
