package fidelity

import (
	"bufio"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Report writes a result as the ratchet file keeps it: the figures, the
// figures per section and table, the reading marks, then every difference
// (allowed ones last, with their reasons).
func Report(name string, r *Result) string {
	return ReportOf(name, "kh's PDF", r)
}

// ReportOf is Report for a PDF made some other way, named by what
// ("the PDF of the plan imported from the text").
func ReportOf(name, what string, r *Result) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# Fidelity of %s (%s) to its signed text (testdata/fidelity/%s.txt).\n", name, what, name)
	fmt.Fprintf(&b, "# Written by: KH_UPDATE_GOLDEN=1 go test ./internal/fidelity (only when nothing got worse).\n")
	fmt.Fprintf(&b, "rate: %.2f %%\n", r.Rate())
	fmt.Fprintf(&b, "words: %d signed, %d matched, %d missing or changed, %d added\n", r.Words, r.Matched, r.Missing, r.Extra)
	fmt.Fprintf(&b, "\nsections:\n")
	for _, s := range r.Sections {
		fmt.Fprintf(&b, "  %6.2f %%  %s (%d words: %d missing, %d added)\n", rate(s.Matched, s.Missing, s.Extra), s.Name, s.Words, s.Missing, s.Extra)
	}
	if len(r.Tables) > 0 {
		fmt.Fprintf(&b, "\ntables:\n")
		for _, t := range r.Tables {
			fmt.Fprintf(&b, "  %s: %d of %d rows exact\n", t.Section, t.Exact, t.Rows)
		}
	}
	if len(r.Marks) > 0 {
		fmt.Fprintf(&b, "\nreading marks (unreadable or restored in the seed):\n")
		for _, m := range r.Marks {
			fmt.Fprintf(&b, "  %s\n", m)
		}
	}
	var open, ok []Hunk
	for _, h := range r.Hunks {
		if h.Allowed == "" {
			open = append(open, h)
		} else {
			ok = append(ok, h)
		}
	}
	fmt.Fprintf(&b, "\ndifferences: %d\n", len(open))
	for _, h := range open {
		writeHunk(&b, h)
	}
	if len(ok) > 0 {
		fmt.Fprintf(&b, "\nallowed differences: %d\n", len(ok))
		for _, h := range ok {
			writeHunk(&b, h)
			fmt.Fprintf(&b, "  allowed: %s\n", h.Allowed)
		}
	}
	return b.String()
}

func writeHunk(b *strings.Builder, h Hunk) {
	fmt.Fprintf(b, "\n@ %s\n", h.Section)
	if h.Where != "" {
		fmt.Fprintf(b, "  in: %s\n", h.Where)
	}
	fmt.Fprintf(b, "  at: … %s ⟪…⟫ %s …\n", h.Before, h.After)
	fmt.Fprintf(b, "- %s\n+ %s\n", h.Signed, h.Printed)
}

// Ratchet is what a committed ratchet file holds: the match rate and the
// differences it accepts (by key, with their counts).
type Ratchet struct {
	Rate float64
	Keys map[string]int
}

// ParseRatchet reads a file written by Report.
func ParseRatchet(s string) (*Ratchet, error) {
	rt := &Ratchet{Rate: -1, Keys: map[string]int{}}
	sc := bufio.NewScanner(strings.NewReader(s))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<22)
	var section, signed string
	allowedPart := false
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "rate: "):
			v, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimPrefix(line, "rate: "), " %"), 64)
			if err != nil {
				return nil, fmt.Errorf("ratchet: %q: %w", line, err)
			}
			rt.Rate = v
		case strings.HasPrefix(line, "allowed differences: "):
			allowedPart = true
		case allowedPart:
		case strings.HasPrefix(line, "@ "):
			section = line[2:]
		case strings.HasPrefix(line, "- "), line == "-":
			signed = strings.TrimPrefix(strings.TrimPrefix(line, "-"), " ")
		case strings.HasPrefix(line, "+ "), line == "+":
			printed := strings.TrimPrefix(strings.TrimPrefix(line, "+"), " ")
			rt.Keys[Hunk{Section: section, Signed: signed, Printed: printed}.Key()]++
		}
	}
	if rt.Rate < 0 {
		return nil, fmt.Errorf("ratchet: no rate line")
	}
	return rt, sc.Err()
}

// Check compares a result with the ratchet: it fails when the rate drops
// or a difference appears that the ratchet does not accept; it says when
// the ratchet can be raised.
func (rt *Ratchet) Check(r *Result) (failures []string, raise bool) {
	if got := r.Rate(); got < rt.Rate-0.005 {
		failures = append(failures, fmt.Sprintf("match rate fell from %.2f %% to %.2f %%", rt.Rate, got))
	} else if got > rt.Rate+0.005 {
		raise = true
	}
	seen := map[string]int{}
	for _, h := range r.Hunks {
		if h.Allowed != "" {
			continue
		}
		k := h.Key()
		seen[k]++
		if seen[k] > rt.Keys[k] {
			var b strings.Builder
			writeHunk(&b, h)
			failures = append(failures, "new difference:"+b.String())
		}
	}
	var gone []string
	for k, n := range rt.Keys {
		if seen[k] < n {
			gone = append(gone, k)
		}
	}
	sort.Strings(gone)
	if len(gone) > 0 {
		raise = true
	}
	return failures, raise
}
