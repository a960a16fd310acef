package load

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"

	"github.com/kh-tools/kh/internal/diag"
)

func TestRoleOf(t *testing.T) {
	for name, want := range map[string]Role{
		"kho.yaml":                            RoleConfig,
		"lich-lam-viec.yaml":                  RoleCalendar,
		"nghe-an/kho.yaml":                    RoleNone,
		"nghe-an/co-quan.yaml":                RoleRegistry,
		"co-quan.yaml":                        RoleRegistry,
		"nghe-an/kh/ke-hoach.yaml":            RolePlan,
		"nghe-an/kh/pl01.yaml":                RoleNone,
		"nghe-an/kh/tien-do/2026-Q1/so.yaml":  RoleProgress,
		"nghe-an/kh/tien-do/ke-hoach.yaml":    RoleProgress,
		"nghe-an/kh/tien-do/2026-Q1/ghi.txt":  RoleNone,
		"nghe-an/kh/tien-do-cu/2026-Q1/x.yml": RoleNone,
	} {
		if got := RoleOf(name); got != want {
			t.Errorf("RoleOf(%q) = %d, want %d", name, got, want)
		}
	}
}

// repoFS is a small repository as an in-memory file system: the loader
// must read it exactly as it reads a folder on disk.
var repoFS = fstest.MapFS{
	"kho.yaml":                          {Data: []byte("ten: Kho thử\nbao_cao_truoc_ngay_lam_viec: 3\n")},
	"tinh/co-quan.yaml":                 {Data: []byte("tinh: Thử\nco_quan:\n  - id: ubnd\n    ten: Ủy ban nhân dân tỉnh\n")},
	"tinh/kh/ke-hoach.yaml":             {Data: []byte(planYAML)},
	"tinh/kh/pl01.yaml":                 {Data: []byte("id: pl01\nloai: nhiem_vu\ntieu_de: Nhiệm vụ\nnhom:\n  - id: g\n    tieu_de: Nhóm\n    nhiem_vu:\n      - id: nv-1\n        noi_dung: Làm\n        chu_tri: ubnd\n")},
	"tinh/kh/tien-do/2026-Q1/ubnd.yaml": {Data: []byte("ke_hoach: kh-thu\nky: 2026-Q1\nco_quan: ubnd\nnhiem_vu:\n  - id: nv-1\n    tinh_trang: hoan_thanh\n")},
	"tinh/kh/ghi-chu.txt":               {Data: []byte("không phải tệp của kho")},
	".git/ke-hoach.yaml":                {Data: []byte("không được đọc")},
}

const planYAML = `id: kh-thu
loai: KH
co_quan: ubnd
ky_hieu: KH-UBND
dia_danh: Thử
trich_yeu: Thử
thoi_ky: Năm 2026
ky:
  chuc_vu: CHỦ TỊCH
noi_nhan: ["Lưu: VT."]
phu_luc: [pl01.yaml]
`

func TestFS(t *testing.T) {
	res, err := FS(repoFS, Options{Prefix: "plans"})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Diags) != 0 {
		t.Fatalf("findings: %v", res.Diags)
	}
	repo := res.Repo
	if repo.Config.ReportGap != 3 || len(repo.Registries) != 1 || len(repo.Plans) != 1 {
		t.Fatalf("model: config %+v, %d registries, %d plans", repo.Config, len(repo.Registries), len(repo.Plans))
	}
	p := repo.Plans[0]
	if p.Dir != "plans/tinh/kh" || len(p.Appendices) != 1 || len(p.Records) != 1 || p.Records[0].Tasks[0].ID != "nv-1" {
		t.Fatalf("plan %q: %d appendices, %d records", p.Dir, len(p.Appendices), len(p.Records))
	}
	var names []string
	for _, s := range repo.Sources {
		names = append(names, s.Name)
	}
	want := []string{"plans/kho.yaml", "plans/tinh/co-quan.yaml", "plans/tinh/kh/ke-hoach.yaml", "plans/tinh/kh/pl01.yaml"}
	if diff := cmp.Diff(want, names); diff != "" {
		t.Errorf("sources (-want +got):\n%s", diff)
	}
	task := p.Appendices[0].Groups[0].Tasks[0]
	if loc := task.Index("chu_tri", 0); !loc.Exact() || loc.Pos.String() != "plans/tinh/kh/pl01.yaml:10:18" || loc.Path != "nhom[0].nhiem_vu[0].chu_tri[0]" {
		t.Errorf("scalar written for a list: %v %q exact=%v", loc.Pos, loc.Path, loc.Exact())
	}
	if loc := task.Field("thoi_han"); loc.Exact() || loc.Pos != task.Pos {
		t.Errorf("an absent field falls back to its item: %+v", loc)
	}
}

// TestPositions checks the compact position table against the paths and
// positions a reader would point at.
func TestPositions(t *testing.T) {
	data := []byte("id: x\nnoi_dung:\n  - id: a\n    tieu_de: \"Mục A\"\n    muc:\n      - id: b\n        doan: [\"một\", hai]\n")
	src, ds, _ := Bytes(data, "f.yaml", "f.yaml", &planLike{})
	if len(ds) != 0 {
		t.Fatal(ds)
	}
	var got []string
	for _, sv := range src.Strings {
		loc := src.StringLoc(sv)
		got = append(got, loc.Path+"@"+loc.Pos.String()[len("f.yaml:"):]+quotedMark(loc.Quoted())+"="+sv.Value)
	}
	want := []string{
		"id@1:5=x",
		"noi_dung[0].id@3:9=a",
		`noi_dung[0].tieu_de@4:14"=Mục A`,
		"noi_dung[0].muc[0].id@6:13=b",
		`noi_dung[0].muc[0].doan[0]@7:16"=một`,
		"noi_dung[0].muc[0].doan[1]@7:23=hai",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func quotedMark(q bool) string {
	if q {
		return `"`
	}
	return ""
}

type planLike struct {
	ID       string     `yaml:"id"`
	Sections []*section `yaml:"noi_dung"`
}

type section struct {
	ID       string     `yaml:"id"`
	Heading  string     `yaml:"tieu_de"`
	Sections []*section `yaml:"muc"`
	Blocks   []string   `yaml:"doan"`
}

// TestSyntaxErrors pins where and how syntax errors are reported, on
// mistakes made in the real 2026 plan: yaml.v3 alone puts them where the
// enclosing block starts, in English.
func TestSyntaxErrors(t *testing.T) {
	plan := readLines(t, "../../plans/nghe-an/kh-2026-cds/ke-hoach.yaml")
	tasks := readLines(t, "../../plans/nghe-an/kh-2026-cds/pl02-nhiem-vu.yaml")
	// The line is found by its text so edits elsewhere in the plan do not move it.
	// A key line after a flow list ("chu_tri: [so-khcn]", then comments),
	// whose indentation alone decides the error.
	n := lineOf(t, tasks, "# theo dõi (có thể là ô gộp); ghi cho cả hai cột.") + 1
	for _, tc := range []struct {
		name string
		data string
		pos  string
		vi   string
		en   string
	}{
		{"unclosed quote", edit(plan, 19, func(s string) string { return strings.Replace(s, ": ", `: "`, 1) }), "19:9",
			"dấu nháy kép mở ở đây chưa được đóng", "the double quote opened here is never closed"},
		{"colon in text", edit(plan, 15, func(s string) string { return s + ": về chuyển đổi số" }), "15:47",
			"đặt nội dung có dấu hai chấm trong dấu nháy kép", "put text that contains a colon in double quotes"},
		{"list item indented less", edit(tasks, n, func(s string) string { return strings.TrimPrefix(s, "  ") }), fmt.Sprintf("%d:7", n),
			"mục danh sách thụt lề không khớp", "list item is indented unlike the others"},
		{"key indented more", edit(tasks, n, func(s string) string { return "  " + s }), fmt.Sprintf("%d:11", n),
			"dòng này thụt lề không khớp", "indentation of this line does not match"},
		{"tab", "id: x\n\tloai: KH\n", "2:1", "dùng dấu cách để thụt lề", "indent with spaces"},
		{"unclosed bracket", "id: x\nthuc_hien: [a, b\nloai: KH\n", "2:12", `thêm "]"`, `add "]"`},
		{"legacy encoding", "id: x\ntrich_yeu: Chuy\xd3n \xae\xe9i s\xe8\n", "2:16", "tệp không phải UTF-8", "not UTF-8"},
		{"backslash", "id: x\ntrich_yeu: \"C:\\duong\\dan\"\n", "2:15", `viết \\ cho dấu \`, `write \\ for a backslash`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := any(&struct{}{})
			_, ds, _ := Bytes([]byte(tc.data), "f.yaml", "f.yaml", v)
			if len(ds) != 1 || ds[0].Rule != "KH001" {
				t.Fatalf("want one KH001, got %v", ds)
			}
			d := ds[0]
			if got := strings.TrimPrefix(d.Pos.String(), "f.yaml:"); got != tc.pos {
				t.Errorf("at %s, want %s: %s", got, tc.pos, d.Message.VI)
			}
			if vi, en := renderIn(d, diag.VI), renderIn(d, diag.EN); !strings.Contains(vi, tc.vi) || !strings.Contains(en, tc.en) {
				t.Errorf("messages:\n%s\n%s", vi, en)
			}
		})
	}
}

func renderIn(d diag.Diagnostic, lang diag.Lang) string {
	var b strings.Builder
	diag.WriteText(&b, []diag.Diagnostic{d}, lang, true)
	return b.String()
}

func readLines(t *testing.T, name string) []string {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return strings.SplitAfter(string(data), "\n")
}

// edit changes line n (1-based) of lines.
// lineOf returns the 1-based number of the first line containing text.
func lineOf(t *testing.T, lines []string, text string) int {
	t.Helper()
	for i, l := range lines {
		if strings.Contains(l, text) {
			return i + 1
		}
	}
	t.Fatalf("no line contains %q", text)
	return 0
}

func edit(lines []string, n int, f func(string) string) string {
	out := append([]string(nil), lines...)
	out[n-1] = f(strings.TrimSuffix(out[n-1], "\n")) + "\n"
	return strings.Join(out, "")
}

// TestBrokenPlanSaysNothingElse: a plan file that does not parse gives its
// syntax finding only, not "missing noi_nhan" and the like.
func TestBrokenPlanSaysNothingElse(t *testing.T) {
	fsys := fstest.MapFS{
		"kho.yaml":           {Data: []byte("ten: x\n")},
		"t/kh/ke-hoach.yaml": {Data: []byte("id: kh\ntrich_yeu: \"không đóng\nnoi_nhan:\n  - a\n")},
	}
	res, err := FS(fsys, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Repo.Plans) != 0 || len(res.Diags) != 1 || res.Diags[0].Rule != "KH001" || res.Diags[0].Pos.Line != 2 {
		t.Errorf("plans %d, findings %v", len(res.Repo.Plans), res.Diags)
	}
}

func TestRootRefusesOutside(t *testing.T) {
	dir := t.TempDir()
	_, err := Root(dir)
	pe, ok := err.(*PathError)
	if !ok || !strings.Contains(pe.Message(diag.VI), "không nằm trong kho kế hoạch") || !strings.Contains(pe.Message(diag.EN), "not inside a plans repository") {
		t.Fatalf("Root outside a repository: %v", err)
	}
	if _, err := Root(filepath.Join(dir, "khong-co")); err == nil || !strings.Contains(err.(*PathError).Message(diag.EN), "no such file or folder") {
		t.Errorf("missing path: %v", err)
	}
	os.WriteFile(filepath.Join(dir, RootFile), []byte("ten: x\n"), 0o644)
	os.MkdirAll(filepath.Join(dir, "a", "b"), 0o755)
	if root, err := Root(filepath.Join(dir, "a", "b")); err != nil || root != dir {
		t.Errorf("Root below kho.yaml = %q, %v", root, err)
	}
}

func TestDirFSStaysInside(t *testing.T) {
	outside := t.TempDir()
	os.WriteFile(filepath.Join(outside, "bi-mat.yaml"), []byte("id: x\n"), 0o644)
	root := t.TempDir()
	os.WriteFile(filepath.Join(root, "a.yaml"), []byte("id: a\n"), 0o644)
	os.Symlink("a.yaml", filepath.Join(root, "trong.yaml"))
	os.Symlink(filepath.Join(outside, "bi-mat.yaml"), filepath.Join(root, "ngoai.yaml"))
	os.Symlink(outside, filepath.Join(root, "thu-muc-ngoai"))
	os.Symlink("/dev/zero", filepath.Join(root, "zero.yaml"))
	fsys, err := DirFS(root)
	if err != nil {
		t.Fatal(err)
	}
	if data, err := ReadFile(fsys, "trong.yaml"); err != nil || string(data) != "id: a\n" {
		t.Errorf("a link inside the repository is followed: %q %v", data, err)
	}
	for _, name := range []string{"ngoai.yaml", "thu-muc-ngoai/bi-mat.yaml", "zero.yaml"} {
		if _, err := ReadFile(fsys, name); !isErr(err, ErrOutside) {
			t.Errorf("%s: %v, want %v", name, err, ErrOutside)
		}
	}
	if _, err := ReadFile(fsys, "../bi-mat.yaml"); err == nil {
		t.Error(`".." read`)
	}
}

func isErr(err, target error) bool {
	return err != nil && strings.Contains(err.Error(), target.Error())
}
