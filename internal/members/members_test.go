package members

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/kh-tools/kh/internal/load"
	"github.com/kh-tools/kh/internal/plan"
)

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func realRepo(t *testing.T) *plan.Repo {
	t.Helper()
	res, err := load.Repo("../../plans", load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return res.Repo
}

// The Nghệ An registry: 17 provincial bodies stand for "các sở, ban,
// ngành", 130 communes and wards for "UBND các xã, phường" and, through
// it, for "các địa phương".
func TestRealGroups(t *testing.T) {
	r := realRepo(t)
	q1 := day(2026, 3, 31)
	if n := len(Pool(r, "cac-so-nganh", q1)); n != 17 {
		t.Errorf("cac-so-nganh: %d members", n)
	}
	xa := Pool(r, "ubnd-cap-xa", q1)
	if len(xa) != 130 {
		t.Errorf("ubnd-cap-xa: %d members", len(xa))
	}
	if diff := cmp.Diff(xa, Pool(r, "cac-dia-phuong", q1)); diff != "" {
		t.Errorf("cac-dia-phuong is not the communes:\n%s", diff)
	}
	wards := 0
	for _, id := range xa {
		if a := r.Agency(id); a == nil {
			t.Fatalf("member %s not in the registry", id)
		} else if a.Name[:len("Ủy ban nhân dân phường")] == "Ủy ban nhân dân phường" {
			wards++
		}
	}
	if wards != 11 {
		t.Errorf("%d wards, want 11 (NQ 1678/NQ-UBTVQH15)", wards)
	}
	// Before 1/7/2025 the communes of the two-level government did not exist.
	if n := len(Pool(r, "ubnd-cap-xa", day(2025, 6, 30))); n != 0 {
		t.Errorf("%d communes on 30/6/2025", n)
	}
}

func TestReporters(t *testing.T) {
	r := realRepo(t)
	q1 := day(2026, 3, 31)
	tests := []struct {
		name          string
		lead, chosen  []string
		want          []Reporter
		wantLen, from int
	}{
		{name: "agency", lead: []string{"so-khcn"}, want: []Reporter{{ID: "so-khcn"}}},
		{name: "co-leads report each", lead: []string{"so-noi-vu", "so-khcn"},
			want: []Reporter{{ID: "so-noi-vu"}, {ID: "so-khcn"}}},
		{name: "group without members answers whole", lead: []string{"co-quan-bao-chi"},
			want: []Reporter{{ID: "co-quan-bao-chi"}}},
		{name: "chosen members only", lead: []string{"ubnd-cap-xa"}, chosen: []string{"xa-ky-son", "xa-muong-xen"},
			want: []Reporter{{ID: "xa-muong-xen", Via: "ubnd-cap-xa"}}},
		{name: "per-task group", lead: []string{"so-khcn", "cac-dia-phuong-lien-quan"}, chosen: []string{"xa-nam-dan", "phuong-vinh-hung"},
			want: []Reporter{{ID: "so-khcn"}, {ID: "xa-nam-dan", Via: "cac-dia-phuong-lien-quan"}, {ID: "phuong-vinh-hung", Via: "cac-dia-phuong-lien-quan"}}},
		{name: "per-task group unchosen answers whole", lead: []string{"cac-dia-phuong-lien-quan"},
			want: []Reporter{{ID: "cac-dia-phuong-lien-quan"}}},
		{name: "sở listed and via group once", lead: []string{"so-noi-vu", "cac-so-nganh"}, wantLen: 17},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Reporters(r, tt.lead, tt.chosen, q1)
			if tt.want == nil {
				if len(got) != tt.wantLen || got[0] != (Reporter{ID: "so-noi-vu"}) {
					t.Errorf("got %d reporters, first %+v", len(got), got[0])
				}
				return
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Error(diff)
			}
		})
	}
}

func TestAssign2026(t *testing.T) {
	r := realRepo(t)
	p := r.Plan("na-kh-2026-cds")
	a := Assign(r, p, day(2026, 3, 31))
	// nv-kien-toan-bo-may: các sở, ban, ngành and các địa phương.
	if n := len(a.Tasks["nv-kien-toan-bo-may"]); n != 17+130 {
		t.Errorf("nv-kien-toan-bo-may: %d reporters", n)
	}
	if !a.Reports("xa-anh-son", "nv-kien-toan-bo-may") || a.Reports("xa-anh-son", "nv-kien-truc-so") {
		t.Error("xa-anh-son's tasks are wrong")
	}
	if len(a.TasksOf("so-khcn")) <= len(a.TasksOf("so-tu-phap")) {
		t.Error("so-khcn leads more than so-tu-phap")
	}
	if len(a.IndicatorsOf("xa-anh-son")) == 0 {
		t.Error("communes lead indicators (ubnd-cap-xa in PL01)")
	}
	if !slicesContains(a.Agencies(), "bao-ptth") || slicesContains(a.Agencies(), "cac-so-nganh") {
		t.Error("agencies: groups with members must not report whole")
	}
}

func slicesContains(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}
