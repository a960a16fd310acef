package check

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"time"

	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/plan"
)

// numbered is a document whose issuer, number, symbol and date are known.
type numbered struct {
	issuer, symbol string
	number         int
	date           time.Time
	loc            plan.Loc
	ref            string
}

// refParts splits "171/KH-UBND" → 171, "KH-UBND"; "57-NQ/TW" → 57,
// "NQ/TW"; "193/2025/QH15" → 193, "QH15".
var refParts = regexp.MustCompile(`^(\d+)(?:/\d{4})?[-/](.+)$`)

// checkNumberSequences: rule 6. An issuer numbers its documents of one
// symbol in order through the year, restarting on 1 January, so a higher
// number cannot carry an earlier date than a lower one the repository knows.
func (c *ctx) checkNumberSequences() {
	groups := map[string][]numbered{}
	add := func(n numbered) {
		if n.number <= 0 || n.date.IsZero() || n.issuer == "" {
			return
		}
		key := fmt.Sprintf("%s|%s|%d", n.issuer, n.symbol, n.date.Year())
		groups[key] = append(groups[key], n)
	}
	for _, p := range c.repo.Plans {
		add(numbered{p.Issuer, p.Symbol, p.Number, p.Date, p.Field("so"), p.DocumentRef(c.repo.IsParty(p))})
		for _, ct := range p.Citations {
			add(parseNumbered(ct.Issuer, ct.Ref, ct.Date, ct.Field("so_ky_hieu")))
		}
		for _, a := range p.Appendices {
			a.WalkGroups(func(g *plan.Group, _ string, _ int) {
				for _, d := range g.Documents {
					add(parseNumbered(d.Issuer, d.Ref, d.Date, d.Field("so_ky_hieu")))
				}
			})
		}
	}
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		c.checkSequence(groups[k])
	}
}

func parseNumbered(issuer, ref string, date time.Time, loc plan.Loc) numbered {
	n, symbol, ok := SplitRef(ref)
	if !ok {
		return numbered{}
	}
	return numbered{issuer, symbol, n, date, loc, ref}
}

// SplitRef splits a number and symbol into the number and the part that
// names the issuer's sequence: "171/KH-UBND" → 171, "KH-UBND"; the
// number-sequence rule groups documents by that part, and the check cache
// must group them the same way.
func SplitRef(ref string) (number int, symbol string, ok bool) {
	m := refParts.FindStringSubmatch(ref)
	if m == nil {
		return 0, "", false
	}
	n, _ := strconv.Atoi(m[1])
	return n, m[2], true
}

// checkSequence flags each document dated before a lower-numbered one.
func (c *ctx) checkSequence(docs []numbered) {
	sort.SliceStable(docs, func(i, j int) bool { return docs[i].number < docs[j].number })
	for i, a := range docs {
		for _, b := range docs[i+1:] {
			if b.number == a.number || !b.date.Before(a.date) {
				continue
			}
			why := msg.CheckLowerNumber.Text(a.ref, plan.ShortDate(a.date))
			c.add("KH110", b.loc, b.ref, plan.ShortDate(b.date), b.symbol, why).
				Related = []diag.Related{related(a.loc, diag.Text{VI: a.ref, EN: a.ref})}
		}
	}
}
