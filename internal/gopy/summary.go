package gopy

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/report"
	"github.com/kh-tools/kh/internal/view"
	"github.com/kh-tools/kh/internal/word"
	"github.com/kh-tools/kh/internal/worddiff"
)

// Counts close the summary table.
type Counts struct {
	Asked, Answered, Agreed                             int
	Comments, Accepted, Explained, Rejected, Unanswered int
}

// Summary is a round's comments grouped by the item of the draft they are
// on, with the responses.
type Summary struct {
	Round  *Round
	Groups []Group
	Counts Counts
	// Agreed are the agencies that answered "nhất trí"; Silent those that
	// did not answer.
	Agreed, Silent []string
}

// Group is one item's comments: where it is and what it says, and one
// line per comment.
type Group struct {
	Where, Text string
	Lines       []Line
}

// Line is one comment with the response to it.
type Line struct {
	Agency   string
	Comment  *plan.Comment
	Response string
}

// Summarize builds the summary of a round from its answers, ordering the
// items as the current draft prints them (units), comments on the whole
// draft first and comments on deleted items last.
func Summarize(rd *Round, units []word.Unit) *Summary {
	s := &Summary{Round: rd}
	order := map[string]int{}
	text := map[string]word.Unit{}
	for i, u := range units {
		if _, ok := order[u.Ref.ID]; !ok {
			order[u.Ref.ID] = i
		}
		if u.Main {
			if _, ok := text[u.Ref.ID]; !ok {
				text[u.Ref.ID] = u
			}
		}
	}
	answers := rd.Answers()
	by := map[string]*plan.Answer{}
	for _, a := range answers {
		by[a.Agency] = a
	}
	groups := map[string]*Group{}
	var ids []string
	for _, agency := range rd.Asked {
		a := by[agency]
		switch {
		case a == nil:
			s.Silent = append(s.Silent, agency)
			continue
		case a.Agrees && len(a.Comments) == 0:
			s.Agreed = append(s.Agreed, agency)
		}
		s.Counts.Answered++
		for _, c := range a.Comments {
			g := groups[c.Item]
			if g == nil {
				g = &Group{}
				groups[c.Item] = g
				ids = append(ids, c.Item)
			}
			g.Lines = append(g.Lines, Line{Agency: agency, Comment: c, Response: c.Response})
			s.count(c)
		}
	}
	rank := func(id string) int {
		switch i, ok := order[id]; {
		case id == rd.Plan.ID:
			return -1
		case ok:
			return i
		}
		return len(units)
	}
	slices.SortStableFunc(ids, func(a, b string) int { return rank(a) - rank(b) })
	for _, id := range ids {
		g := groups[id]
		switch u, ok := text[id]; {
		case id == rd.Plan.ID:
			g.Where, g.Text = "Ý kiến chung", "Toàn bộ dự thảo"
		case ok:
			g.Where, g.Text = u.Number, u.Text
		default:
			g.Where, g.Text = "Mục đã bỏ", id
		}
		s.Groups = append(s.Groups, *g)
	}
	s.Counts.Asked = len(rd.Asked)
	s.Counts.Agreed = len(s.Agreed)
	return s
}

func (s *Summary) count(c *plan.Comment) {
	s.Counts.Comments++
	switch c.Response {
	case plan.Accepted:
		s.Counts.Accepted++
	case plan.Explained:
		s.Counts.Explained++
	case plan.Rejected:
		s.Counts.Rejected++
	default:
		s.Counts.Unanswered++
	}
}

// Title is the summary table's name, as dossiers head it.
const Title = "BẢNG TỔNG HỢP, TIẾP THU, GIẢI TRÌNH Ý KIẾN GÓP Ý"

// Report lays the summary out as dossiers do: landscape, STT, the agency,
// the comment and the response, grouped by item, with the closing counts
// and the agencies that did not answer.
func (s *Summary) Report(v *view.Doc) report.Report {
	rd := s.Round
	rep := report.Report{
		Title:     []string{Title, fmt.Sprintf("dự thảo %s %s", v.TypeName(), v.Text(rd.Plan.Title))},
		Subtitle:  fmt.Sprintf("(Dự thảo lần %d)", rd.Draft),
		Landscape: true,
		Sheet:     "Tổng hợp góp ý",
		Columns: []report.Column{
			{Label: "STT", Share: 0.05, Center: true},
			{Label: "Cơ quan, đơn vị góp ý", Share: 0.16},
			{Label: "Nội dung góp ý", Share: 0.41},
			{Label: "Ý kiến tiếp thu, giải trình của cơ quan soạn thảo", Share: 0.38},
		},
	}
	rep.Intro = s.intro(v)
	n := 0
	for _, g := range s.Groups {
		rep.Rows = append(rep.Rows, report.Row{Group: true, Cells: []string{"", g.Where + ": " + excerpt(g.Text, 160)}})
		for _, l := range g.Lines {
			n++
			rep.Rows = append(rep.Rows, report.Row{Cells: []string{fmt.Sprint(n), v.Agency(l.Agency).Short, CommentText(l.Comment), ResponseText(l.Comment)}})
		}
	}
	if len(s.Groups) == 0 {
		rep.Rows = append(rep.Rows, report.Row{Group: true, Cells: []string{"", "Không có ý kiến góp ý."}})
	}
	rep.Closing = s.closing(v)
	return rep
}

func (s *Summary) intro(v *view.Doc) []string {
	rd := s.Round
	who := "Cơ quan soạn thảo"
	if rd.Drafter != "" {
		who = v.Agency(rd.Drafter).Name
	}
	sent := fmt.Sprintf("Ngày %s, %s đã gửi dự thảo %s %s", plan.ShortDate(rd.Sent), who, v.TypeName(), v.Text(rd.Plan.Title))
	if rd.Letter != "" {
		sent += " (Văn bản số " + rd.Letter + ")"
	}
	sent += fmt.Sprintf(" xin ý kiến %d cơ quan, đơn vị; hạn gửi ý kiến: %s", s.Counts.Asked, rd.Deadline)
	if !rd.Due.IsZero() {
		sent += " (đến hết ngày " + plan.ShortDate(rd.Due) + ")"
	}
	got := fmt.Sprintf("Đã nhận được ý kiến của %d/%d cơ quan, đơn vị, trong đó %d cơ quan, đơn vị nhất trí với dự thảo, không có ý kiến khác.", s.Counts.Answered, s.Counts.Asked, s.Counts.Agreed)
	return []string{sent + ".", got}
}

func (s *Summary) closing(v *view.Doc) []string {
	c := s.Counts
	out := []string{fmt.Sprintf("Tổng số: %d cơ quan, đơn vị được xin ý kiến; %d đã có ý kiến (%d nhất trí với dự thảo); %d ý kiến góp ý, trong đó tiếp thu %d, giải trình %d, không tiếp thu %d, chưa trả lời %d.",
		c.Asked, c.Answered, c.Agreed, c.Comments, c.Accepted, c.Explained, c.Rejected, c.Unanswered)}
	if len(s.Agreed) > 0 {
		out = append(out, "Các cơ quan, đơn vị nhất trí với dự thảo: "+v.Names(s.Agreed, view.Full)+".")
	}
	if len(s.Silent) > 0 {
		out = append(out, "Các cơ quan, đơn vị chưa có ý kiến: "+v.Names(s.Silent, view.Full)+
			" (theo quy định, cơ quan, đơn vị không có ý kiến đúng hạn được coi là thống nhất với dự thảo).")
	} else {
		out = append(out, "Tất cả các cơ quan, đơn vị được xin ý kiến đã có ý kiến.")
	}
	return out
}

// CommentText is a comment as the table prints it: its text, and a
// proposed edit as "Đề nghị sửa “…” thành “…”".
func CommentText(c *plan.Comment) string {
	var parts []string
	if c.Text != "" {
		parts = append(parts, c.Text)
	}
	switch {
	case c.Before != "" && c.Proposed != "":
		parts = append(parts, "Đề nghị sửa “"+c.Before+"” thành “"+c.Proposed+"”.")
	case c.Proposed != "" && c.Text == "":
		parts = append(parts, "Đề nghị sửa thành “"+c.Proposed+"”.")
	case c.Proposed != "":
		parts = append(parts, "“"+c.Proposed+"”")
	}
	return strings.Join(parts, "\n")
}

var responseWords = map[string]string{plan.Accepted: "Tiếp thu", plan.Explained: "Giải trình", plan.Rejected: "Không tiếp thu"}

// ResponseText is the drafting officer's response as the table prints it.
func ResponseText(c *plan.Comment) string {
	w, ok := responseWords[c.Response]
	switch {
	case !ok:
		return "(chưa trả lời)"
	case c.Reason == "":
		return w + "."
	}
	return w + ": " + c.Reason
}

func excerpt(s string, n int) string {
	s, _, _ = strings.Cut(s, "\n")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}

// Marked writes a word-level difference inline, as kh diff does: removed
// words as [-…-], added ones as {+…+}.
func Marked(ops []worddiff.Op) string {
	var b strings.Builder
	for _, op := range ops {
		switch op.Kind {
		case worddiff.Delete:
			b.WriteString("[-" + op.Text + "-]")
		case worddiff.Insert:
			b.WriteString("{+" + op.Text + "+}")
		default:
			b.WriteString(op.Text)
		}
	}
	return b.String()
}
