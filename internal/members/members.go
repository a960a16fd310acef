// Package members says who reports on what: a task or indicator led by a
// group ("Các sở, ban, ngành", "UBND các xã, phường") is reported on by each
// of the group's members for itself, narrowed to the members an item names
// (chu_tri_thanh_vien) or, for a group chosen per item ("các địa phương liên
// quan"), only those. A group without members reports as a whole, since kh
// cannot tell whom else to ask.
package members

import (
	"slices"
	"time"

	"github.com/kh-tools/kh/internal/plan"
)

// maxDepth bounds group nesting; the registry check reports loops.
const maxDepth = 8

// Reporter is one agency that reports for itself on an item.
type Reporter struct {
	ID string
	// Via is the lead group, as the item names it, the agency reports
	// for; "" when the item names the agency itself.
	Via string
}

// Reporters lists who reports on an item led by lead with the members
// chosen, among the agencies existing on day (zero: all). Co-leads each
// report for themselves; an agency listed twice keeps its first place.
func Reporters(r *plan.Repo, lead, chosen []string, day time.Time) []Reporter {
	var out []Reporter
	seen := map[string]bool{}
	add := func(id, via string) {
		if !seen[id] {
			seen[id] = true
			out = append(out, Reporter{ID: id, Via: via})
		}
	}
	claimed := claims(r, lead, chosen, day)
	for _, id := range lead {
		g := r.Agency(id)
		if g == nil || g.Kind != plan.AgencyGroup {
			add(id, "")
			continue
		}
		mine := claimed[id]
		if len(mine) == 0 && !g.PerTask {
			mine = Pool(r, id, day)
		}
		if len(mine) == 0 {
			add(id, "") // nobody to expand to: the group answers as a whole
			continue
		}
		for _, m := range mine {
			add(m, id)
		}
	}
	return out
}

// claims assigns each chosen member to the first lead group whose pool
// holds it, or else to the first group chosen per item that has no pool.
func claims(r *plan.Repo, lead, chosen []string, day time.Time) map[string][]string {
	out := map[string][]string{}
	for _, m := range chosen {
		if a := r.Agency(m); a != nil && !day.IsZero() && !a.ExistedOn(day) {
			continue
		}
		if g := Owner(r, lead, m); g != "" {
			out[g] = append(out[g], m)
		}
	}
	return out
}

// Owner is the lead group a chosen member belongs to: the first whose
// members include it, else the first chosen per item without a list of
// members; "" when none takes it.
func Owner(r *plan.Repo, lead []string, member string) string {
	open := ""
	for _, id := range lead {
		g := r.Agency(id)
		if g == nil || g.Kind != plan.AgencyGroup {
			continue
		}
		if slices.Contains(Pool(r, id, time.Time{}), member) {
			return id
		}
		if g.PerTask && len(g.Members) == 0 && open == "" {
			open = id
		}
	}
	return open
}

// Pool lists the agencies a group stands for, nested groups expanded, in
// registry order, among those existing on day (zero: all). A member that
// is a group without members of its own stands for itself.
func Pool(r *plan.Repo, group string, day time.Time) []string {
	var out []string
	seen := map[string]bool{group: true}
	var walk func(ids []string, depth int)
	walk = func(ids []string, depth int) {
		for _, id := range ids {
			if seen[id] {
				continue
			}
			seen[id] = true
			a := r.Agency(id)
			switch {
			case a == nil:
			case a.Kind == plan.AgencyGroup && len(a.Members) > 0 && depth < maxDepth:
				walk(a.Members, depth+1)
			case day.IsZero() || a.ExistedOn(day):
				out = append(out, id)
			}
		}
	}
	if g := r.Agency(group); g != nil {
		walk(g.Members, 1)
	}
	return out
}

// Expands reports whether an item led by a group is reported on by its
// members rather than by the group as a whole.
func Expands(r *plan.Repo, group string) bool {
	g := r.Agency(group)
	return g != nil && g.Kind == plan.AgencyGroup && (len(g.Members) > 0 || g.PerTask)
}
