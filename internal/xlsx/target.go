package xlsx

import (
	"regexp"
	"strconv"
	"strings"
)

// targetRe matches a numeric target: an optional comparison, a number with
// a decimal comma or point, an optional percent sign. Ranges ("50-80%") and
// targets with words after the number stay text.
var targetRe = regexp.MustCompile(`^\s*(≥|≤|>=|<=|>|<|=)?\s*(\d+(?:[.,]\d+)?)\s*(%?)\s*$`)

// splitTarget turns "≥ 50%" into the text cell "≥" and the number 0.5
// formatted as a percentage; a text target ("Hoàn thành") gives a text cell
// and an empty number cell.
func splitTarget(s string) (text, num cell) {
	m := targetRe.FindStringSubmatch(s)
	if m == nil {
		return cell{text: strings.TrimSpace(s)}, cell{}
	}
	v, err := strconv.ParseFloat(strings.Replace(m[2], ",", ".", 1), 64)
	if err != nil {
		return cell{text: s}, cell{}
	}
	op := strings.NewReplacer(">=", "≥", "<=", "≤").Replace(m[1])
	if m[3] == "%" {
		return cell{text: op}, cell{kind: kindPercent, num: v / 100}
	}
	return cell{text: op}, cell{kind: kindNumber, num: v}
}
