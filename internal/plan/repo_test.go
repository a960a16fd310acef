package plan

import "testing"

func TestAgencyByNameStaysInProvince(t *testing.T) {
	reg := func(file string, agencies ...*Agency) *Registry {
		return &Registry{Loc: Loc{Src: &Source{Name: file}}, Agencies: agencies}
	}
	r := &Repo{
		Registries: []*Registry{
			reg("khanh-hoa/co-quan.yaml", &Agency{ID: "vp-tu-kh", Name: "Văn phòng Tỉnh ủy"}),
			reg("nghe-an/co-quan.yaml", &Agency{ID: "so-khcn", Name: "Sở Khoa học và Công nghệ", Short: []string{"Sở KH&CN"}}),
			reg("trung-uong/co-quan.yaml", &Agency{ID: "chinh-phu", Name: "Chính phủ"}),
		},
		Plans: []*Plan{{ID: "kh-na", Dir: "nghe-an/kh-2026"}, {ID: "nq-kh", Dir: "khanh-hoa/nq-16"}},
	}
	r.Index()
	na := r.Plans[0]
	tests := []struct {
		p          *Plan
		name, want string
	}{
		{na, "sở kh&cn", "so-khcn"},
		{na, "Chính phủ", "chinh-phu"},
		{na, "Văn phòng Tỉnh ủy", ""}, // Khánh Hòa's, not Nghệ An's
		{r.Plans[1], "Văn phòng Tỉnh ủy", "vp-tu-kh"},
		{&Plan{Dir: "."}, "Văn phòng Tỉnh ủy", "vp-tu-kh"}, // outside any province
	}
	for _, tt := range tests {
		got := ""
		if a := r.AgencyByName(tt.p, tt.name); a != nil {
			got = a.ID
		}
		if got != tt.want {
			t.Errorf("AgencyByName(%s, %q) = %q, want %q", tt.p.Dir, tt.name, got, tt.want)
		}
	}
}
