package check

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/kh-tools/kh/internal/plan"
)

// twoPlans is a repository of a parent plan and a child naming it.
func twoPlans() *plan.Repo {
	repo := &plan.Repo{Plans: []*plan.Plan{
		{ID: "cha", Dir: "t/cha", Period: "Năm 2026"},
		{ID: "con", Dir: "t/con", Parent: "cha", Period: "Năm 2026"},
	}}
	for _, p := range repo.Plans {
		p.Src = &plan.Source{Name: p.Dir + "/ke-hoach.yaml"}
		p.Pos.File, p.Pos.Line, p.Pos.Column = p.Src.Name, 1, 1
	}
	repo.Index()
	return repo
}

// withRule runs fn with r added to the rule table.
func withRule(t *testing.T, r Rule, fn func()) {
	t.Helper()
	saved := rules
	rules = append(append([]Rule(nil), rules...), r)
	defer func() { rules = saved }()
	fn()
}

// TestUndeclaredCrossPlanReadFails adds a rule that looks at another plan
// from a Plan rule, which the cache could not know of: the comparison the
// rule tests make (every rule seeing the whole repository against each
// seeing what it declares) must tell.
func TestUndeclaredCrossPlanReadFails(t *testing.T) {
	sneaky := Rule{Name: "sneaky-parent", Plan: func(c *ctx) {
		for _, p := range c.repo.Plans {
			if p.Parent != "" && c.repo.Plan(p.Parent) == nil {
				c.add("KH014", p.Loc, p.Parent)
			}
		}
	}}
	withRule(t, sneaky, func() {
		repo := twoPlans()
		declared := Run(repo, nil, Options{})
		whole := Run(repo, nil, Options{Whole: true})
		if cmp.Diff(whole, declared) == "" {
			t.Fatal("a Plan rule reading another plan went unnoticed")
		}
	})
}

// TestUndeclaredCalendarPanics: a rule using the calendar without
// declaring it stops at its first use, naming itself.
func TestUndeclaredCalendarPanics(t *testing.T) {
	careless := Rule{Name: "careless", Plan: func(c *ctx) {
		c.opt.Calendar.IsWorkingDay(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	}}
	withRule(t, careless, func() {
		defer func() {
			r := recover()
			if msg, _ := r.(string); !strings.Contains(msg, `"careless"`) || !strings.Contains(msg, "WorkingDays") {
				t.Fatalf("panic %v, want one naming the rule and WorkingDays", r)
			}
		}()
		Run(twoPlans(), nil, Options{})
	})
}

func TestUndeclaredSettingsPanics(t *testing.T) {
	careless := Rule{Name: "careless", Plan: func(c *ctx) { c.reportGap() }}
	withRule(t, careless, func() {
		defer func() {
			if msg, _ := recover().(string); !strings.Contains(msg, "Settings") {
				t.Fatalf("panic %q, want one naming Settings", msg)
			}
		}()
		Run(twoPlans(), nil, Options{})
	})
}

// TestPlanRulesSeeOnePlan: in a declared run a Plan rule's repository
// holds its plan alone, however many the repository has.
func TestPlanRulesSeeOnePlan(t *testing.T) {
	var seen []int
	counter := Rule{Name: "counter", Plan: func(c *ctx) { seen = append(seen, len(c.repo.Plans)) }}
	withRule(t, counter, func() { Run(twoPlans(), nil, Options{}) })
	if diff := cmp.Diff([]int{1, 1}, seen); diff != "" {
		t.Errorf("plans seen per call (-want +got):\n%s", diff)
	}
}

func TestReadsDerived(t *testing.T) {
	if r := PlanReads(); r&OtherPlans != 0 || r&Registries == 0 || r&WorkingDays == 0 {
		t.Errorf("PlanReads = %v", r)
	}
	if got := (Registries | Settings).String(); got != "Registries|Settings" {
		t.Errorf("String = %q", got)
	}
}
