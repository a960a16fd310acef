package check

import (
	"fmt"
	"strings"
	"time"

	"github.com/kh-tools/kh/internal/plan"
)

// Reads says what a rule reads besides the plan it checks. A plan's
// findings are cached under a key of its own files and of exactly what its
// rules declare here, so a rule that reads more than it declares would give
// stale findings after an edit. Tests catch that: every rule case runs once
// with each rule seeing only what it declares (the way kh check runs) and
// once with every rule seeing the whole repository, and the two must agree.
type Reads uint8

// What a rule may read besides its own plan.
const (
	// Registries: the agency registries (co-quan.yaml).
	Registries Reads = 1 << iota
	// WorkingDays: the working-day calendar (lich-lam-viec.yaml).
	WorkingDays
	// Settings: the repository settings (kho.yaml).
	Settings
	// ProgressRecords: the plan's progress records (tien-do/) and the
	// answers of its comment rounds (gop-y/).
	ProgressRecords
	// Templates: the layout templates.
	Templates
	// OtherPlans: other plans, through the cross-plan index only. Such a
	// rule is a Cross rule: it runs on every check, over the index.
	OtherPlans
)

var readNames = []string{"Registries", "WorkingDays", "Settings", "ProgressRecords", "Templates", "OtherPlans"}

func (r Reads) String() string {
	var out []string
	for i, n := range readNames {
		if r&(1<<i) != 0 {
			out = append(out, n)
		}
	}
	return strings.Join(out, "|")
}

// Rule is one family of checks with what it reads. Exactly one of Plan,
// Level and Cross is set:
//
//   - Plan checks the plans of c.repo, which holds one plan at a time
//     (and the registries when the rule reads them);
//   - Level checks the repository's own files (registries, kho.yaml);
//   - Cross checks all plans at once through the cross-plan index, which
//     is all that is kept of a plan once its own rules ran.
//
// To add a rule, add it to rules below; a rule that needs another plan's
// data is a Cross rule and reads it from Summary (add the fields it needs
// there and fill them in summarize).
type Rule struct {
	Name  string
	Reads Reads
	Plan  func(c *ctx)
	Level func(c *ctx)
	Cross func(x *cross)
}

var rules = []Rule{
	// One plan at a time.
	{Name: "ids", Plan: checkItemIDs},
	{Name: "agencies", Reads: Registries, Plan: checkAgencies},
	{Name: "links", Plan: checkLinks},
	{Name: "text", Reads: ProgressRecords, Plan: checkText},
	{Name: "silences", Reads: ProgressRecords, Plan: checkSilences},
	{Name: "form", Reads: Registries, Plan: checkForm},
	{Name: "deadlines", Reads: Registries | WorkingDays | Settings | ProgressRecords, Plan: checkDeadlines},
	{Name: "citations", Plan: checkCitations},
	{Name: "printed", Reads: Registries, Plan: checkPrinted},
	{Name: "progress", Reads: Registries | ProgressRecords, Plan: checkProgress},
	{Name: "members", Reads: Registries, Plan: checkMembers},
	{Name: "targets", Plan: checkTargets},
	// The comment rounds read the answers kept with the plan (gop-y/),
	// which come with its records.
	{Name: "rounds", Reads: Registries | WorkingDays | ProgressRecords, Plan: checkRounds},
	{Name: "citations-review", Reads: Registries, Plan: checkCitationsReview},
	{Name: "text-review", Reads: Registries, Plan: checkTextReview},

	// The repository's own files.
	{Name: "registries", Reads: Registries, Level: checkRegistries},
	{Name: "level-text", Reads: Registries | Settings, Level: checkLevelText},
	{Name: "level-silences", Reads: Registries | Settings, Level: checkLevelSilences},

	// Across plans, over the index.
	{Name: "plan-ids", Reads: OtherPlans, Cross: crossPlanIDs},
	{Name: "plan-links", Reads: OtherPlans, Cross: crossLinks},
	{Name: "parent", Reads: OtherPlans | WorkingDays, Cross: crossParent},
	{Name: "conditional", Reads: OtherPlans, Cross: crossConditional},
	{Name: "number-sequence", Reads: OtherPlans, Cross: crossSequences},
	{Name: "parent-targets", Reads: OtherPlans, Cross: crossParentTargets},
	{Name: "reviewed-plan", Reads: OtherPlans, Cross: crossReviewed},
	{Name: "families", Reads: OtherPlans | WorkingDays, Cross: crossFamilies},
	{Name: "templates", Reads: OtherPlans | Templates, Cross: crossTemplates},
}

// indexReads is what a plan's index entry and its as-of agenda read: the
// registries decide its document symbol form, its layout template and the
// agencies' names; the calendar and the progress records, what is due.
const indexReads = Registries | WorkingDays | ProgressRecords

// PlanReads is everything the rules over one plan read, with what its
// index entry reads: a plan's cached findings depend on these and on its
// own files.
func PlanReads() Reads {
	r := indexReads
	for _, rule := range rules {
		if rule.Plan != nil {
			r |= rule.Reads
		}
	}
	return r
}

// LevelReads is what the rules over the repository's own files read.
func LevelReads() Reads {
	var r Reads
	for _, rule := range rules {
		if rule.Level != nil {
			r |= rule.Reads
		}
	}
	return r
}

// checkRules panics on a rule table that breaks its own contract, at the
// first test: a Plan or Level rule cannot read other plans.
func init() {
	for _, r := range rules {
		n := 0
		for _, set := range []bool{r.Plan != nil, r.Level != nil, r.Cross != nil} {
			if set {
				n++
			}
		}
		if n != 1 || (r.Cross == nil) == (r.Reads&OtherPlans != 0) {
			panic(fmt.Sprintf("check: rule %q: a rule is Plan, Level or Cross, and only Cross rules read OtherPlans", r.Name))
		}
	}
}

// forbidden stands in for what a rule has not declared: using it panics
// with the rule's name, so the rule's first test says what to declare.
type forbidden struct {
	rule string
	what Reads
}

func (f forbidden) fail() {
	panic(fmt.Sprintf("check: rule %q reads %s without declaring it in its Reads (internal/check/rules.go)", f.rule, f.what))
}

func (f forbidden) IsWorkingDay(time.Time) bool                   { f.fail(); return false }
func (f forbidden) DayOff(time.Time) (string, bool)               { f.fail(); return "", false }
func (f forbidden) NextWorkingDay(t time.Time) time.Time          { f.fail(); return t }
func (f forbidden) AddWorkingDays(t time.Time, _ int) time.Time   { f.fail(); return t }
func (f forbidden) WorkingDaysBetween(time.Time, time.Time) int   { f.fail(); return 0 }
func (f forbidden) DoneBy(string, string, string, time.Time) bool { f.fail(); return false }
func (f forbidden) Latest(string, string, string, time.Time) (*plan.Record, *plan.RecordEntry) {
	f.fail()
	return nil, nil
}
