package fidelity

import (
	"sort"
	"strings"
)

// pair is one step of an alignment: a reference token i matched with a
// printed token j, or one of them alone (the other -1).
type pair struct{ i, j int }

// maxCells bounds the dynamic-programming table of one unanchored stretch;
// larger stretches are split at their longest common run first.
const maxCells = 4 << 20

// align aligns reference tokens a with printed tokens b: patience anchors
// (tokens unique on both sides, in order) cut the sequences into short
// stretches, and each stretch is aligned by longest common subsequence,
// reading marks matching as patterns.
func align(a, b []token) []pair {
	var out []pair
	alignRange(a, b, 0, len(a), 0, len(b), &out)
	slideUp(a, b, out)
	return out
}

// slideUp moves each run of tokens only one side has as early as it can
// go while it stays the same text ("| 2 | Hai [row]" left out after a row
// becomes "[row] | 2 | Hai"), so that a lost row or an added cell reads
// from its start.
func slideUp(a, b []token, ps []pair) {
	for k := 0; k < len(ps); k++ {
		if ps[k].i >= 0 && ps[k].j >= 0 {
			continue
		}
		refSide := ps[k].j < 0
		end := k
		for end+1 < len(ps) && (ps[end+1].j < 0) == refSide && (ps[end+1].i < 0) == !refSide {
			end++
		}
		for s := k; s > 0 && ps[s-1].i >= 0 && ps[s-1].j >= 0; s-- {
			m := ps[s-1]
			var prev, last token
			if refSide {
				prev, last = a[m.i], a[ps[end].i]
			} else {
				prev, last = b[m.j], b[ps[end].j]
			}
			if prev.kind != last.kind || prev.norm != last.norm {
				break
			}
			// The matched token moves to the run's end; the run moves up
			// by one (its indices are consecutive).
			for x := s - 1; x < end; x++ {
				if refSide {
					ps[x] = pair{m.i + x - (s - 1), -1}
				} else {
					ps[x] = pair{-1, m.j + x - (s - 1)}
				}
			}
			if refSide {
				ps[end] = pair{m.i + end - (s - 1), m.j}
			} else {
				ps[end] = pair{m.i, m.j + end - (s - 1)}
			}
			end--
		}
		k = end + 1
	}
}

func alignRange(a, b []token, a0, a1, b0, b1 int, out *[]pair) {
	// Common prefix and suffix.
	for a0 < a1 && b0 < b1 && same(a[a0], b[b0]) {
		*out = append(*out, pair{a0, b0})
		a0, b0 = a0+1, b0+1
	}
	var tail []pair
	for a0 < a1 && b0 < b1 && same(a[a1-1], b[b1-1]) {
		a1, b1 = a1-1, b1-1
		tail = append(tail, pair{a1, b1})
	}
	defer func() {
		for k := len(tail) - 1; k >= 0; k-- {
			*out = append(*out, tail[k])
		}
	}()
	if anchors := uniqueAnchors(a, b, a0, a1, b0, b1); len(anchors) > 0 {
		pa, pb := a0, b0
		for _, an := range anchors {
			alignRange(a, b, pa, an.i, pb, an.j, out)
			*out = append(*out, an)
			pa, pb = an.i+1, an.j+1
		}
		alignRange(a, b, pa, a1, pb, b1, out)
		return
	}
	if (a1-a0)*(b1-b0) <= maxCells {
		lcs(a, b, a0, a1, b0, b1, out)
		return
	}
	// Too long and no anchor: give up on alignment, report a replacement.
	for i := a0; i < a1; i++ {
		*out = append(*out, pair{i, -1})
	}
	for j := b0; j < b1; j++ {
		*out = append(*out, pair{-1, j})
	}
}

// same reports whether reference token x matches printed token y. An
// unreadable passage matches nothing: its hunk is allowed as a whole.
func same(x, y token) bool {
	if x.kind != y.kind || x.norm == anyRun {
		return false
	}
	return x.kind != word || match(x.norm, y.norm)
}

// anchorLen is how many words an anchor spans: single words are too weak
// (a renumbered "6." is unique on both sides yet not the same item).
const anchorLen = 3

// uniqueAnchors are the positions where a run of anchorLen words occurs
// exactly once in a[a0:a1] and once in b[b0:b1], kept in the longest
// order-preserving chain.
func uniqueAnchors(a, b []token, a0, a1, b0, b1 int) []pair {
	type seen struct{ na, nb, i, j int }
	m := map[string]*seen{}
	for i := a0; i+anchorLen <= a1; i++ {
		k, ok := shingle(a, i, true)
		if !ok {
			continue
		}
		s := m[k]
		if s == nil {
			s = &seen{}
			m[k] = s
		}
		s.na++
		s.i = i
	}
	for j := b0; j+anchorLen <= b1; j++ {
		k, ok := shingle(b, j, false)
		if !ok {
			continue
		}
		if s := m[k]; s != nil {
			s.nb++
			s.j = j
		}
	}
	var cand []pair
	for _, s := range m {
		if s.na == 1 && s.nb == 1 {
			cand = append(cand, pair{s.i, s.j})
		}
	}
	sort.Slice(cand, func(x, y int) bool { return cand[x].i < cand[y].i })
	return longestIncreasing(cand)
}

// shingle is the key of the anchorLen words from i; reading marks make a
// reference run unusable as an anchor.
func shingle(ts []token, i int, ref bool) (string, bool) {
	var b strings.Builder
	for k := i; k < i+anchorLen; k++ {
		t := ts[k]
		if t.kind != word || (ref && marked(t.norm)) {
			return "", false
		}
		b.WriteString(t.norm)
		b.WriteByte(0)
	}
	return b.String(), true
}

// longestIncreasing keeps the longest chain of pairs increasing in j
// (patience sorting).
func longestIncreasing(ps []pair) []pair {
	var tops []int // index into ps of the smallest tail of each length
	prev := make([]int, len(ps))
	for k, p := range ps {
		n := sort.Search(len(tops), func(x int) bool { return ps[tops[x]].j >= p.j })
		if n > 0 {
			prev[k] = tops[n-1]
		} else {
			prev[k] = -1
		}
		if n == len(tops) {
			tops = append(tops, k)
		} else {
			tops[n] = k
		}
	}
	if len(tops) == 0 {
		return nil
	}
	out := make([]pair, len(tops))
	for k, x := len(tops)-1, tops[len(tops)-1]; k >= 0; k, x = k-1, prev[x] {
		out[k] = ps[x]
	}
	return out
}

// lcs aligns a stretch by longest common subsequence.
func lcs(a, b []token, a0, a1, b0, b1 int, out *[]pair) {
	n, m := a1-a0, b1-b0
	// l[i][j]: LCS length of a[a0+i:a1] and b[b0+j:b1].
	l := make([][]int32, n+1)
	for i := range l {
		l[i] = make([]int32, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			switch {
			case same(a[a0+i], b[b0+j]):
				l[i][j] = l[i+1][j+1] + 1
			case l[i+1][j] >= l[i][j+1]:
				l[i][j] = l[i+1][j]
			default:
				l[i][j] = l[i][j+1]
			}
		}
	}
	i, j := 0, 0
	// Among equally long alignments, leave tokens out as early as possible:
	// a lost row then reads "[row] | 2 | Hai", not "2 | Hai [row] |".
	for i < n && j < m {
		switch {
		case l[i+1][j] == l[i][j]:
			*out = append(*out, pair{a0 + i, -1})
			i++
		case l[i][j+1] == l[i][j]:
			*out = append(*out, pair{-1, b0 + j})
			j++
		default:
			*out = append(*out, pair{a0 + i, b0 + j})
			i, j = i+1, j+1
		}
	}
	for ; i < n; i++ {
		*out = append(*out, pair{a0 + i, -1})
	}
	for ; j < m; j++ {
		*out = append(*out, pair{-1, b0 + j})
	}
}
