package fidelity

import (
	"fmt"
	"strings"
)

// Allowance accepts one difference, with its reason. Signed and Printed
// are the hunk's two sides as a report writes them.
type Allowance struct {
	Section, Signed, Printed string
	Reason                   string
}

// Result is the comparison of a document with its reference.
type Result struct {
	// Words counts the reference's words, Matched those the output gives
	// back, Missing those it leaves out or changes, Extra the words it adds;
	// allowed differences count in none of them.
	Words, Matched, Missing, Extra int
	Sections                       []SectionResult
	Tables                         []TableResult
	Hunks                          []Hunk
	// Marks are the reference's reading marks (unreadable or restored
	// words) with their sections, for the report.
	Marks []string
}

// Rate is the share of matched words among matched, missing and added
// ones, in percent: 100 only when the output gives back every word of
// the reference and adds none.
func (r *Result) Rate() float64 { return rate(r.Matched, r.Missing, r.Extra) }

func rate(matched, missing, extra int) float64 {
	if matched+missing+extra == 0 {
		return 100
	}
	return 100 * float64(matched) / float64(matched+missing+extra)
}

// SectionResult counts one section's words.
type SectionResult struct {
	Name                           string
	Words, Matched, Missing, Extra int
}

// TableResult counts one table's rows: those given back exactly (every
// cell, nothing added) and the others.
type TableResult struct {
	Section     string
	Rows, Exact int
}

// Hunk is one difference: the signed words the output does not give back
// and the words it prints instead, where they are, and their context.
type Hunk struct {
	Section string
	// Where names the table row and cell ("row 14, cell 3"), if any.
	Where           string
	Signed, Printed string
	// Before and After are a few matched words around the hunk.
	Before, After string
	// Allowed is the reason the difference is accepted; empty if not.
	Allowed string
}

// Key identifies a hunk in a ratchet file, independent of its context.
func (h Hunk) Key() string { return h.Section + "\x00" + h.Signed + "\x00" + h.Printed }

// context is how many matched words a hunk shows on each side.
const context = 6

// Compare compares the printed text with the reference.
func Compare(ref *Reference, got *Printed, allow []Allowance) *Result {
	a := refTokens(ref)
	b := printedTokens(got)
	pairs := align(a, b)
	res := &Result{Marks: marks(ref)}
	res.Sections = make([]SectionResult, len(ref.Sections))
	for k, s := range ref.Sections {
		res.Sections[k].Name = s.Name
	}
	hunks := bySection(a, cleanup(split(pairs)))
	last := 0 // section of the latest reference token seen
	for _, h := range hunks {
		if h.equal {
			for _, p := range h.pairs {
				if a[p.i].kind == word {
					res.Matched++
					res.Sections[a[p.i].at.section].Matched++
				}
				last = a[p.i].at.section
			}
			continue
		}
		hk := describe(ref, a, b, pairs, h, last)
		if hk.Allowed == "" {
			hk.Allowed = allowed(hk, allow)
		}
		if hk.Allowed == "" {
			unreadable := hasUnreadable(a, h)
			for _, p := range h.pairs {
				switch {
				case p.i >= 0 && a[p.i].kind == word && a[p.i].norm != anyRun:
					res.Missing++
					res.Sections[a[p.i].at.section].Missing++
				case p.j >= 0 && b[p.j].kind == word && !unreadable:
					res.Extra++
					res.Sections[sectionOf(a, h, last)].Extra++
				}
			}
		}
		for _, p := range h.pairs {
			if p.i >= 0 {
				last = a[p.i].at.section
			}
		}
		res.Hunks = append(res.Hunks, hk)
	}
	for k := range res.Sections {
		s := &res.Sections[k]
		s.Words = s.Matched + s.Missing
		res.Words += s.Words
	}
	res.Tables = tables(ref, a, pairs)
	return res
}

func allowed(h Hunk, allow []Allowance) string {
	for _, al := range allow {
		if al.Section == h.Section && al.Signed == h.Signed && al.Printed == h.Printed {
			return al.Reason
		}
	}
	return ""
}

// run is a maximal stretch of matched pairs, or of unmatched ones.
type run struct {
	equal bool
	from  int // index of the first pair
	pairs []pair
}

func split(pairs []pair) []run {
	var out []run
	for k, p := range pairs {
		eq := p.i >= 0 && p.j >= 0
		if n := len(out); n > 0 && out[n-1].equal == eq {
			out[n-1].pairs = append(out[n-1].pairs, p)
			continue
		}
		out = append(out, run{equal: eq, from: k, pairs: []pair{p}})
	}
	return out
}

// shortMatch is the longest run of matched tokens between two differences
// that cleanup folds into them.
const shortMatch = 3

// cleanup folds a short run of matched tokens between two differences that
// are each at least as long into one difference, so that a common word
// ("và", "tỉnh") matched by chance does not cut a changed passage into
// pieces (as diff-match-patch's semantic cleanup does).
func cleanup(runs []run) []run {
	for changed := true; changed; {
		changed = false
		for k := 1; k+1 < len(runs); k++ {
			eq := runs[k]
			n := len(eq.pairs)
			if !eq.equal || runs[k-1].equal || runs[k+1].equal || n > shortMatch || n > editSize(runs[k-1]) || n > editSize(runs[k+1]) {
				continue
			}
			merged := run{from: runs[k-1].from}
			merged.pairs = append(merged.pairs, runs[k-1].pairs...)
			for _, p := range eq.pairs {
				merged.pairs = append(merged.pairs, pair{p.i, -1}, pair{-1, p.j})
			}
			merged.pairs = append(merged.pairs, runs[k+1].pairs...)
			runs = append(append(runs[:k-1:k-1], merged), runs[k+2:]...)
			changed = true
		}
	}
	return runs
}

// bySection cuts a difference where the reference moves to another
// section, so that each hunk is reported in the section it belongs to.
func bySection(a []token, runs []run) []run {
	var out []run
	for _, r := range runs {
		if r.equal {
			out = append(out, r)
			continue
		}
		cur := run{from: r.from}
		sec := -1
		for k, p := range r.pairs {
			if p.i >= 0 {
				if sec >= 0 && a[p.i].at.section != sec && len(cur.pairs) > 0 {
					out = append(out, cur)
					cur = run{from: r.from + k}
				}
				sec = a[p.i].at.section
			}
			cur.pairs = append(cur.pairs, p)
		}
		out = append(out, cur)
	}
	return out
}

// editSize is the larger side of a difference, in tokens.
func editSize(r run) int {
	del, ins := 0, 0
	for _, p := range r.pairs {
		if p.i >= 0 {
			del++
		}
		if p.j >= 0 {
			ins++
		}
	}
	return max(del, ins)
}

// sectionOf is the section a hunk belongs to: that of its first reference
// token, else that of the reference token before it.
func sectionOf(a []token, h run, last int) int {
	for _, p := range h.pairs {
		if p.i >= 0 {
			return a[p.i].at.section
		}
	}
	return last
}

// hasUnreadable reports whether a hunk holds an unreadable passage, which
// stands for any printed words beside it.
func hasUnreadable(a []token, h run) bool {
	for _, p := range h.pairs {
		if p.i >= 0 && a[p.i].norm == anyRun {
			return true
		}
	}
	return false
}

func describe(ref *Reference, a, b []token, pairs []pair, h run, last int) Hunk {
	var signed, printed []token
	readable := false // a signed word other than an unreadable passage
	for _, p := range h.pairs {
		if p.i >= 0 {
			signed = append(signed, a[p.i])
			readable = readable || (a[p.i].kind == word && a[p.i].norm != anyRun)
		}
		if p.j >= 0 {
			printed = append(printed, b[p.j])
		}
	}
	unreadable := hasUnreadable(a, h) && !readable
	sec := sectionOf(a, h, last)
	hk := Hunk{
		Section: ref.Sections[sec].Name,
		Signed:  show(signed),
		Printed: show(printed),
		Before:  show(neighbours(a, pairs, h.from, -1)),
		After:   show(neighbours(a, pairs, h.from+len(h.pairs), 1)),
	}
	if unreadable {
		hk.Allowed = "unreadable in the seed (" + anyRun + ")"
	}
	hk.Where = where(ref, a, pairs, h)
	return hk
}

// neighbours collects up to context matched reference tokens from pair k
// in direction dir.
func neighbours(a []token, pairs []pair, k, dir int) []token {
	var out []token
	if dir < 0 {
		k--
	}
	for ; k >= 0 && k < len(pairs) && len(out) < context; k += dir {
		p := pairs[k]
		if p.i < 0 || p.j < 0 {
			break
		}
		out = append(out, a[p.i])
	}
	if dir < 0 {
		for l, r := 0, len(out)-1; l < r; l, r = l+1, r-1 {
			out[l], out[r] = out[r], out[l]
		}
	}
	return out
}

// where names the table row and cell of a hunk's first reference token
// (or of the reference token before it).
func where(ref *Reference, a []token, pairs []pair, h run) string {
	i := -1
	for _, p := range h.pairs {
		if p.i >= 0 {
			i = p.i
			break
		}
	}
	for k := h.from - 1; i < 0 && k >= 0; k-- {
		i = pairs[k].i
	}
	if i < 0 {
		return ""
	}
	at := a[i].at
	blk := ref.Sections[at.section].Blocks[at.block]
	if !blk.Row() {
		return ""
	}
	label := blk.Cells[0]
	if label == "" {
		label = strings.Join(strings.Fields(firstNonEmpty(blk.Cells)), " ")
		if len([]rune(label)) > 40 {
			label = string([]rune(label)[:40]) + "…"
		}
	}
	if at.cell < 0 {
		return fmt.Sprintf("row %q", label)
	}
	return fmt.Sprintf("row %q, cell %d", label, at.cell+1)
}

func firstNonEmpty(cells []string) string {
	for _, c := range cells {
		if c != "" {
			return c
		}
	}
	return ""
}

// show writes tokens as a report line: words with spaces, "|" before each
// cell and "[row]" before each row.
func show(ts []token) string {
	var parts []string
	for _, t := range ts {
		switch t.kind {
		case rowStart:
			parts = append(parts, "[row]")
		case cellStart:
			parts = append(parts, "|")
		default:
			parts = append(parts, t.text)
		}
	}
	return strings.Join(parts, " ")
}

// tables counts, per table of the reference, the rows whose every token is
// matched with nothing added inside them.
func tables(ref *Reference, a []token, pairs []pair) []TableResult {
	type rowKey struct{ s, b int }
	bad := map[rowKey]bool{}
	cur := rowKey{-1, -1}
	for _, p := range pairs {
		if p.i >= 0 {
			at := a[p.i].at
			cur = rowKey{at.section, at.block}
			if p.j < 0 {
				bad[cur] = true
			}
			continue
		}
		// An added printed token belongs to the row of the token before it.
		bad[cur] = true
	}
	var out []TableResult
	for s, sec := range ref.Sections {
		in := false
		for b, blk := range sec.Blocks {
			if !blk.Row() {
				in = false
				continue
			}
			if !in {
				out = append(out, TableResult{Section: sec.Name})
				in = true
			}
			t := &out[len(out)-1]
			t.Rows++
			if !bad[rowKey{s, b}] {
				t.Exact++
			}
		}
	}
	return out
}

func refTokens(ref *Reference) []token {
	var out []token
	for s, sec := range ref.Sections {
		for b, blk := range sec.Blocks {
			at := place{section: s, block: b, cell: -1}
			if !blk.Row() {
				out = append(out, words(blk.Text, at)...)
				continue
			}
			out = append(out, token{kind: rowStart, at: at})
			for c, cell := range blk.Cells {
				at.cell = c
				out = append(out, token{kind: cellStart, at: at})
				out = append(out, words(cell, at)...)
			}
		}
	}
	return out
}

func printedTokens(p *Printed) []token {
	var out []token
	for b, blk := range p.Blocks {
		at := place{block: b, cell: -1, page: blk.Page}
		if blk.Cells == nil {
			out = append(out, words(blk.Text, at)...)
			continue
		}
		out = append(out, token{kind: rowStart, at: at})
		for c, cell := range blk.Cells {
			at.cell = c
			out = append(out, token{kind: cellStart, at: at})
			out = append(out, words(cell, at)...)
		}
	}
	return out
}

// marks lists the reference's marked words, one line per section.
func marks(ref *Reference) []string {
	var out []string
	sec := -1
	for _, t := range refTokens(ref) {
		if t.kind != word || !marked(t.text) {
			continue
		}
		if t.at.section != sec {
			sec = t.at.section
			out = append(out, ref.Sections[sec].Name+":")
		}
		out[len(out)-1] += " " + t.text
	}
	return out
}
