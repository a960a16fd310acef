package view

import (
	"strings"

	"github.com/kh-tools/kh/internal/plan"
)

// Agency is an agency as a document names it.
type Agency struct {
	ID string
	// Name is the full name, for running text ("Sở Khoa học và Công
	// nghệ"); Short the form tables use ("Sở KH&CN"), the full name when
	// the registry gives no short form.
	Name, Short string
	// Known is false for an id the registry lacks; both names are then
	// the id as written, so a draft shows the mistake kh check reports.
	Known bool
	// Existed is false when the body did not exist on the plan's date
	// (merged, dissolved or not yet founded); an undated draft counts as
	// existing.
	Existed bool
}

// Form chooses which name Names prints.
type Form int

// Forms of a name.
const (
	Full Form = iota
	Short
)

// AgencyIn resolves id in r without a plan (for output about several
// plans, such as the semantic diff).
func AgencyIn(r *plan.Repo, id string) Agency {
	a := r.Agency(id)
	if a == nil {
		return Agency{ID: id, Name: id, Short: id, Existed: true}
	}
	return Agency{ID: id, Name: a.Name, Short: a.DisplayName(), Known: true, Existed: true}
}

// Agency resolves id on the plan's date.
func (d *Doc) Agency(id string) Agency {
	out := AgencyIn(d.Repo, id)
	if a := d.Repo.Agency(id); a != nil && !d.Plan.Date.IsZero() {
		out.Existed = a.ExistedOn(d.Plan.Date)
	}
	return out
}

// Names joins the names of ids: full names with ", " as sentences do,
// short ones with "; " as table cells do, since names themselves hold
// commas ("Các sở, ban, ngành").
func (d *Doc) Names(ids []string, form Form) string {
	sep := ", "
	if form == Short {
		sep = "; "
	}
	return strings.Join(d.NameList(ids, form), sep)
}

// NameList is the names of ids one by one.
func (d *Doc) NameList(ids []string, form Form) []string {
	var out []string
	for _, id := range ids {
		a := d.Agency(id)
		if form == Short {
			out = append(out, a.Short)
		} else {
			out = append(out, a.Name)
		}
	}
	return out
}
