package worddiff

import (
	"strings"
	"unicode"
)

// fold merges changes separated only by white space into one, so "[-tối
// thiểu-] [-một-]" reads "[-tối thiểu một-]", and keeps each stretch in the
// order deletion, insertion.
func fold(ops []Op) []Op {
	var out []Op
	var del, ins strings.Builder
	pending := false // del/ins hold a changed stretch
	flush := func() {
		if del.Len() > 0 {
			out = append(out, Op{Kind: Delete, Text: del.String()})
		}
		if ins.Len() > 0 {
			out = append(out, Op{Kind: Insert, Text: ins.String()})
		}
		del.Reset()
		ins.Reset()
		pending = false
	}
	for i, op := range ops {
		switch {
		case op.Kind == Delete:
			del.WriteString(op.Text)
			pending = true
		case op.Kind == Insert:
			ins.WriteString(op.Text)
			pending = true
		case pending && i+1 < len(ops) && blank(op.Text):
			del.WriteString(op.Text)
			ins.WriteString(op.Text)
		default:
			flush()
			out = append(out, op)
		}
	}
	flush()
	return out
}

func blank(s string) bool { return strings.TrimFunc(s, unicode.IsSpace) == "" }
