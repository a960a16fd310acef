package plan

import "regexp"

// appendixRef matches "[[id]]" in text; the same syntax check.AppendixRef
// validates.
var appendixRef = regexp.MustCompile(`\[\[([a-z0-9._-]+)\]\]`)

// ExpandRefs replaces each "[[id]]" naming one of the plan's appendices with
// "Phụ lục 02", as the printed document reads. Unknown ids are left as
// written: kh check reports them, and a draft should show the mistake.
func (p *Plan) ExpandRefs(s string) string {
	if !appendixRef.MatchString(s) {
		return s
	}
	return appendixRef.ReplaceAllStringFunc(s, func(m string) string {
		id := appendixRef.FindStringSubmatch(m)[1]
		if _, n := p.Appendix(id); n > 0 {
			return "Phụ lục " + AppendixNumber(n)
		}
		return m
	})
}
