package docimport

import (
	"os"
	"strings"
	"testing"

	"github.com/kh-tools/kh/internal/load"
	"github.com/kh-tools/kh/internal/plan"
)

const (
	plansDir = "../../plans"
	seed171  = "../../testdata/import/171-KH-UBND.txt"
)

// Figures measures an imported plan against the hand transcription of the
// same document, per element kind: the share of the transcription's
// elements the import gives back with the same text.
type Figures struct {
	Sections, Texts, Appendices, Rows Share
}

// Share is matched of total.
type Share struct{ Matched, Total int }

func (s Share) Percent() float64 {
	if s.Total == 0 {
		return 100
	}
	return 100 * float64(s.Matched) / float64(s.Total)
}

func norm(s string) string {
	s = strings.NewReplacer("[[pl01]]", "Phụ lục 01", "[[pl02]]", "Phụ lục 02", "[[pl03]]", "Phụ lục 03", "[[pl04]]", "Phụ lục 04", "[[pl05]]", "Phụ lục 05").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

// bodyTexts are the texts of a plan's body: headings, paragraphs, dash
// items and the texts of tasks written in the body.
func bodyTexts(ss []*plan.Section) map[string]int {
	out := map[string]int{}
	plan.WalkSections(ss, func(s *plan.Section, _ string, _ int) {
		if s.Heading != "" {
			out[norm(s.Heading)]++
		}
		for _, b := range append(append([]plan.Block(nil), s.Blocks...), s.After...) {
			out[norm(b.Content())]++
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

func rowTexts(a *plan.Appendix) map[string]int {
	out := map[string]int{}
	var walk func([]*plan.Group)
	walk = func(gs []*plan.Group) {
		for _, g := range gs {
			for _, t := range g.Tasks {
				out[norm(t.Text)]++
			}
			for _, i := range g.Indicators {
				out[norm(i.Text)]++
			}
			for _, d := range g.Documents {
				out[norm(d.Subject)]++
			}
			walk(g.Groups)
		}
	}
	walk(a.Groups)
	return out
}

func measure(hand *plan.Plan, r *Result) Figures {
	var f Figures
	top := map[string]int{}
	for _, s := range hand.Sections {
		top[norm(s.Heading)]++
	}
	got := map[string]int{}
	for _, s := range r.Plan.Sections {
		got[norm(s.Heading)]++
	}
	f.Sections = share(top, got)
	f.Texts = share(bodyTexts(hand.Sections), bodyTexts(r.Plan.Sections))
	f.Appendices.Total = len(hand.Appendices)
	for i, a := range hand.Appendices {
		if i < len(r.Appendices) && r.Appendices[i].Kind == a.Kind && norm(r.Appendices[i].Title) == norm(a.Title) {
			f.Appendices.Matched++
		}
		if i < len(r.Appendices) {
			s := share(rowTexts(a), rowTexts(r.Appendices[i]))
			if a.Kind == plan.AppendixOutline {
				s = share(bodyTexts(a.Sections), bodyTexts(r.Appendices[i].Sections))
			}
			f.Rows.Matched += s.Matched
			f.Rows.Total += s.Total
		}
	}
	return f
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
	r := importText(t, repo, "171.txt", data)
	f := measure(repo.Plan("na-kh-171-2025"), r)
	t.Logf("171 from text: sections %.0f %% (%d/%d), body texts %.1f %% (%d/%d), appendices %.0f %% (%d/%d), appendix rows and outline texts %.1f %% (%d/%d)",
		f.Sections.Percent(), f.Sections.Matched, f.Sections.Total, f.Texts.Percent(), f.Texts.Matched, f.Texts.Total,
		f.Appendices.Percent(), f.Appendices.Matched, f.Appendices.Total, f.Rows.Percent(), f.Rows.Matched, f.Rows.Total)
	for _, m := range missing(bodyTexts(repo.Plan("na-kh-171-2025").Sections), bodyTexts(r.Plan.Sections)) {
		t.Logf("not given back as in plans/: %.90s", m)
	}
	if f.Sections.Percent() < 100 || f.Appendices.Percent() < 100 || f.Rows.Percent() < 95 || f.Texts.Percent() < 85 {
		t.Errorf("import of 171 fell below the measured figures")
	}
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
