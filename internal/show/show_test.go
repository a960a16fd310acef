package show

import (
	"regexp"
	"strings"
	"testing"

	"github.com/kh-tools/kh/internal/load"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/view"
)

func resolve(t *testing.T, id string) Resolved {
	t.Helper()
	res, err := load.Repo("../../plans", load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	p := res.Repo.Plan(id)
	if p == nil {
		t.Fatalf("plan %s not loaded", id)
	}
	return Resolve(res.Repo, p)
}

// TestRowNumbers: rows restart at 1 in each group where the appendix asks
// (171/KH-UBND Phụ lục 04) and run on elsewhere (1174 Phụ lục 02).
func TestRowNumbers(t *testing.T) {
	tests := []struct {
		plan, appendix, group string
		first                 string
	}{
		{"na-kh-171-2025", "pl04", "II", "1"},
		{"na-kh-171-2025", "pl04", "IV", "1"},
		{"na-kh-2026-cds", "pl02", "II", "8"},
	}
	for _, tt := range tests {
		r := resolve(t, tt.plan)
		found := false
		for _, a := range r.Appendices {
			for _, g := range a.Groups {
				if a.ID == tt.appendix && g.Number == tt.group {
					found = true
					if got := g.Tasks[0].Number; got != tt.first {
						t.Errorf("%s %s group %s starts at %s, want %s", tt.plan, tt.appendix, tt.group, got, tt.first)
					}
				}
			}
		}
		if !found {
			t.Errorf("%s: no group %s in %s", tt.plan, tt.group, tt.appendix)
		}
	}
}

// TestRunInText: 171/KH-UBND II.2.c holds only a task; kh show prints the
// task after "c)" instead of a bare "c)".
func TestRunInText(t *testing.T) {
	r := resolve(t, "na-kh-171-2025")
	var b strings.Builder
	if err := WriteText(&b, r); err != nil {
		t.Fatal(err)
	}
	text := b.String()
	for _, want := range []string{
		"\n    c) Trên cơ sở báo cáo sơ kết của sở, ban, ngành",
		"\n       Chủ trì: Sở Khoa học và Công nghệ; Thời hạn: Trước ngày 01/8/2025",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("show lacks %q", want)
		}
	}
	if m := regexp.MustCompile(`(?m)^ *([IVXLC]+\.|\d+\.|[a-zđ]\)) *$`).FindString(text); m != "" {
		t.Errorf("bare outline number %q", m)
	}
	for _, h := range r.Outline {
		if h.ID == "tong-hop-bao-cao" && (!h.RunIn || !strings.HasPrefix(h.Text, "Trên cơ sở")) {
			t.Errorf("heading = %+v, want run-in with the task's text", h)
		}
	}
}

// TestTaskReferences: a reference to a task of a table numbered per group
// names the group, as "số 1" alone would be ambiguous.
func TestTaskReferences(t *testing.T) {
	tests := []struct {
		perGroup bool
		want     string
	}{
		{false, "Phụ lục 01, số 2 (b)"},
		{true, "Phụ lục 01, mục II, số 1 (b)"},
	}
	for _, tt := range tests {
		p := &plan.Plan{Appendices: []*plan.Appendix{{ID: "pl01", GroupNumbering: tt.perGroup, Groups: []*plan.Group{
			{ID: "g1", Heading: "Một", Tasks: []*plan.Task{{ID: "a"}}},
			{ID: "g2", Heading: "Hai", Tasks: []*plan.Task{{ID: "b"}}},
		}}}}
		if got := taskRefs(view.New(&plan.Repo{}, p))["b"]; got != tt.want {
			t.Errorf("per group %v: %q, want %q", tt.perGroup, got, tt.want)
		}
	}
}
