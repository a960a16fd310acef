package format

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/kh-tools/kh/internal/deadline"
	"github.com/kh-tools/kh/internal/golden"
	"github.com/kh-tools/kh/internal/load"
	"github.com/kh-tools/kh/internal/plan"
)

// testAgencies stands in for the registries in golden tests.
var testAgencies = map[string]string{
	"ubnd tỉnh":                "ubnd-tinh",
	"sở khcn":                  "so-khcn",
	"sở khoa học và công nghệ": "so-khcn",
}

func testResolver(name string) (string, bool) {
	id, ok := testAgencies[plan.NameKey(name)]
	return id, ok
}

// TestGolden formats each testdata/format/*.yaml, typed by its keys, and
// compares with the .golden beside it; make golden rewrites the goldens.
func TestGolden(t *testing.T) {
	inputs, err := filepath.Glob("../../testdata/format/*.yaml")
	if err != nil || len(inputs) == 0 {
		t.Fatalf("no inputs: %v", err)
	}
	for _, in := range inputs {
		t.Run(filepath.Base(in), func(t *testing.T) {
			src, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			got, err := Format(src, Options{Type: GuessType(src), Agency: testResolver})
			if err != nil {
				t.Fatal(err)
			}
			golden.Check(t, strings.TrimSuffix(in, ".yaml")+".golden", string(got))
			again, err := Format(got, Options{Type: GuessType(got), Agency: testResolver})
			if err != nil || !bytes.Equal(again, got) {
				t.Errorf("formatting the output again changes it (%v):\n%s", err, cmp.Diff(string(got), string(again)))
			}
		})
	}
}

func TestGuessType(t *testing.T) {
	tests := []struct {
		src  string
		want reflect.Type
	}{
		{"id: a\nloai: KH\nco_quan: x\n", planType},
		{"id: a\nloai: nhiem_vu\nnhom: []\n", appendixType},
		{"tinh: X\nco_quan: []\n", registryType},
		{"ten: Kho\n", configType},
		{"ky: Quý I/2026\nnhiem_vu: []\n", nil},
		{"id: a\n", nil}, // plan and appendix fit equally
		{"- a\n", nil},
	}
	for _, tt := range tests {
		if got := GuessType([]byte(tt.src)); got != tt.want {
			t.Errorf("GuessType(%q) = %v, want %v", tt.src, got, tt.want)
		}
	}
}

func TestRefusesWhatCannotBeRewritten(t *testing.T) {
	tests := []struct {
		name, src string
		want      error
	}{
		{"empty", "", ErrEmpty},
		{"comments only", "# chỉ có chú thích\n", ErrEmpty},
		{"two documents", "id: a\n---\nid: b\n", ErrMultiDoc},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := Format([]byte(tt.src), Options{}); err != tt.want {
				t.Errorf("err = %v, want %v", err, tt.want)
			}
		})
	}
	if _, err := Format([]byte("id: [a\n"), Options{}); err == nil {
		t.Error("broken YAML was formatted")
	}
	// A key given twice, at any depth, is refused: which one counts?
	for _, src := range []string{"id: a\nid: b\n", "nhom:\n  - id: g\n    tieu_de: x\n    tieu_de: y\n"} {
		var dup *DuplicateKeyError
		if _, err := Format([]byte(src), Options{}); !errors.As(err, &dup) || dup.First == dup.Line {
			t.Errorf("%q: err = %v, want a duplicate-key error", src, err)
		}
	}
}

// repoFiles lists the YAML files under the repository's plans/ and
// testdata/ with the options kh fmt would use for them.
func repoFiles(t *testing.T, dirs ...string) map[string]Options {
	t.Helper()
	base, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	repos := map[string]*Repo{}
	out := map[string]Options{}
	for _, dir := range dirs {
		err := filepath.WalkDir(filepath.Join(base, dir), func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(p, ".yaml") {
				return err
			}
			root, err := load.FindRoot(p)
			if err != nil {
				return err
			}
			if repos[root] == nil {
				res, err := load.Repo(root, load.Options{Base: base})
				if err != nil {
					return err
				}
				repos[root] = NewRepo(res, base)
			}
			out[p] = repos[root].Options(p)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return out
}

func TestIdempotent(t *testing.T) {
	for path, opt := range repoFiles(t, "plans", "testdata") {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		once, err := Format(src, opt)
		if err != nil {
			continue // not parseable: kh fmt refuses it
		}
		twice, err := Format(once, opt)
		if err != nil {
			t.Errorf("%s: formatted output does not parse: %v", path, err)
			continue
		}
		if !bytes.Equal(once, twice) {
			t.Errorf("%s: not idempotent:\n%s", path, cmp.Diff(string(once), string(twice)))
		}
		// The same file as Windows editors save it: a BOM and CRLF line
		// ends (once doubled every blank line after a comment, and a second
		// run changed it again).
		lf := bytes.ReplaceAll(bytes.TrimPrefix(src, []byte("\ufeff")), []byte("\r\n"), []byte("\n"))
		windows := append([]byte("\ufeff"), bytes.ReplaceAll(lf, []byte("\n"), []byte("\r\n"))...)
		if crlf, err := Format(windows, opt); err != nil || !bytes.Equal(crlf, once) {
			t.Errorf("%s with a BOM and CRLF: err %v, differs from the LF file:\n%s", path, err, cmp.Diff(string(once), string(crlf)))
		}
	}
}

// TestLossless loads every model file of plans/ before and after formatting
// and expects the same model, up to the normalisations kh fmt promises:
// canonical deadlines and agency ids for names.
func TestLossless(t *testing.T) {
	files := repoFiles(t, "plans")
	typed := 0
	for path, opt := range files {
		if opt.Type == nil {
			continue
		}
		typed++
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		out, err := Format(src, opt)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		before, after := decode(t, path, src, opt.Type), decode(t, path, out, opt.Type)
		if d := cmp.Diff(before, after, modelOptions(opt)...); d != "" {
			t.Errorf("%s: model changed (-before +after):\n%s", path, d)
		}
	}
	if typed < 10 {
		t.Errorf("only %d model files checked", typed)
	}
}

func decode(t *testing.T, path string, data []byte, typ reflect.Type) any {
	t.Helper()
	v := reflect.New(typ).Interface()
	if _, ds, err := load.Bytes(data, path, path, v); err != nil || len(ds) > 0 {
		t.Fatalf("%s: %v %v", path, err, ds)
	}
	return v
}

func modelOptions(opt Options) []cmp.Option {
	canon := func(s string) string {
		if c, ok := deadline.Canonical(s); ok {
			return c
		}
		return s
	}
	agency := func(s string) string {
		if id, ok := opt.Agency(s); ok {
			return id
		}
		return s
	}
	return []cmp.Option{
		cmpopts.IgnoreTypes(plan.Loc{}),
		cmp.FilterPath(underKey(deadlineFields), cmp.Comparer(func(a, b string) bool { return canon(a) == canon(b) })),
		cmp.FilterPath(underKey(agencyFields), cmp.Comparer(func(a, b string) bool { return agency(a) == agency(b) })),
	}
}

// underKey matches strings held by a struct field whose yaml key is in keys,
// directly or as list items.
func underKey(keys map[string]bool) func(cmp.Path) bool {
	return func(p cmp.Path) bool {
		if p.Last().Type().Kind() != reflect.String {
			return false
		}
		for i := len(p) - 1; i > 0; i-- {
			switch s := p.Index(i).(type) {
			case cmp.SliceIndex:
				continue
			case cmp.StructField:
				sf, _ := p.Index(i - 1).Type().FieldByName(s.Name())
				return keys[strings.Split(sf.Tag.Get("yaml"), ",")[0]]
			}
			return false
		}
		return false
	}
}
