package schema

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/golden"
	"github.com/kh-tools/kh/internal/load"
	"github.com/kh-tools/kh/internal/plan"
)

const schemaDir = "../../schema"

// TestGeneratedFiles keeps the committed schema/*.json equal to what the
// generator writes; make golden rewrites them.
func TestGeneratedFiles(t *testing.T) {
	for _, k := range Kinds() {
		t.Run(k.Name, func(t *testing.T) {
			path := filepath.Join(schemaDir, k.File())
			if golden.Updating() {
				if err := os.WriteFile(path, k.JSON(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			got, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, k.JSON()) {
				t.Errorf("%s is out of date; run make golden", path)
			}
		})
	}
}

// TestDescriptionsMatchModel checks every key of the model has a Vietnamese
// description and every description names a key of the model.
func TestDescriptionsMatchModel(t *testing.T) {
	want := map[string]bool{}
	for typ, name := range defNames {
		want[name] = true
		for _, f := range load.FieldsOf(typ) {
			want[name+"."+f.Key] = true
		}
	}
	for key := range want {
		if strings.TrimSpace(descriptions[key]) == "" {
			t.Errorf("no description for %s", key)
		}
	}
	for key := range descriptions {
		if !want[key] {
			t.Errorf("description %s names no key of the model", key)
		}
	}
}

// TestRepositoryFilesValidate validates every YAML file of plans/ and
// testdata/repo-ok against its schema and checks that the file's
// yaml-language-server line, when present, points at that schema.
func TestRepositoryFilesValidate(t *testing.T) {
	compiled := map[string]bool{}
	n := 0
	// The progress records written by kh import in its round-trip test stand
	// in for real ones, which plans/ does not have yet.
	roots := []struct{ dir, kind string }{{"../../plans", ""}, {"../../testdata/repo-ok", ""}, {"../../testdata/forms", "tien-do"}, {"../../testdata/gop-y", "gop-y"}}
	for _, root := range roots {
		err := filepath.WalkDir(root.dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".yaml") {
				return err
			}
			kind := root.kind
			if kind == "" {
				kind = kindOf(path)
			}
			if kind == "" {
				return nil
			}
			n++
			compiled[kind] = true
			t.Run(filepath.ToSlash(path), func(t *testing.T) { k, _ := Lookup(kind); checkFile(t, k, path, root.kind == "") })
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if len(compiled) != len(Kinds()) || n < 15 {
		t.Errorf("validated %d files of kinds %v; expected every kind and all of plans/", n, compiled)
	}
}

// kindOf classifies a repository file by the loader's file names. The
// working-day calendar and progress records (tien-do/) have schemas of
// their own owners and are skipped.
func kindOf(path string) string {
	switch filepath.Base(path) {
	case load.PlanFile:
		return "ke-hoach"
	case load.RegistryFile:
		return "co-quan"
	case load.RootFile:
		return "kho"
	case load.CalendarFile:
		return ""
	}
	if slices.Contains(strings.Split(filepath.ToSlash(path), "/"), "tien-do") {
		return "tien-do"
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(path), load.PlanFile)); err == nil {
		return "phu-luc"
	}
	return ""
}

var modeline = regexp.MustCompile(`(?m)^# yaml-language-server: \$schema=(\S+)`)

// checkFile validates path against k; the schema line is checked only for
// files in their real place (modeline), since copies elsewhere keep the
// relative path of the place they were written for.
func checkFile(t *testing.T, k Kind, path string, modelineHere bool) {
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if m := modeline.FindSubmatch(src); m != nil && modelineHere {
		target := filepath.Join(filepath.Dir(path), filepath.FromSlash(string(m[1])))
		if want := filepath.Join(schemaDir, k.File()); filepath.Clean(target) != filepath.Clean(want) {
			t.Errorf("%s: $schema=%s resolves to %s, want %s", path, m[1], target, want)
		}
	}
	errs, err := validate(compile(t, k), filepath.ToSlash(path), src)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range errs {
		t.Error(e)
	}
}

// TestSchemaAgreesWithLoader feeds the same snippets to the schema and to
// the loader: a snippet the loader accepts must validate (no false alarms in
// the editor), and one it rejects must fail on the same line. The one
// deliberate difference: a bare number or true/false where text is expected
// is read by the loader as text, while the schema asks for quotes, since
// thoi_han: 2026 in the editor is more often a slip than a choice.
func TestSchemaAgreesWithLoader(t *testing.T) {
	const head = "id: kh-a\nloai: KH\nco_quan: ubnd\nky_hieu: KH-UBND\ndia_danh: Nghệ An\ntrich_yeu: x\nthoi_ky: Năm 2026\n"
	tests := []struct {
		name, kind, src string
		// line is where both must report; 0 means the snippet is valid.
		line int
		// schemaOnly marks the deliberate difference: only the schema
		// reports line.
		schemaOnly bool
	}{
		{"minimal plan", "ke-hoach", head, 0, false},
		{"unquoted date stays a string", "ke-hoach", head + "ngay: 2025-03-17\n", 0, false},
		{"quoted date", "ke-hoach", head + "ngay: \"2025-03-17\"\n", 0, false},
		{"date in a string field", "ke-hoach", head + "noi_dung:\n  - id: a\n    nhiem_vu:\n      - id: t\n        noi_dung: x\n        thoi_han: 2026-03-31\n", 0, false},
		{"single agency without brackets", "ke-hoach", head + "noi_dung:\n  - id: a\n    nhiem_vu:\n      - {id: t, noi_dung: x, chu_tri: so-a, phoi_hop: [so-b, so-c]}\n", 0, false},
		{"block as string or dash item", "ke-hoach", head + "mo_dau:\n  - Đoạn một.\n  - gach: Ý một.\n", 0, false},
		{"nested sections", "ke-hoach", head + "noi_dung:\n  - id: a\n    danh_so: la_ma\n    muc:\n      - id: b\n        muc:\n          - id: c\n            tieu_de: C\n", 0, false},
		{"unknown key", "ke-hoach", head + "tieu_đe: x\n", 8, false},
		{"bare number as text", "ke-hoach", head + "noi_dung:\n  - id: a\n    nhiem_vu:\n      - {id: t, noi_dung: x, thoi_han: 2026}\n", 11, true},
		{"unknown key in a block", "ke-hoach", head + "mo_dau:\n  - gach: x\n    doan_x: y\n", 10, false},
		{"missing required", "ke-hoach", "id: kh-a\nloai: KH\n", 1, false},
		{"empty required", "ke-hoach", head + "can_cu:\n  - {id: c, loai: NQ, so_ky_hieu: \"\", ngay: 2025-01-01, co_quan: tw}\n", 9, false},
		{"enum", "ke-hoach", strings.Replace(head, "loai: KH", "loai: KHX", 1), 2, false},
		{"id pattern", "ke-hoach", strings.Replace(head, "id: kh-a", "id: KH A", 1), 1, false},
		{"invalid date", "ke-hoach", head + "ngay: 2025-02-30\n", 8, false},
		{"date in another form", "ke-hoach", head + "ngay: 17/3/2025\n", 8, false},
		{"wrong type", "ke-hoach", head + "so: mười\n", 8, false},
		{"list where a mapping is expected", "ke-hoach", head + "ky: [a]\n", 8, false},
		{"appendix", "phu-luc", "id: pl\nloai: chi_tieu\ntieu_de: T\nnhan_cot: {noi_dung: Nội dung}\nnhom:\n  - id: g\n    tieu_de: G\n    chi_tieu:\n      - {id: c, noi_dung: x, muc_tieu: \"≥ 50%\"}\n", 0, false},
		{"appendix kind", "phu-luc", "id: pl\nloai: bang\ntieu_de: T\n", 2, false},
		{"registry", "co-quan", "tinh: A\nco_quan:\n  - {id: so-a, ten: Sở A, loai: nhom, khoi: nha_nuoc, tu_ngay: 2025-03-01, ten_ngan: Sở A}\n", 0, false},
		{"registry bloc", "co-quan", "tinh: A\nco_quan:\n  - {id: so-a, ten: Sở A, khoi: tu_nhan}\n", 3, false},
		{"kho", "kho", "ten: K\nbao_cao_truoc_ngay_lam_viec: 5\n", 0, false},
		{"kho gap as text", "kho", "bao_cao_truoc_ngay_lam_viec: năm\n", 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k, _ := Lookup(tt.kind)
			errs, err := validate(compile(t, k), "f.yaml", []byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			loaderLines := loaderSchemaFindings(t, k, tt.src)
			if tt.line == 0 {
				if len(errs) > 0 || len(loaderLines) > 0 {
					t.Errorf("want valid; schema: %v; loader lines: %v", errs, loaderLines)
				}
				return
			}
			if tt.schemaOnly == slices.Contains(loaderLines, tt.line) {
				t.Errorf("loader reports lines %v; line %d expected: %v", loaderLines, tt.line, !tt.schemaOnly)
			}
			if !slices.ContainsFunc(errs, func(e string) bool { return strings.HasPrefix(e, "f.yaml:"+strconv.Itoa(tt.line)+":") }) {
				t.Errorf("schema reports %v, want an error on line %d", errs, tt.line)
			}
		})
	}
}

// loaderSchemaFindings returns the lines of the loader's schema findings
// (KH002–KH009) for src read as kind k.
func loaderSchemaFindings(t *testing.T, k Kind, src string) []int {
	t.Helper()
	targets := map[string]any{"ke-hoach": &plan.Plan{}, "phu-luc": &plan.Appendix{}, "co-quan": &plan.Registry{}, "kho": &plan.Config{}}
	_, ds, err := load.Bytes([]byte(src), "f.yaml", "", targets[k.Name])
	if err != nil {
		t.Fatal(err)
	}
	var lines []int
	for _, d := range ds {
		if r, _ := diag.Lookup(d.Rule); r.Code >= "KH002" && r.Code <= "KH009" {
			lines = append(lines, d.Pos.Line)
		}
	}
	sort.Ints(lines)
	return lines
}
