package site

import (
	"slices"
	"strings"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"github.com/kh-tools/kh/internal/followup"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/outpath"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/view"
)

// pageData is what the page template reads; one field per page kind is
// set besides the shared ones.
type pageData struct {
	lang msg.Lang
	// Root leads from the page back to the site's root ("../../").
	Root, Lang, AsOf string
	Title            string
	// Here is the main navigation entry the page belongs to: "home",
	// "agencies"; Tab the plan page shown ("document", "progress",
	// "indicators", "rounds").
	Here, Tab string
	Plan      *sitePlan

	Index      *indexData
	Doc        *document
	Progress   *progressData
	Indicators []*indicatorRow
	Agencies   []*agencyPage
	Agency     *agencyPage
}

// catCount is a category with how many tasks are in it.
type catCount struct {
	Key, Word string
	N         int
}

// counts tallies tasks by category, in the order pages show them: a
// plan's tasks ([]*taskRow) or the tasks of one lead ([]*leadTask).
func (b *builder) counts(rows any) []catCount {
	n := map[followup.Category]int{}
	for _, st := range statesOf(rows) {
		n[st.Category]++
	}
	out := make([]catCount, len(categories))
	for i, c := range categories {
		out[i] = catCount{Key: key(c), Word: b.word(c), N: n[c]}
	}
	return out
}

func statesOf(rows any) []*state {
	var out []*state
	switch rows := rows.(type) {
	case []*taskRow:
		for _, r := range rows {
			out = append(out, r.State)
		}
	case []*leadTask:
		for _, r := range rows {
			out = append(out, r.State)
		}
	}
	return out
}

// late counts the overdue tasks among rows.
func late(rows any) int {
	n := 0
	for _, st := range statesOf(rows) {
		if st.Category == followup.Overdue {
			n++
		}
	}
	return n
}

// indexData is the front page: plans by province, then year.
type indexData struct {
	Provinces                      []province
	Plans, Tasks, Late, Indicators int
	ProvinceCount                  int
}

type province struct {
	Name  string
	Years []yearPlans
}

type yearPlans struct {
	// Year is the issue year, 0 for drafts.
	Year  int
	Plans []*sitePlan
}

func (b *builder) indexPage() error {
	d := &indexData{Plans: len(b.plans)}
	for _, sp := range b.plans {
		d.Tasks += len(sp.Tasks)
		d.Late += late(sp.Tasks)
		d.Indicators += len(sp.Indicators)
		n := len(d.Provinces)
		if n == 0 || d.Provinces[n-1].Name != sp.Province {
			d.Provinces = append(d.Provinces, province{Name: sp.Province})
			n++
		}
		pr := &d.Provinces[n-1]
		if m := len(pr.Years); m == 0 || pr.Years[m-1].Year != sp.year() {
			pr.Years = append(pr.Years, yearPlans{Year: sp.year()})
		}
		y := &pr.Years[len(pr.Years)-1]
		y.Plans = append(y.Plans, sp)
	}
	for _, pr := range d.Provinces {
		if plan.NameKey(pr.Name) != plan.NameKey("Trung ương") {
			d.ProvinceCount++
		}
	}
	return b.page("index.html", "index", &pageData{Title: msg.SiteTitle.In(b.lang), Here: "home", Index: d})
}

// planPages renders a plan's document, progress, indicator and comment
// pages.
func (b *builder) planPages(sp *sitePlan) error {
	name := sp.View.Name()
	base := sp.dir() + "/"
	if err := b.page(base+"index.html", "document", &pageData{Title: name, Here: "home", Tab: "document", Plan: sp, Doc: newDocument(sp.View)}); err != nil {
		return err
	}
	pd := &pageData{Title: msg.SiteProgressTitle.In(b.lang, name), Here: "home", Tab: "progress", Plan: sp, Progress: b.progress(sp)}
	if err := b.page(base+"tien-do.html", "progress", pd); err != nil {
		return err
	}
	if len(sp.Indicators) > 0 {
		b.charts(sp)
		id := &pageData{Title: msg.SiteIndicatorsTitle.In(b.lang, name), Here: "home", Tab: "indicators", Plan: sp, Indicators: sp.Indicators}
		if err := b.page(base+"chi-tieu.html", "indicators", id); err != nil {
			return err
		}
	}
	if len(sp.Rounds) > 0 {
		rd := &pageData{Title: msg.SiteRoundsTitle.In(b.lang, name), Here: "home", Tab: "rounds", Plan: sp}
		if err := b.page(base+"gop-y.html", "rounds", rd); err != nil {
			return err
		}
	}
	return nil
}

// progressData is a plan's progress page: its tasks by lead agency, each
// task under every agency that leads it, and the filters' choices.
type progressData struct {
	Sections []*agencySection
	Groups   []*group
	Quarters []string
	// Rows counts the table rows (a task with two leads is two rows);
	// Counts the tasks by category.
	Rows   int
	Counts []catCount
}

// agencySection is one lead agency's tasks in a plan, with who has
// reported when it is a group.
type agencySection struct {
	Agency *agencyPage
	Rows   []*leadTask
	Counts []catCount
	Late   int
	Follow followup.Lead
	// Missing names the members of a group with no report yet.
	Missing []string
}

func (b *builder) progress(sp *sitePlan) *progressData {
	d := &progressData{Counts: b.counts(sp.Tasks)}
	by := map[string]*agencySection{}
	seenGroup := map[string]bool{}
	for _, row := range sp.Tasks {
		if !seenGroup[row.Group.Key] {
			seenGroup[row.Group.Key] = true
			d.Groups = append(d.Groups, row.Group)
		}
		if row.Quarter != "" && !slices.Contains(d.Quarters, row.Quarter) {
			d.Quarters = append(d.Quarters, row.Quarter)
		}
		for _, lt := range row.Leads {
			s := by[lt.Lead]
			if s == nil {
				s = &agencySection{Agency: b.agencies[lt.Lead], Follow: sp.Follow[lt.Lead]}
				for _, m := range s.Follow.Missing {
					s.Missing = append(s.Missing, view.AgencyIn(b.repo, m).Short)
				}
				by[lt.Lead] = s
				d.Sections = append(d.Sections, s)
			}
			s.Rows = append(s.Rows, lt)
			d.Rows++
		}
	}
	slices.Sort(d.Quarters)
	for _, s := range d.Sections {
		s.Counts, s.Late = b.counts(s.Rows), late(s.Rows)
	}
	return d
}

// agencyPage is an agency with what it leads in every plan.
type agencyPage struct {
	ID string
	// Name is the full name, Short the table form.
	Name, Short string
	Reg         *plan.Agency
	// File is the page's file name, "" when the id cannot name a file.
	File    string
	Members []string
	Plans   []*agencyPlan
	Late    []*leadTask
	Tasks   int
	// Indicators counts the indicators it leads.
	Indicators int
	Done       int
}

// agencyPlan is what an agency leads in one plan.
type agencyPlan struct {
	Plan       *sitePlan
	Tasks      []*leadTask
	Indicators []*indicatorRow
}

// collectAgencies gathers every lead agency of the plans' tasks and
// indicators, ordered by name as Vietnamese sorts.
func (b *builder) collectAgencies() map[string]*agencyPage {
	out := map[string]*agencyPage{}
	get := func(sp *sitePlan, id string) *agencyPlan {
		a := out[id]
		if a == nil {
			v := view.AgencyIn(b.repo, id)
			a = &agencyPage{ID: id, Name: v.Name, Short: v.Short, Reg: b.repo.Agency(id)}
			if outpath.Check(id+".html") == nil {
				a.File = id + ".html"
			}
			if a.Reg != nil {
				for _, m := range a.Reg.Members {
					a.Members = append(a.Members, view.AgencyIn(b.repo, m).Name)
				}
			}
			out[id] = a
		}
		if n := len(a.Plans); n == 0 || a.Plans[n-1].Plan != sp {
			a.Plans = append(a.Plans, &agencyPlan{Plan: sp})
		}
		return a.Plans[len(a.Plans)-1]
	}
	for _, sp := range b.plans {
		for _, row := range sp.Tasks {
			for _, lt := range row.Leads {
				ap := get(sp, lt.Lead)
				ap.Tasks = append(ap.Tasks, lt)
				a := out[lt.Lead]
				a.Tasks++
				switch {
				case lt.State.Category == followup.Overdue:
					a.Late = append(a.Late, lt)
				case lt.State.Category.Done():
					a.Done++
				}
			}
		}
		for _, in := range sp.Indicators {
			for _, id := range in.Indicator.Lead {
				get(sp, id).Indicators = append(get(sp, id).Indicators, in)
				out[id].Indicators++
			}
		}
	}
	return out
}

// sortedAgencies lists the agencies by their names in Vietnamese order.
func (b *builder) sortedAgencies() []*agencyPage {
	out := make([]*agencyPage, 0, len(b.agencies))
	for _, a := range b.agencies {
		out = append(out, a)
	}
	col := collate.New(language.Vietnamese)
	slices.SortFunc(out, func(x, y *agencyPage) int {
		if c := col.CompareString(x.Name, y.Name); c != 0 {
			return c
		}
		return strings.Compare(x.ID, y.ID)
	})
	return out
}

func (b *builder) agencyPages() error {
	all := b.sortedAgencies()
	if err := b.page("co-quan/index.html", "agencies", &pageData{Title: msg.SiteAgenciesTitle.In(b.lang), Here: "agencies", Agencies: all}); err != nil {
		return err
	}
	for _, a := range all {
		if a.File == "" {
			continue
		}
		if err := b.page("co-quan/"+a.File, "agency", &pageData{Title: a.Name, Here: "agencies", Agency: a}); err != nil {
			return err
		}
	}
	return nil
}
