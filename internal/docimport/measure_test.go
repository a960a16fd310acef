package docimport

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/kh-tools/kh/internal/load"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/show"
)

const (
	plansDir = "../../plans"
	seed171  = "../../testdata/import/171-KH-UBND.txt"
)

// Figures measures an imported plan against the hand transcription of the
// same document, per element kind of what kh show --format json prints:
// the share of the transcription's elements the import gives back equal.
type Figures struct {
	// Sections are the top-level sections (number and heading), Items
	// every outline item (number and heading or excerpt), Texts the body's
	// paragraphs and dash items, Appendices their number, kind and title,
	// Groups the table groups (number and heading), Rows the rows of the
	// tables (number and text) and the items of a đề cương.
	// BodyTasks are tasks written in the body (steps, the tasks of a
	// section): the import keeps them as paragraphs, so they count among
	// Texts, not here.
	Sections, Items, Texts, BodyTasks, Appendices, Groups, Rows Share
}

// Share is matched of total.
type Share struct{ Matched, Total int }

func (s Share) Percent() float64 {
	if s.Total == 0 {
		return 100
	}
	return 100 * float64(s.Matched) / float64(s.Total)
}

func (s Share) String() string {
	return fmt.Sprintf("%.1f %% (%d/%d)", s.Percent(), s.Matched, s.Total)
}

func norm(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// bodyTexts are the texts of a plan's body: headings, paragraphs, dash
// items and the texts of tasks written in the body.
func bodyTexts(p *plan.Plan, ss []*plan.Section) map[string]int {
	out := map[string]int{}
	plan.WalkSections(ss, func(s *plan.Section, _ string, _ int) {
		if s.Heading != "" {
			out[norm(s.Heading)]++
		}
		for _, b := range append(append([]plan.Block(nil), s.Blocks...), s.After...) {
			out[norm(p.ExpandRefs(b.Content()))]++
		}
		for _, t := range s.Tasks {
			for _, line := range strings.Split(t.Text, "\n") {
				out[norm(strings.TrimPrefix(line, "- "))]++
			}
		}
	})
	return out
}

func share(want, got map[string]int) Share {
	var s Share
	for k, n := range want {
		s.Total += n
		s.Matched += min(n, got[k])
	}
	return s
}

// elements are what kh show resolves, by kind, as comparable strings.
func elements(repo *plan.Repo, p *plan.Plan) map[string]map[string]int {
	out := map[string]map[string]int{"sections": {}, "items": {}, "tasks": {}, "appendices": {}, "groups": {}, "rows": {}}
	add := func(kind string, parts ...string) { out[kind][norm(strings.Join(parts, " | "))]++ }
	res := show.Resolve(repo, p)
	for _, h := range res.Outline {
		if h.Depth == 1 {
			add("sections", h.Number, h.Text)
		}
		add("items", h.Number, h.Text)
		for _, t := range h.Tasks {
			add("tasks", t.Text)
		}
	}
	for _, a := range res.Appendices {
		add("appendices", a.Number, a.Kind, a.Title)
		for _, g := range a.Groups {
			add("groups", g.Number, g.Heading)
			for _, t := range g.Tasks {
				add("rows", t.Number, t.Text)
			}
			for _, in := range g.Indicators {
				add("rows", in.Number, in.Text)
			}
			for _, d := range g.Documents {
				add("rows", d)
			}
		}
	}
	for _, a := range p.Appendices {
		if a.Kind == plan.AppendixOutline {
			for k, n := range bodyTexts(p, a.Sections) {
				out["rows"][k] += n
			}
		}
	}
	return out
}

// measure compares the import with the hand transcription element kind by
// element kind, as kh show resolves both.
func measure(repo *plan.Repo, hand *plan.Plan, r *Result) Figures {
	got := r.Plan
	got.Appendices = r.Appendices
	for _, a := range got.Appendices {
		a.Plan = got
	}
	want, have := elements(repo, hand), elements(repo, got)
	return Figures{
		Sections: share(want["sections"], have["sections"]), Items: share(want["items"], have["items"]),
		Texts:      share(bodyTexts(hand, hand.Sections), bodyTexts(got, got.Sections)),
		BodyTasks:  share(want["tasks"], have["tasks"]),
		Appendices: share(want["appendices"], have["appendices"]), Groups: share(want["groups"], have["groups"]),
		Rows: share(want["rows"], have["rows"]),
	}
}

// report171 logs the figures of an import of 171/KH-UBND and holds them to
// what was measured.
func report171(t *testing.T, what string, repo *plan.Repo, r *Result) {
	t.Helper()
	hand := repo.Plan("na-kh-171-2025")
	f := measure(repo, hand, r)
	t.Logf("171 from %s: sections %s, outline items %s, body texts %s, tasks in the body %s, appendices %s, groups %s, rows and đề cương items %s",
		what, f.Sections, f.Items, f.Texts, f.BodyTasks, f.Appendices, f.Groups, f.Rows)
	for _, m := range missing(bodyTexts(hand, hand.Sections), bodyTexts(r.Plan, r.Plan.Sections)) {
		t.Logf("not given back as in plans/: %.90s", m)
	}
	if f.Sections.Percent() < 100 || f.Appendices.Percent() < 100 || f.Rows.Percent() < 95 || f.Texts.Percent() < 85 {
		t.Errorf("import of 171 from %s fell below the measured figures", what)
	}
}

func loadPlans(t testing.TB) *plan.Repo {
	t.Helper()
	res, err := load.Repo(plansDir, load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return res.Repo
}

func importText(t testing.TB, repo *plan.Repo, name string, data []byte) *Result {
	t.Helper()
	r, err := Build(Detect(FromText(name, data)), repo, Options{Dir: plansDir + "/nghe-an/kh-nhap"})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// Test171FromText imports the clean seed text of 171/KH-UBND and measures
// it against the hand transcription in plans/.
func Test171FromText(t *testing.T) {
	data, err := os.ReadFile(seed171)
	if err != nil {
		t.Skipf("seed not available: %v", err)
	}
	repo := loadPlans(t)
	report171(t, "text", repo, importText(t, repo, "171.txt", data))
}

func missing(want, got map[string]int) []string {
	var out []string
	for k, n := range want {
		if got[k] < n {
			out = append(out, k)
		}
	}
	return out
}
