package followup

import (
	"time"

	"github.com/kh-tools/kh/internal/deadline"
	"github.com/kh-tools/kh/internal/members"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/progress"
	"github.com/kh-tools/kh/internal/target"
	"github.com/kh-tools/kh/internal/view"
)

// Verdict says where an indicator stands against its target for the
// period of its latest result. The values are a JSON contract.
type Verdict string

// The verdicts.
const (
	// Met: the result reaches the target.
	Met Verdict = "dat"
	// OnPath: not yet reached, but at or beyond the level a steady pace
	// from the baseline would give by the end of the period.
	OnPath Verdict = "dung_tien_do"
	// AtRisk: behind that pace while time remains.
	AtRisk Verdict = "co_nguy_co"
	// Missed: the target's time is over and it is not reached.
	Missed Verdict = "khong_dat"
	// NotAssessed: a result that cannot be set against the target
	// (prose targets, composite targets, unreadable results).
	NotAssessed Verdict = "chua_danh_gia"
	// NoResult: nobody reported a result yet.
	NoResult Verdict = "chua_co_ket_qua"
)

// Verdicts lists the verdicts in print order.
var Verdicts = []Verdict{Met, OnPath, AtRisk, Missed, NotAssessed, NoResult}

var verdictText = map[Verdict]*msg.Message{
	Met: msg.VerdictMet, OnPath: msg.VerdictOnPath, AtRisk: msg.VerdictAtRisk,
	Missed: msg.VerdictMissed, NotAssessed: msg.VerdictNotAssessed, NoResult: msg.VerdictNoResult,
}

// Text is the verdict's name in both languages.
func (v Verdict) Text() msg.Text { return verdictText[v].Text() }

// Indicator is one reporting agency's result of one indicator.
type Indicator struct {
	Indicator   *plan.Indicator
	Number      view.Numbered
	Agency, Via string
	// Unit is what results are counted in ("%").
	Unit string
	// Result is the latest result as written, of Period; Value reads it.
	Result  string
	Note    string
	Period  progress.Period
	Value   progress.Value
	Verdict Verdict
	// Target is the level to reach and Expected the level a steady pace
	// gives by the end of Period, when both are figures.
	Target, Expected float64
	Figures          bool
}

func indicators(r *plan.Repo, p *plan.Plan, set *progress.Set, as *members.Assignment, nums map[string]view.Numbered, day time.Time) []Indicator {
	span := planSpan(p)
	var out []Indicator
	seen := map[string]bool{}
	for _, in := range p.Indicators() {
		if seen[in.ID] {
			continue
		}
		seen[in.ID] = true
		for _, rp := range as.Indicators[in.ID] {
			x := Indicator{Indicator: in, Number: nums[in.ID], Agency: rp.ID, Via: rp.Via, Unit: progress.Unit(in), Verdict: NoResult}
			if rec, res := set.LatestResult(p.ID, in.ID, rp.ID, day); res != nil {
				x.Result, x.Note = res.Result, res.Note
				x.Period, _ = progress.ParsePeriod(rec.Period)
				x.assess(span)
			}
			out = append(out, x)
		}
	}
	return out
}

// span is the time a plan's targets are set for.
type span struct{ from, to time.Time }

// planSpan is the plan's period ("Năm 2026"), else the calendar year of
// its issue date's next year for an annual plan issued late in the year,
// else its issue year: the time its targets are for.
func planSpan(p *plan.Plan) span {
	if d, err := deadline.Parse(p.Period); err == nil && d.Dated() && !d.From.IsZero() {
		return span{d.From, d.To}
	}
	y := p.Date.Year()
	return span{time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC)}
}

// assess sets Value and Verdict from the result.
func (x *Indicator) assess(sp span) {
	v, problem := progress.ReadResult(x.Indicator, x.Result)
	x.Value = v
	if problem != nil {
		x.Verdict = NotAssessed
		return
	}
	end := sp.to
	if y := x.Indicator.Year; y != 0 {
		end = time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC)
	}
	over := !x.Period.To.Before(end)
	t := target.Parse(x.Indicator.Target)
	switch t.Kind {
	case target.Milestone:
		x.Verdict = pace(v.Done, false, over)
	case target.Rank:
		x.Verdict = pace(v.Numeric && v.Number <= t.Parts[0].Value, false, over)
	case target.Number:
		part, ok := t.Numeric()
		if !ok || !v.Numeric {
			x.Verdict = NotAssessed
			return
		}
		x.figures(part, sp.from, end)
	default:
		x.Verdict = NotAssessed
	}
}

// pace is the verdict of a result that is met or not, with onPath telling
// whether the pace is kept and over whether the target's time is up.
func pace(met, onPath, over bool) Verdict {
	switch {
	case met:
		return Met
	case over:
		return Missed
	case onPath:
		return OnPath
	}
	return AtRisk
}

// figures compares a figure with a one-part numeric target: met as the
// comparison states, on path when at least the share of the way from the
// baseline that the elapsed share of the target's time asks for.
func (x *Indicator) figures(part target.Part, from, end time.Time) {
	r := x.Value.Number
	down := x.Indicator.Direction == "giam" || part.Op == target.AtMost || part.Op == target.Below
	var met bool
	switch part.Op {
	case target.Above:
		met = r > part.Value
	case target.Below:
		met = r < part.Value
	default:
		met = r >= part.Value
		if down {
			met = r <= part.Value
		}
	}
	x.Target, x.Figures = part.Value, true
	elapsed := fraction(from, x.Period.To, end)
	base, hasBase := baseline(x.Indicator)
	switch {
	case !down:
		x.Expected = base + (part.Value-base)*elapsed
	case hasBase:
		x.Expected = base - (base-part.Value)*elapsed
	default:
		// Lower is better and no baseline: the path cannot be drawn.
		x.Expected = part.Value
	}
	onPath := r >= x.Expected
	if down {
		onPath = hasBase && r <= x.Expected
	}
	x.Verdict = pace(met, onPath, !x.Period.To.Before(end))
}

// fraction is how much of from–end has passed by day, between 0 and 1.
func fraction(from, day, end time.Time) float64 {
	total := end.Sub(from).Hours()
	if total <= 0 {
		return 1
	}
	return min(1, max(0, day.AddDate(0, 0, 1).Sub(from).Hours()/total))
}

func baseline(in *plan.Indicator) (float64, bool) {
	if in.Baseline == "" {
		return 0, false
	}
	if p, ok := target.Parse(in.Baseline).Numeric(); ok {
		return p.Value, true
	}
	return 0, false
}
