package worddiff

import "strings"

// maxCost bounds the edit distance one bisection searches for. Past it the
// stretch being compared is reported as replaced whole: texts that far apart
// have nothing a reader would want aligned, and the search stays O(maxCost²)
// whatever the input.
const maxCost = 2048

// differ marks the tokens of a deleted and of b inserted.
type differ struct {
	a, b     []int
	del, ins []bool
}

// compare marks the changes between a[aLo:aHi] and b[bLo:bHi], splitting
// the problem at the middle snake of an optimal path (Myers 1986, §4b).
func (d *differ) compare(aLo, aHi, bLo, bHi int) {
	for aLo < aHi && bLo < bHi && d.a[aLo] == d.b[bLo] {
		aLo, bLo = aLo+1, bLo+1
	}
	for aLo < aHi && bLo < bHi && d.a[aHi-1] == d.b[bHi-1] {
		aHi, bHi = aHi-1, bHi-1
	}
	if aLo == aHi || bLo == bHi {
		d.replace(aLo, aHi, bLo, bHi)
		return
	}
	x, y, ok := d.bisect(aLo, aHi, bLo, bHi)
	if !ok {
		d.replace(aLo, aHi, bLo, bHi)
		return
	}
	d.compare(aLo, x, bLo, y)
	d.compare(x, aHi, y, bHi)
}

func (d *differ) replace(aLo, aHi, bLo, bHi int) {
	for i := aLo; i < aHi; i++ {
		d.del[i] = true
	}
	for j := bLo; j < bHi; j++ {
		d.ins[j] = true
	}
}

// bisect finds a point (x, y) on an optimal edit path through the middle
// snake, running the forward and the backward search until they overlap.
// Both stretches are non-empty and differ at both ends. It gives up (false)
// past maxCost.
func (d *differ) bisect(aLo, aHi, bLo, bHi int) (int, int, bool) {
	n, m := aHi-aLo, bHi-bLo
	maxD := min((n+m+1)/2, maxCost)
	off, size := maxD+1, 2*maxD+3
	vf, vb := make([]int, size), make([]int, size)
	for i := range vf {
		vf[i], vb[i] = -1, -1
	}
	vf[off+1], vb[off+1] = 0, 0
	delta := n - m
	odd := delta%2 != 0
	var kfs, kfe, kbs, kbe int // diagonals pruned at the edges
	for D := 0; D <= maxD; D++ {
		for k := -D + kfs; k <= D-kfe; k += 2 {
			x := next(vf, off, k, D)
			y := x - k
			for x < n && y < m && d.a[aLo+x] == d.b[bLo+y] {
				x, y = x+1, y+1
			}
			vf[off+k] = x
			switch {
			case x > n:
				kfe += 2
			case y > m:
				kfs += 2
			case odd:
				if kb := off + delta - k; kb >= 0 && kb < size && vb[kb] != -1 && x >= n-vb[kb] {
					return aLo + x, bLo + y, true
				}
			}
		}
		for k := -D + kbs; k <= D-kbe; k += 2 {
			x := next(vb, off, k, D)
			y := x - k
			for x < n && y < m && d.a[aHi-x-1] == d.b[bHi-y-1] {
				x, y = x+1, y+1
			}
			vb[off+k] = x
			switch {
			case x > n:
				kbe += 2
			case y > m:
				kbs += 2
			case !odd:
				if kf := off + delta - k; kf >= 0 && kf < size && vf[kf] != -1 {
					fx := vf[kf]
					fy := fx - (delta - k)
					if fx >= n-x {
						return aLo + fx, bLo + fy, true
					}
				}
			}
		}
	}
	return 0, 0, false
}

// next is the furthest x reachable on diagonal k with D edits, from the
// better of its neighbours.
func next(v []int, off, k, D int) int {
	if k == -D || (k != D && v[off+k-1] < v[off+k+1]) {
		return v[off+k+1]
	}
	return v[off+k-1] + 1
}

// ops turns the marks into operations: the words matched are kept, and
// between two of them what differs is one deletion and one insertion, less
// the tokens (white space, mostly) both sides share at its ends.
func (d *differ) ops(ta, tb []string, wa, wb []int) []Op {
	var b opBuilder
	pa, pb := 0, 0 // tokens before these are written
	for i, j := 0, 0; i < len(wa) || j < len(wb); {
		switch {
		case i < len(wa) && d.del[i]:
			i++
		case j < len(wb) && d.ins[j]:
			j++
		default:
			b.gap(ta[pa:wa[i]], tb[pb:wb[j]])
			b.add(Equal, ta[wa[i]])
			pa, pb = wa[i]+1, wb[j]+1
			i, j = i+1, j+1
		}
	}
	b.gap(ta[pa:], tb[pb:])
	return b.ops
}

type opBuilder struct{ ops []Op }

func (b *opBuilder) add(k Kind, s string) {
	if s == "" {
		return
	}
	if n := len(b.ops); n > 0 && b.ops[n-1].Kind == k {
		b.ops[n-1].Text += s
		return
	}
	b.ops = append(b.ops, Op{Kind: k, Text: s})
}

func (b *opBuilder) gap(sa, sb []string) {
	p := 0
	for p < len(sa) && p < len(sb) && sa[p] == sb[p] {
		p++
	}
	s := 0
	for s < len(sa)-p && s < len(sb)-p && sa[len(sa)-1-s] == sb[len(sb)-1-s] {
		s++
	}
	b.add(Equal, strings.Join(sa[:p], ""))
	b.add(Delete, strings.Join(sa[p:len(sa)-s], ""))
	b.add(Insert, strings.Join(sb[p:len(sb)-s], ""))
	b.add(Equal, strings.Join(sa[len(sa)-s:], ""))
}
