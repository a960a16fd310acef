package check

import (
	"slices"
	"strings"

	"github.com/kh-tools/kh/internal/members"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/plan"
)

// checkGroupMembers (KH180): members and the per-item switch belong to
// groups, and a group cannot stand for itself, which would leave its items
// without anyone to report on them.
func checkGroupMembers(c *ctx, a *plan.Agency) {
	if a.Kind != plan.AgencyGroup {
		if len(a.Members) > 0 {
			c.add("KH180", a.Field("thanh_vien"), msg.MembersNotGroup.Text(a.ID))
		}
		if a.PerTask {
			c.add("KH180", a.Field("theo_nhiem_vu"), msg.PerTaskNotGroup.Text(a.ID))
		}
		return
	}
	if inOwnMembers(c.repo, a) {
		c.add("KH180", a.Field("thanh_vien"), msg.MembersLoop.Text(a.ID))
	}
}

// inOwnMembers reports whether group a is among its own members, directly
// or through nested groups.
func inOwnMembers(r *plan.Repo, a *plan.Agency) bool {
	seen := map[string]bool{}
	var walk func(ids []string) bool
	walk = func(ids []string) bool {
		for _, id := range ids {
			if id == a.ID {
				return true
			}
			if seen[id] {
				continue
			}
			seen[id] = true
			if g := r.Agency(id); g != nil && g.Kind == plan.AgencyGroup && walk(g.Members) {
				return true
			}
		}
		return false
	}
	return walk(a.Members)
}

// checkMembers (KH181, KH182): the members an item names belong to one of
// its lead groups, and an item led by a group chosen per item names them.
func checkMembers(c *ctx) {
	for _, p := range c.repo.Plans {
		for _, tr := range p.Tasks() {
			t := tr.Task
			c.itemMembers(t.Loc, t.ID, t.Lead, t.LeadMembers)
		}
		for _, in := range p.Indicators() {
			c.itemMembers(in.Loc, in.ID, in.Lead, in.LeadMembers)
		}
	}
}

func (c *ctx) itemMembers(loc plan.Loc, id string, lead, chosen []string) {
	claimed := map[string]bool{}
	for i, m := range chosen {
		if c.repo.Agency(m) == nil {
			continue // KH010
		}
		g := members.Owner(c.repo, lead, m)
		if g == "" {
			c.add("KH181", loc.Index("chu_tri_thanh_vien", i), c.displayName(m), id, c.groupNames(lead))
			continue
		}
		claimed[g] = true
	}
	for _, g := range lead {
		if a := c.repo.Agency(g); a != nil && a.Kind == plan.AgencyGroup && a.PerTask && !claimed[g] {
			c.add("KH182", loc.Field("chu_tri"), id, a.DisplayName())
		}
	}
}

// groupNames names an item's lead groups for KH181.
func (c *ctx) groupNames(lead []string) msg.Text {
	var names []string
	for _, id := range lead {
		if a := c.repo.Agency(id); a != nil && a.Kind == plan.AgencyGroup && !slices.Contains(names, a.DisplayName()) {
			names = append(names, a.DisplayName())
		}
	}
	if len(names) == 0 {
		return msg.MembersNoGroup.Text()
	}
	s := strings.Join(names, "; ")
	return msg.Text{VI: s, EN: s}
}

func (c *ctx) displayName(id string) string {
	if a := c.repo.Agency(id); a != nil {
		return a.DisplayName()
	}
	return id
}
