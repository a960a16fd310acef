package plan

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// rowsAppendix has two numbered groups, the second with a sub-group, so
// the count must run on through sub-groups and restart only at I, II.
func rowsAppendix(perGroup bool) *Appendix {
	tasks := func(ids ...string) []*Task {
		var out []*Task
		for _, id := range ids {
			out = append(out, &Task{ID: id})
		}
		return out
	}
	return &Appendix{ID: "pl", GroupNumbering: perGroup, Groups: []*Group{
		{ID: "g1", Tasks: tasks("a", "b")},
		{ID: "g2", Tasks: tasks("c"), Groups: []*Group{{ID: "g2a", Tasks: tasks("d", "e")}}},
	}}
}

func TestWalkRows(t *testing.T) {
	tests := []struct {
		name     string
		perGroup bool
		want     []string
	}{
		{"through the appendix", false, []string{"I a 1", "I b 2", "II c 3", " d 4", " e 5"}},
		{"per group (danh_so_theo_nhom)", true, []string{"I a 1", "I b 2", "II c 1", " d 2", " e 3"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			rowsAppendix(tt.perGroup).WalkRows(func(g *Group, num string, _ int, next func() int) {
				for _, tk := range g.Tasks {
					got = append(got, fmt.Sprintf("%s %s %d", num, tk.ID, next()))
				}
			})
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("rows (-want +got):\n%s", d)
			}
		})
	}
}

// TestTaskRefsPerGroup: task references carry the group when numbers
// restart, and ids are untouched either way.
func TestTaskRefsPerGroup(t *testing.T) {
	tests := []struct {
		perGroup bool
		want     []string
	}{
		{false, []string{"a 1 ", "b 2 ", "c 3 ", "d 4 ", "e 5 "}},
		{true, []string{"a 1 I", "b 2 I", "c 1 II", "d 2 II", "e 3 II"}},
	}
	for _, tt := range tests {
		p := &Plan{Appendices: []*Appendix{rowsAppendix(tt.perGroup)}}
		var got []string
		for _, tr := range p.Tasks() {
			got = append(got, tr.Task.ID+" "+tr.Number+" "+tr.Group)
		}
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("per group %v (-want +got):\n%s", tt.perGroup, d)
		}
	}
}

// TestFormLead: 171/KH-UBND Phụ lục 04 names the lead of each task and
// has the column; Phụ lục 03 is blank rows and has none.
func TestFormLead(t *testing.T) {
	tests := []struct {
		name   string
		labels map[string]string
		group  *Group
		want   bool
	}{
		{"blank rows", nil, &Group{Tasks: []*Task{{Text: "Nhiệm vụ....."}}}, false},
		{"other labels only", map[string]string{"tt": "Stt"}, &Group{Tasks: []*Task{{}}}, false},
		{"task names its lead", nil, &Group{Tasks: []*Task{{}, {Lead: []string{"so-khcn"}}}}, true},
		{"indicator names its lead", nil, &Group{Indicators: []*Indicator{{Lead: []string{"so-khcn"}}}}, true},
		{"lead in a sub-group", nil, &Group{Groups: []*Group{{Tasks: []*Task{{Lead: []string{"so-khcn"}}}}}}, true},
		{"column heading given", map[string]string{"chu_tri": "Đơn vị được giao chủ trì triển khai"}, &Group{Tasks: []*Task{{}}}, true},
	}
	for _, tt := range tests {
		a := &Appendix{Kind: AppendixForm, Labels: tt.labels, Groups: []*Group{tt.group}}
		if got := a.FormLead(); got != tt.want {
			t.Errorf("%s: FormLead = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestRunInTask(t *testing.T) {
	task := []*Task{{ID: "t"}}
	tests := []struct {
		name   string
		s      Section
		number string
		want   bool
	}{
		{"item holding only a task", Section{Tasks: task}, "c)", true},
		{"unnumbered", Section{Tasks: task}, "", false},
		{"has a heading", Section{Heading: "Tổng hợp", Tasks: task}, "c)", false},
		{"has its own text", Section{Blocks: []Block{{Text: "Trên cơ sở …"}}, Tasks: task}, "c)", false},
		{"lists citations", Section{Citations: true, Tasks: task}, "1.", false},
		{"no task", Section{}, "c)", false},
	}
	for _, tt := range tests {
		if got := tt.s.RunInTask(tt.number); got != tt.want {
			t.Errorf("%s: RunInTask = %v, want %v", tt.name, got, tt.want)
		}
	}
}
