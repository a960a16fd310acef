package check

import (
	"strings"

	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/plan"
)

// scope is a suppression with the part of the repository it covers: the
// files of its plan and, inside its own file, the data paths under its item.
type scope struct {
	s     plan.Suppression
	files map[string]bool
	// prefix is the data path of the item carrying the suppression; ""
	// covers whole files.
	prefix string
	file   string
	used   bool
}

func (sc *scope) covers(d diag.Diagnostic) bool {
	if d.Rule != sc.s.Rule {
		return false
	}
	if sc.prefix == "" {
		return sc.files[d.Pos.File]
	}
	return d.Pos.File == sc.file && (d.Path == sc.prefix || strings.HasPrefix(d.Path, sc.prefix+".") || strings.HasPrefix(d.Path, sc.prefix+"["))
}

func applySuppressions(repo *plan.Repo, ds []diag.Diagnostic, disabled bool) []diag.Diagnostic {
	scopes, bad := collectScopes(repo)
	ds = append(ds, bad...)
	for i := range ds {
		for _, sc := range scopes {
			if sc.covers(ds[i]) {
				sc.used = true
				if !disabled {
					ds[i].Suppressed = true
					ds[i].SuppressReason = sc.s.Reason
				}
				break
			}
		}
	}
	if disabled {
		return ds
	}
	for _, sc := range scopes {
		if !sc.used {
			ds = append(ds, diag.New("KH091", sc.s.Pos, sc.s.Path, sc.s.Rule))
		}
	}
	return ds
}

func collectScopes(repo *plan.Repo) ([]*scope, []diag.Diagnostic) {
	var out []*scope
	var bad []diag.Diagnostic
	for _, p := range repo.Plans {
		files := planFiles(p)
		eachSuppressible(p, func(loc plan.Loc, list []plan.Suppression, planLevel bool) {
			for _, s := range list {
				if _, ok := diag.Lookup(s.Rule); !ok {
					bad = append(bad, diag.New("KH090", s.Field("quy_tac").Pos, s.Path, s.Rule,
						msg.CheckUnknownRule.Text()))
					continue
				}
				sc := &scope{s: s, files: files}
				switch {
				case planLevel:
				case loc.Path == "":
					// An appendix's own suppressions cover its file.
					sc.files = map[string]bool{loc.Pos.File: true}
				default:
					sc.prefix, sc.file = loc.Path, loc.Pos.File
				}
				out = append(out, sc)
			}
		})
	}
	return out, bad
}

func planFiles(p *plan.Plan) map[string]bool {
	files := map[string]bool{p.Pos.File: true}
	for _, a := range p.Appendices {
		files[a.Pos.File] = true
	}
	return files
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
