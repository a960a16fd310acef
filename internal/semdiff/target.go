package semdiff

import (
	"regexp"
	"strconv"
	"strings"
)

// Verdict classifies a changed target (muc_tieu).
type Verdict string

// The verdicts. Equivalent is a respelling ("≥60%" → "≥ 60%").
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
	// Direction is the way the indicator improves, taken from the
	// comparison the targets state ("≥", "tối đa"); a bare value is read
	// as a level to reach, so higher is better.
	Direction Direction `json:"direction,omitempty"`
	// From and To are the parsed targets, null when a side is not a
	// single value ("Hoàn thành", "50-80%").
	From *TargetValue `json:"from"`
	To   *TargetValue `json:"to"`
}

// TargetValue is a target as a comparison, a value and a unit: "≥ 50%" is
// {">=", 50, "%"}; Op is "" for a bare value.
type TargetValue struct {
	Op    string  `json:"op"`
	Value float64 `json:"value"`
	Unit  string  `json:"unit"`
}

// targetRe reads one numeric target: a comparison in signs or words, a
// number with a decimal comma or point, and a unit of at most two words
// ("%", "điểm", "triệu đồng"). Anything longer stays text.
var targetRe = regexp.MustCompile(`^(?i:(≥|≤|>=|<=|>|<|=|trên|dưới|tối thiểu|tối đa|ít nhất|không quá|không dưới|không thấp hơn|đạt|khoảng)\s*)?(\d+(?:[.,]\d+)?)\s*(%|\pL+(?:\s\pL+)?)?$`)

// opWords are the comparisons written in words, as signs.
var opWords = map[string]string{
	">=": "≥", "<=": "≤", "trên": ">", "dưới": "<", "tối thiểu": "≥", "ít nhất": "≥", "không dưới": "≥",
	"không thấp hơn": "≥", "tối đa": "≤", "không quá": "≤", "đạt": "", "khoảng": "", "=": "",
}

// ParseTarget reads a target written as officers write it; false for a
// target that is not one value ("Hoàn thành", "50-80%", "100% đối với …").
func ParseTarget(s string) (TargetValue, bool) {
	m := targetRe.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return TargetValue{}, false
	}
	op := strings.ToLower(m[1])
	if w, ok := opWords[op]; ok {
		op = w
	}
	v, err := strconv.ParseFloat(strings.Replace(m[2], ",", ".", 1), 64)
	if err != nil {
		return TargetValue{}, false
	}
	return TargetValue{Op: op, Value: v, Unit: strings.ToLower(m[3])}, true
}

// direction is the way an indicator improves according to its target's
// comparison; "" for a bare value.
func (t TargetValue) direction() Direction {
	switch t.Op {
	case "≥", ">":
		return HigherBetter
	case "≤", "<":
		return LowerBetter
	}
	return ""
}

// ClassifyTarget compares two written targets.
func ClassifyTarget(old, new string) *TargetChange {
	a, okA := ParseTarget(old)
	b, okB := ParseTarget(new)
	tc := &TargetChange{Verdict: NotComparable}
	if okA {
		tc.From = &a
	}
	if okB {
		tc.To = &b
	}
	if !okA || !okB {
		return tc
	}
	da, db := a.direction(), b.direction()
	if da != "" && db != "" && da != db {
		return tc
	}
	tc.Direction = HigherBetter
	if da == LowerBetter || db == LowerBetter {
		tc.Direction = LowerBetter
	}
	if a.Unit != b.Unit {
		tc.Verdict = UnitChanged
		return tc
	}
	tc.Verdict = compareTargets(a, b, tc.Direction)
	return tc
}

// compareTargets judges b against a for an indicator improving in dir: a
// higher level to reach is stronger, and at the same level a strict bound
// ("trên 50%") is stronger than a reachable one ("≥ 50%", "50%").
func compareTargets(a, b TargetValue, dir Direction) Verdict {
	gain := b.Value - a.Value
	if dir == LowerBetter {
		gain = -gain
	}
	if gain == 0 {
		gain = float64(strict(b) - strict(a))
	}
	switch {
	case gain > 0:
		return Strengthened
	case gain < 0:
		return Weakened
	}
	return Equivalent
}

func strict(t TargetValue) int {
	if t.Op == ">" || t.Op == "<" {
		return 1
	}
	return 0
}
