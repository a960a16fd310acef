package xlsx

import (
	"strings"

	"github.com/kh-tools/kh/internal/target"
)

// splitTarget turns "≥ 50%" into the text cell "≥" and the number 0.5
// formatted as a percentage. Only a lone figure with a symbol or no
// comparison is split, so the workbook shows what the document prints;
// words ("Tối thiểu 10%"), ranges and qualified targets stay text.
func splitTarget(s string) (text, num cell) {
	p, ok := target.Parse(s).Numeric()
	if !ok || (p.Unit != "%" && p.Unit != "") || !symbol(p.OpText) {
		return cell{text: strings.TrimSpace(s)}, cell{}
	}
	op := strings.NewReplacer(">=", "≥", "<=", "≤").Replace(p.OpText)
	if p.Unit == "%" {
		return cell{text: op}, cell{kind: kindPercent, num: p.Value / 100}
	}
	return cell{text: op}, cell{kind: kindNumber, num: p.Value}
}

func symbol(op string) bool {
	switch op {
	case "", "≥", "≤", ">=", "<=", ">", "<", "=":
		return true
	}
	return false
}
