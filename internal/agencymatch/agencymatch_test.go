package agencymatch

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/kh-tools/kh/internal/load"
	"github.com/kh-tools/kh/internal/plan"
)

func repo(t testing.TB) *plan.Repo {
	t.Helper()
	res, err := load.Repo("../../plans", load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return res.Repo
}

func day(s string) time.Time {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return d
}

func TestName(t *testing.T) {
	m := New(repo(t), "../../plans/nghe-an/kh-moi")
	tests := []struct {
		name string
		on   time.Time
		id   string
		how  string
	}{
		{"Sở Khoa học và Công nghệ", time.Time{}, "so-khcn", ByName},
		{"Sở KH&CN", time.Time{}, "so-khcn", ByName},
		{"sở khoa học và công nghệ", time.Time{}, "so-khcn", ByName},
		{"So Khoa hoc va Cong nghe", time.Time{}, "so-khcn", ByVariant},
		{"Sở GDĐT", time.Time{}, "so-gddt", ByName},
		{"Sở GD&ĐT", time.Time{}, "so-gddt", ByName},
		{"Sở GD & ĐT", time.Time{}, "so-gddt", ByVariant},
		{"Sở Giáo dục", time.Time{}, "so-gddt", ByPrefix},
		{"Sở NNMT", time.Time{}, "so-nn-mt", ByVariant},
		{"Sở VHTT&DL", time.Time{}, "so-vhttdl", ByName},
		{"Sở Văn hoá, Thể thao và Du lịch", time.Time{}, "so-vhttdl", ByVariant},
		{"UBND tỉnh", time.Time{}, "ubnd-tinh", ByName},
		{"Sở Tài nguyên và Môi trường", day("2024-06-01"), "so-tnmt", ByName},
		{"Sở Tài nguyên và Môi trường", day("2025-12-31"), "so-nn-mt", ByName},
		{"Sở Không Có", time.Time{}, "", ""},
		{"Sở", time.Time{}, "", ""},
	}
	for _, tt := range tests {
		got := m.Name(tt.name, tt.on)
		if got.ID != tt.id || got.How != tt.how {
			t.Errorf("Name(%q) = %q by %q, want %q by %q", tt.name, got.ID, got.How, tt.id, tt.how)
		}
	}
	if got := m.Name("Sở Tài nguyên và Môi trường", day("2025-12-31")); got.Ended != "so-tnmt" {
		t.Errorf("ended agency not reported: %+v", got)
	}
	if got := m.Name("Sở Thông tin và Truyền thông", day("2025-12-31")); got.ID != "so-tttt" || len(got.Successors) != 2 {
		t.Errorf("two successors: %+v", got)
	}
	if got := m.Name("Sở Khoa hoc va Cong nghẹ", time.Time{}); got.ID != "" && got.ID != "so-khcn" {
		t.Errorf("near miss matched %q", got.ID)
	}
	if got := m.Name("Sở Kho học và Công nghệ", time.Time{}); got.ID != "" || len(got.Closest) == 0 || got.Closest[0] != "Sở Khoa học và Công nghệ" {
		t.Errorf("closest: %+v", got)
	}
}

func TestCell(t *testing.T) {
	m := New(repo(t), "../../plans/nghe-an/kh-moi")
	tests := []struct {
		cell string
		ids  []string
	}{
		{"Sở Y tế, Sở GD&ĐT", []string{"so-y-te", "so-gddt"}},
		{"- Sở Y tế;\n- Sở Nội vụ", []string{"so-y-te", "so-noi-vu"}},
		{"Sở Khoa học và Công nghệ; Sở Công Thương; các địa phương", []string{"so-khcn", "so-cong-thuong", "cac-dia-phuong"}},
		{"Các sở, ban, ngành", []string{"cac-so-nganh"}},
		{"Sở Y tế, Sở Lạ", []string{""}},
		{"Các Sở, ban, ngành cấp tỉnh, UBND cấp huyện", []string{"cac-so-nganh", "ubnd-cap-huyen"}},
		// A name holding commas, then one that leaves out its "Các".
		{"Các sở, ban, ngành, địa phương", []string{"cac-so-nganh", "cac-dia-phuong"}},
		{"Sở Y tế, địa phương", []string{"so-y-te", "cac-dia-phuong"}},
	}
	for _, tt := range tests {
		var ids []string
		for _, mt := range m.Cell(tt.cell, time.Time{}) {
			ids = append(ids, mt.ID)
		}
		if diff := cmp.Diff(tt.ids, ids); diff != "" {
			t.Errorf("Cell(%q) (-want +got):\n%s", tt.cell, diff)
		}
	}
}

func TestProvince(t *testing.T) {
	r := repo(t)
	kh := New(r, "../../plans/khanh-hoa/nq-moi")
	if got := kh.Name("Sở Khoa học và Công nghệ", time.Time{}); got.ID == "so-khcn" {
		t.Errorf("a Khánh Hòa plan matched Nghệ An's agency")
	}
	if got := kh.Name("Bộ Chính trị", time.Time{}); got.ID == "" {
		t.Errorf("central body not matched from Khánh Hòa")
	}
}
