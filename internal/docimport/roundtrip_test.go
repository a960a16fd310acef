package docimport

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/kh-tools/kh/internal/deadline"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/target"
	"github.com/kh-tools/kh/internal/view"
	"github.com/kh-tools/kh/internal/xlsx"
)

// rowKeys are what an appendix's rows must give back through a workbook,
// as printed: text, target, agency cells (the cell as written, else the
// registry's short names), deadline and product (ids are generated anew).
// idKeys are the rows' agency ids.
func rowKeys(repo *plan.Repo, a *plan.Appendix) (printed, ids []string) {
	cell := func(written string, ids []string) string {
		if written != "" {
			return norm(written)
		}
		names := make([]string, len(ids))
		for i, id := range ids {
			names[i] = view.AgencyIn(repo, id).Short
		}
		return strings.Join(names, "; ")
	}
	var walk func([]*plan.Group, string)
	walk = func(gs []*plan.Group, in string) {
		for _, g := range gs {
			printed = append(printed, in+"# "+norm(g.Heading))
			ids = append(ids, "")
			for _, t := range g.Tasks {
				printed = append(printed, in+strings.Join([]string{norm(t.Text), cell(t.LeadWritten, t.Lead), cell(t.CooperateWritten, t.Cooperate), cell(t.MonitorWritten, t.Monitor), canonical(t.Deadline), t.Product}, " | "))
				ids = append(ids, strings.Join([]string{strings.Join(t.Lead, ","), strings.Join(t.Cooperate, ","), strings.Join(t.Monitor, ",")}, " | "))
			}
			for _, i := range g.Indicators {
				printed = append(printed, in+strings.Join([]string{norm(i.Text), targetKey(i.Target), cell(i.LeadWritten, i.Lead)}, " | "))
				ids = append(ids, strings.Join(i.Lead, ","))
			}
			walk(g.Groups, in+"  ")
		}
	}
	walk(a.Groups, "")
	return printed, ids
}

// unknownIn reports whether an ids key names something the registry lacks:
// a cell the import wrote as it is, with a KH050 finding.
func unknownIn(repo *plan.Repo, key string) bool {
	for _, id := range strings.FieldsFunc(key, func(r rune) bool { return r == ',' || r == '|' || r == ' ' }) {
		if repo.Agency(id) == nil {
			return true
		}
	}
	return false
}

// successors is a copy of an appendix with each agency that had ceased to
// exist on the plan's date replaced by its successor, as the import
// writes it (with a KH051 finding); the source keeps the published names.
func successors(repo *plan.Repo, p *plan.Plan, a *plan.Appendix) *plan.Appendix {
	swap := func(ids []string) []string {
		out := make([]string, len(ids))
		for i, id := range ids {
			out[i] = id
			if ag := repo.Agency(id); ag != nil && !ag.ExistedOn(p.Date) && len(ag.Successors) == 1 {
				out[i] = ag.Successors[0]
			}
		}
		return out
	}
	var copyGroups func([]*plan.Group) []*plan.Group
	copyGroups = func(gs []*plan.Group) []*plan.Group {
		var out []*plan.Group
		for _, g := range gs {
			c := &plan.Group{Heading: g.Heading, Groups: copyGroups(g.Groups)}
			for _, t := range g.Tasks {
				tc := *t
				tc.Lead, tc.Cooperate, tc.Monitor = swap(t.Lead), swap(t.Cooperate), swap(t.Monitor)
				c.Tasks = append(c.Tasks, &tc)
			}
			for _, i := range g.Indicators {
				ic := *i
				ic.Lead = swap(i.Lead)
				c.Indicators = append(c.Indicators, &ic)
			}
			out = append(out, c)
		}
		return out
	}
	return &plan.Appendix{ID: a.ID, Kind: a.Kind, Title: a.Title, Groups: copyGroups(a.Groups)}
}

func canonical(d string) string {
	if x, err := deadline.Parse(d); err == nil {
		return x.String()
	}
	return d
}

// targetKey compares targets by meaning: kh's workbook writes "≥" and
// "50%" in two cells.
func targetKey(s string) string {
	t := target.Parse(s)
	var parts []string
	for _, p := range t.Parts {
		parts = append(parts, strconv.Itoa(int(p.Op))+":"+strings.TrimSpace(p.Unit)+":"+formatFloat(p.Value))
	}
	if len(parts) == 0 {
		return norm(s)
	}
	return strings.Join(parts, ";")
}

func formatFloat(f float64) string { return fmtG(f) }

// TestWorkbookRoundTrip writes the 2026 plan's appendix tables as kh's
// workbook, and the same workbook re-saved by LibreOffice, and imports each
// back into appendices equal to the sources.
func TestWorkbookRoundTrip(t *testing.T) {
	repo := loadPlans(t)
	p := repo.Plan("na-kh-2026-cds")
	var b bytes.Buffer
	if err := xlsx.Write(&b, repo, p); err != nil {
		t.Fatal(err)
	}
	built := filepath.Join(t.TempDir(), "na-kh-2026-cds.xlsx")
	if err := os.WriteFile(built, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	files := map[string]string{"kh": built}
	if lookSoffice() {
		files["libreoffice"] = soffice(t, built, "xlsx:Calc MS Excel 2007 XML", "")
	}
	for name, path := range files {
		t.Run(name, func(t *testing.T) {
			src, err := ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			had := map[string]bool{}
			usedIDs(reflect.ValueOf(p), had)
			for _, a := range p.Appendices {
				usedIDs(reflect.ValueOf(a), had)
			}
			r, err := BuildAppendices(DetectAppendices(src), repo, p)
			if err != nil {
				t.Fatal(err)
			}
			added := map[string]bool{}
			for _, a := range r.Appendices {
				usedIDs(reflect.ValueOf(a), added)
			}
			for id := range added {
				if had[id] {
					t.Errorf("imported id %q is already used in the plan", id)
				}
			}
			ended := 0
			for _, f := range r.Findings {
				if f.Rule == "KH051" {
					ended++
				}
			}
			if ended != 2 {
				t.Errorf("%d KH051 findings, want 2 (Sở TN&MT, NHNN chi nhánh Nghệ An): %v", ended, r.Findings)
			}
			if len(r.Appendices) != len(p.Appendices) {
				t.Fatalf("%d appendices, want %d", len(r.Appendices), len(p.Appendices))
			}
			for i, want := range p.Appendices {
				got := r.Appendices[i]
				if got.Kind != want.Kind || !strings.EqualFold(norm(got.Title), norm(want.Title)) {
					t.Errorf("appendix %d: %s %q, want %s %q", i+1, got.Kind, got.Title, want.Kind, want.Title)
				}
				w, wIDs := rowKeys(repo, successors(repo, p, want))
				g, gIDs := rowKeys(repo, got)
				same, sameIDs := 0, 0
				for k := range w {
					if k >= len(g) {
						break
					}
					if g[k] == w[k] {
						same++
					} else {
						t.Errorf("%s row %d:\n  got  %s\n  want %s", want.ID, k, g[k], w[k])
					}
					switch {
					case gIDs[k] == wIDs[k]:
						sameIDs++
					case !unknownIn(repo, gIDs[k]):
						t.Errorf("%s row %d: agencies %s, want %s", want.ID, k, gIDs[k], wIDs[k])
					}
				}
				t.Logf("%s: %d of %d rows equal as printed, agency ids equal in %d (the rest are cells the registry cannot resolve, reported with KH050)", want.ID, same, len(w), sameIDs)
				if len(g) != len(w) {
					t.Errorf("%s: %d rows, want %d", want.ID, len(g), len(w))
				}
			}
		})
	}
}

func fmtG(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func lookSoffice() bool { _, err := exec.LookPath("soffice"); return err == nil }
