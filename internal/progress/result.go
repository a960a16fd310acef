package progress

import (
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/target"
)

// Value is an indicator result read against its target.
type Value struct {
	// Number and Unit hold a figure; Numeric is false for words.
	Number  float64
	Unit    string
	Numeric bool
	// Done is a milestone result that says the milestone is reached.
	Done bool
	// Text is the result as written.
	Text string
}

// ResultProblem is why a result does not fit its indicator's target: a
// unit other than the target's (KH126, refused) or words where a figure is
// needed (KH128).
type ResultProblem struct {
	Code string
	// Unit is the unit the result was given in (KH126).
	Unit string
	// Hint says what to write instead (KH128).
	Hint msg.Text
}

// Unit is the unit an indicator's results are counted in: its don_vi, else
// its target's.
func Unit(in *plan.Indicator) string {
	if in.Unit != "" {
		return in.Unit
	}
	t := target.Parse(in.Target)
	if t.Kind == target.Number && len(t.Parts) > 0 {
		return t.Parts[0].Unit
	}
	return ""
}

// ReadResult reads result s of in. A bare figure takes the indicator's
// unit, so an officer may type "65" for "65%".
func ReadResult(in *plan.Indicator, s string) (Value, *ResultProblem) {
	s = strings.TrimSpace(norm.NFC.String(s))
	v := Value{Text: s}
	want := target.Parse(in.Target)
	got := target.Parse(s)
	unit := Unit(in)
	switch {
	case want.Kind == target.Number || (want.Kind == target.Text && in.Target == "" && unit != ""):
		p, ok := got.Numeric()
		if !ok || got.Kind != target.Number {
			return v, &ResultProblem{Code: "KH128", Hint: msg.ResultNeedsNumber.Text(example(unit))}
		}
		if p.Unit != "" && !sameUnit(p.Unit, unit) {
			return v, &ResultProblem{Code: "KH126", Unit: p.Unit}
		}
		v.Number, v.Unit, v.Numeric = p.Value, unit, true
	case want.Kind == target.Rank:
		if got.Kind == target.Rank || got.Kind == target.Number {
			v.Number, v.Numeric = got.Parts[0].Value, true
			return v, nil
		}
		return v, &ResultProblem{Code: "KH128", Hint: msg.ResultNeedsRank.Text()}
	case want.Kind == target.Milestone:
		if got.Kind == target.Number {
			return v, &ResultProblem{Code: "KH128", Hint: msg.ResultNeedsWords.Text(want.Word)}
		}
		v.Done = reached(s, want.Word)
	}
	return v, nil
}

// Example is how a result in unit is written, for messages.
func example(unit string) string {
	switch unit {
	case "%":
		return "65%"
	case "":
		return "12"
	}
	return "12 " + unit
}

// Example is the example for in's unit.
func Example(in *plan.Indicator) string { return example(Unit(in)) }

func sameUnit(a, b string) bool {
	return strings.EqualFold(strings.Join(strings.Fields(a), " "), strings.Join(strings.Fields(b), " "))
}

// reached reads a milestone result: the target's own word ("Hoàn thành",
// "Ứng dụng") or "Đã hoàn thành", "Đạt", "Có", and no "chưa" or "không".
func reached(s, word string) bool {
	l := strings.ToLower(s)
	for _, neg := range []string{"chưa", "không", "đang"} {
		if strings.Contains(l, neg) {
			return false
		}
	}
	if w := strings.ToLower(word); w != "" && strings.Contains(l, w) {
		return true
	}
	for _, yes := range []string{"hoàn thành", "đạt", "có", "xong"} {
		if strings.HasPrefix(strings.TrimPrefix(l, "đã "), yes) {
			return true
		}
	}
	return false
}
