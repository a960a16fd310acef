package target

import "strings"

// Direction says which way an indicator improves.
type Direction uint8

// Directions; Higher is the default of indicator tables (shares, counts).
const (
	Higher Direction = iota
	Lower
)

// level is the value a part commits to for an indicator improving in dir:
// the floor of "≥ 50%", "trên 50%", "50–80%" when higher is better, the
// ceiling when lower is. ok is false for a bound on the wrong side ("≤ 5%"
// when higher is better commits to nothing).
func (p Part) level(dir Direction) (float64, bool) {
	switch {
	case p.Op == Exact:
		return p.Value, true
	case p.Op == Between && dir == Higher:
		return p.Value, true
	case p.Op == Between:
		return p.High, true
	case dir == Higher:
		return p.Value, p.Op == AtLeast || p.Op == Above
	}
	return p.Value, p.Op == AtMost || p.Op == Below
}

// Weaker reports whether later commits to less than earlier for an
// indicator improving in dir. ok is false when the two cannot be compared:
// different units, or a bound that commits to nothing.
func Weaker(earlier, later Part, dir Direction) (weaker, ok bool) {
	if !strings.EqualFold(earlier.Unit, later.Unit) {
		return false, false
	}
	a, okA := earlier.level(dir)
	b, okB := later.level(dir)
	if !okA || !okB {
		return false, false
	}
	if dir == Lower {
		return b > a, true
	}
	return b < a, true
}

// Pairs matches the parts of two targets of one indicator: by subject when
// they have one ("doanh nghiệp nhà nước thuộc tỉnh" with the same words),
// or the single parts of two plain targets. Ranks pair with ranks only.
func Pairs(a, b Target) [][2]Part {
	if a.Kind != b.Kind || (a.Kind != Number && a.Kind != Rank) {
		return nil
	}
	var out [][2]Part
	for _, pa := range a.Parts {
		for _, pb := range b.Parts {
			if pa.Subject == pb.Subject && (pa.Subject != "" || len(a.Parts) == 1 && len(b.Parts) == 1) {
				out = append(out, [2]Part{pa, pb})
			}
		}
	}
	return out
}

// DirectionOf is the direction a target implies: ranks improve downwards,
// everything else upwards unless the indicator says otherwise.
func DirectionOf(t Target) Direction {
	if t.Kind == Rank {
		return Lower
	}
	return Higher
}
