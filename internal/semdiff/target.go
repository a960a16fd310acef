package semdiff

import (
	"strings"

	"github.com/kh-tools/kh/internal/target"
)

// Verdict classifies a changed target (muc_tieu).
type Verdict string

// The verdicts. Equivalent is the same commitment written differently
// ("≥60%" → "≥ 60%").
const (
	Weakened      Verdict = "weakened"
	Strengthened  Verdict = "strengthened"
	UnitChanged   Verdict = "unit_changed"
	NotComparable Verdict = "not_comparable"
	Equivalent    Verdict = "equivalent"
)

// Direction says which way an indicator improves.
type Direction string

// Directions.
const (
	HigherBetter Direction = "higher"
	LowerBetter  Direction = "lower"
)

// TargetChange is a target change read as values.
type TargetChange struct {
	Verdict Verdict `json:"verdict"`
	// Direction is the way the indicator improves: its huong when the
	// plan says, lower for a rank ("Top 20") or for targets that are
	// both upper bounds ("≤ 5%"), else higher.
	Direction Direction `json:"direction"`
	// From and To are the targets as read (internal/target).
	From TargetValue `json:"from"`
	To   TargetValue `json:"to"`
}

// TargetValue is a parsed target: its kind ("number", "rank",
// "milestone", "text") and its measured parts.
type TargetValue struct {
	Kind  string       `json:"kind"`
	Parts []TargetPart `json:"parts"`
}

// TargetPart is one measured value: "≥ 50%" is {"≥", 50, 0, "%", ""}.
type TargetPart struct {
	Op      string  `json:"op"`
	Value   float64 `json:"value"`
	High    float64 `json:"high,omitempty"`
	Unit    string  `json:"unit"`
	Subject string  `json:"subject,omitempty"`
}

var opNames = map[target.Op]string{target.Exact: "", target.AtLeast: "≥", target.Above: ">", target.AtMost: "≤", target.Below: "<", target.Between: "–"}

func targetValue(t target.Target) TargetValue {
	v := TargetValue{Kind: t.Kind.String(), Parts: []TargetPart{}}
	for _, p := range t.Parts {
		v.Parts = append(v.Parts, TargetPart{Op: opNames[p.Op], Value: p.Value, High: p.High, Unit: p.Unit, Subject: p.Subject})
	}
	return v
}

// ClassifyTarget compares two written targets of an indicator whose huong
// ("tang", "giam", or "") is huong. Parts are paired by subject (a
// composite "Cấp tỉnh 90%, cấp huyện 80%" part by part); a target lowered
// in any part is weakened, whatever the others do.
func ClassifyTarget(old, new, huong string) *TargetChange {
	a, b := target.Parse(old), target.Parse(new)
	dir := direction(huong, a, b)
	tc := &TargetChange{Verdict: NotComparable, Direction: HigherBetter, From: targetValue(a), To: targetValue(b)}
	if dir == target.Lower {
		tc.Direction = LowerBetter
	}
	pairs := target.Pairs(a, b)
	if len(pairs) == 0 {
		return tc
	}
	weaker, stronger, units := false, false, false
	for _, p := range pairs {
		w, ok := target.Weaker(p[0], p[1], dir)
		s, _ := target.Weaker(p[1], p[0], dir)
		switch {
		case !ok && !strings.EqualFold(p[0].Unit, p[1].Unit):
			units = true
		case !ok:
			return tc
		}
		weaker, stronger = weaker || w, stronger || s
	}
	switch {
	case weaker:
		tc.Verdict = Weakened
	case units:
		tc.Verdict = UnitChanged
	case stronger:
		tc.Verdict = Strengthened
	default:
		tc.Verdict = Equivalent
	}
	return tc
}

// direction is how the indicator improves: as the plan states it, else as
// the targets imply (a rank, or upper bounds on both sides).
func direction(huong string, a, b target.Target) target.Direction {
	switch huong {
	case "giam":
		return target.Lower
	case "tang":
		return target.Higher
	}
	if target.DirectionOf(a) == target.Lower || target.DirectionOf(b) == target.Lower {
		return target.Lower
	}
	if upper(a) && upper(b) {
		return target.Lower
	}
	return target.Higher
}

// upper reports whether every part of t is an upper bound ("≤ 5%",
// "dưới 3 ngày").
func upper(t target.Target) bool {
	if t.Kind != target.Number || len(t.Parts) == 0 {
		return false
	}
	for _, p := range t.Parts {
		if p.Op != target.AtMost && p.Op != target.Below {
			return false
		}
	}
	return true
}
