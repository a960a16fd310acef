package check

import (
	"slices"
	"strings"

	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/plan"
)

// scope is a suppression with the part of the plan it covers: the plan's
// files, or an appendix's file, or, inside its own file, the data paths
// under its item.
type scope struct {
	s plan.Suppression
	// file is the appendix file an appendix-level suppression covers, ""
	// for the plan's files.
	file string
	// prefix is the data path of the item carrying the suppression; ""
	// covers whole files.
	prefix string
}

// scope is the index form of sc.
func (sc *scope) scope(pl placer) Scope {
	out := Scope{Rule: sc.s.Rule, Reason: sc.s.Reason, At: pl.at(sc.s.Loc), File: -1, Prefix: sc.prefix}
	if sc.file != "" {
		out.File = pl[sc.file]
	}
	return out
}

// covers reports whether the suppression sc of the plan s covers d.
func (s *Summary) covers(sc Scope, d diag.Diagnostic) bool {
	if d.Rule != sc.Rule {
		return false
	}
	if sc.File < 0 {
		return slices.Contains(s.Files, d.Pos.File)
	}
	if d.Pos.File != s.Files[sc.File] {
		return false
	}
	return sc.Prefix == "" || d.Path == sc.Prefix || strings.HasPrefix(d.Path, sc.Prefix+".") || strings.HasPrefix(d.Path, sc.Prefix+"[")
}

// suppress applies the plan's suppressions to the findings in its files;
// a suppression that covers nothing is itself a finding (KH091).
func suppress(s *Summary, ds []diag.Diagnostic, disabled bool) []diag.Diagnostic {
	if s == nil {
		return ds
	}
	used := make([]bool, len(s.Suppress))
	for i := range ds {
		for j, sc := range s.Suppress {
			if s.covers(sc, ds[i]) {
				used[j] = true
				if !disabled {
					ds[i].Suppressed = true
					ds[i].SuppressReason = sc.Reason
				}
				break
			}
		}
	}
	if disabled {
		return ds
	}
	for j, sc := range s.Suppress {
		if !used[j] {
			ds = append(ds, diag.New("KH091", s.pos(sc.At), sc.At.Path, sc.Rule))
		}
	}
	return ds
}

// collectScopes lists p's suppressions in order; bad are those naming no
// rule (KH090).
func collectScopes(p *plan.Plan) ([]*scope, []diag.Diagnostic) {
	var out []*scope
	var bad []diag.Diagnostic
	eachSuppressible(p, func(loc plan.Loc, list []plan.Suppression, planLevel bool) {
		for _, s := range list {
			if _, ok := diag.Lookup(s.Rule); !ok {
				bad = append(bad, diag.New("KH090", s.Field("quy_tac").Pos, s.Path, s.Rule,
					msg.CheckUnknownRule.Text()))
				continue
			}
			sc := &scope{s: s}
			switch {
			case planLevel:
			case loc.Path == "":
				// An appendix's own suppressions cover its file.
				sc.file = loc.Pos.File
			default:
				sc.prefix, sc.file = loc.Path, loc.Pos.File
			}
			out = append(out, sc)
		}
	})
	return out, bad
}

// eachSuppressible visits every item that may carry suppressions.
func eachSuppressible(p *plan.Plan, visit func(loc plan.Loc, list []plan.Suppression, planLevel bool)) {
	visit(p.Loc, p.Suppress, true)
	for _, c := range p.Citations {
		visit(c.Loc, c.Suppress, false)
	}
	plan.WalkSections(p.Sections, func(s *plan.Section, _ string, _ int) {
		visit(s.Loc, s.Suppress, false)
		for _, t := range plan.AllTasks(s.Tasks) {
			visit(t.Loc, t.Suppress, false)
		}
		for _, in := range s.Indicators {
			visit(in.Loc, in.Suppress, false)
		}
	})
	for _, a := range p.Appendices {
		visit(a.Loc, a.Suppress, false)
		a.WalkGroups(func(g *plan.Group, _ string, _ int) {
			visit(g.Loc, g.Suppress, false)
			for _, t := range plan.AllTasks(g.Tasks) {
				visit(t.Loc, t.Suppress, false)
			}
			for _, in := range g.Indicators {
				visit(in.Loc, in.Suppress, false)
			}
			for _, d := range g.Documents {
				visit(d.Loc, d.Suppress, false)
			}
		})
	}
}
