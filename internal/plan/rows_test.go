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
		{ID: "g1", Heading: "Một", Tasks: tasks("a", "b")},
		{ID: "g2", Heading: "Hai", Tasks: tasks("c"), Groups: []*Group{{ID: "g2a", Heading: "Hai a", Tasks: tasks("d", "e")}}},
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

// TestGroupWithoutHeading: a table published without group rows keeps one
// group with no heading; it takes no number, and the groups after it are
// numbered from I.
func TestGroupWithoutHeading(t *testing.T) {
	a := &Appendix{Groups: []*Group{{ID: "g0"}, {ID: "g1", Heading: "Một"}}}
	var got []string
	a.WalkGroups(func(g *Group, num string, _ int) { got = append(got, g.ID+"="+num) })
	if d := cmp.Diff([]string{"g0=", "g1=I"}, got); d != "" {
		t.Errorf("(-want +got):\n%s", d)
	}
}

// TestTaskLabels: tasks take their level's style; a lone task and a task
// that runs on from the one before are not numbered.
func TestTaskLabels(t *testing.T) {
	tasks := func(n int, runOn ...int) []*Task {
		out := make([]*Task, n)
		for i := range out {
			out[i] = &Task{ID: fmt.Sprint(i)}
		}
		for _, i := range runOn {
			out[i].RunOn = true
		}
		return out
	}
	tests := []struct {
		name  string
		tasks []*Task
		style string
		level int
		want  []string
	}{
		{"letters under 1.", tasks(3), "", 3, []string{"a)", "b)", "c)"}},
		{"dashes under a)", tasks(2), "", 4, []string{"-", "-"}},
		{"plus under -", tasks(2), "", 5, []string{"+", "+"}},
		{"lone task", tasks(1), "", 3, []string{""}},
		{"lone task, style asked", tasks(1), NumLetter, 3, []string{"a)"}},
		{"run on", tasks(3, 2), "", 4, []string{"-", "-", ""}},
		{"arabic asked", tasks(2), NumArabic, 4, []string{"1.", "2."}},
		{"upper letters", tasks(2), NumUpper, 1, []string{"A.", "B."}},
	}
	for _, tt := range tests {
		got := TaskLabels(tt.tasks, tt.style, DefaultLevels(), tt.level)
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, d)
		}
	}
}

// TestWalkLevels: a document's own levels (171/KH-UBND Phụ lục 02: A., I.,
// 1., -).
func TestWalkLevels(t *testing.T) {
	ss := []*Section{
		{ID: "a", Sections: []*Section{{ID: "a1", Sections: []*Section{{ID: "a11"}, {ID: "a12", Sections: []*Section{{ID: "x"}}}}}}},
		{ID: "b"},
	}
	var got []string
	WalkLevels(ss, []string{NumUpper, NumRoman, NumArabic, NumDash}, func(n Numbered) {
		got = append(got, n.Section.ID+"="+n.Number)
	})
	want := []string{"a=A.", "a1=I.", "a11=1.", "a12=2.", "x=-", "b=B."}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("(-want +got):\n%s", d)
	}
}

// TestSubtaskRefs: a step's items follow it in Tasks, numbered under it.
func TestSubtaskRefs(t *testing.T) {
	p := &Plan{Sections: []*Section{{ID: "s", Tasks: []*Task{
		{ID: "b1", Subtasks: []*Task{{ID: "b1a"}, {ID: "b1b"}}},
		{ID: "b2"},
	}}}}
	var got []string
	for _, tr := range p.Tasks() {
		got = append(got, tr.Task.ID+"="+tr.Number)
	}
	if d := cmp.Diff([]string{"b1=1", "b1a=1.1", "b1b=1.2", "b2=2"}, got); d != "" {
		t.Errorf("(-want +got):\n%s", d)
	}
}
