package site

import (
	"embed"
	"html/template"
	"strconv"
	"strings"
	"time"

	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/plan"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed assets/site.css assets/site.js
var assetFS embed.FS

// asset is a file every site carries.
type asset struct {
	path string
	data []byte
}

// assets are the stylesheet and the script, under assets/.
var assets = func() []asset {
	var out []asset
	for _, name := range []string{"site.css", "site.js"} {
		data, err := assetFS.ReadFile("assets/" + name)
		if err != nil {
			panic(err)
		}
		out = append(out, asset{path: "assets/" + name, data: data})
	}
	return out
}()

// pageKinds are the page templates; each defines "main" for the layout
// in base.html.
var pageKinds = []string{"index", "document", "progress", "indicators", "rounds", "agencies", "agency"}

// shared are the templates every page kind can use.
var shared = []string{"templates/base.html", "templates/progress.html", "templates/indicators.html"}

// parsed holds each page kind's template set, parsed once with stand-in
// functions; templatesFor binds the functions of one build.
var parsed = func() map[string]*template.Template {
	out := map[string]*template.Template{}
	for _, kind := range pageKinds {
		files := []string{"templates/base.html"}
		for _, f := range shared[1:] {
			if f != "templates/"+kind+".html" {
				files = append(files, f)
			}
		}
		files = append(files, "templates/"+kind+".html")
		t := template.New(kind).Funcs(funcs(nil))
		for _, f := range files {
			data, err := templateFS.ReadFile(f)
			if err != nil {
				panic(err)
			}
			template.Must(t.New(f).Parse(string(data)))
		}
		out[kind] = t
	}
	return out
}()

// templatesFor clones the page templates with b's functions.
func templatesFor(b *builder) (map[string]*template.Template, error) {
	out := map[string]*template.Template{}
	for kind, t := range parsed {
		c, err := t.Clone()
		if err != nil {
			return nil, err
		}
		out[kind] = c.Funcs(funcs(b))
	}
	return out, nil
}

// texts are the catalogue messages pages use, by their id without
// "site.".
var texts = func() map[string]*msg.Message {
	out := map[string]*msg.Message{}
	for _, m := range []*msg.Message{
		msg.SiteTitle, msg.SiteSkip, msg.SiteNavLabel, msg.SiteNavHome, msg.SiteNavAgencies, msg.SitePlanNavLabel,
		msg.SiteNavDocument, msg.SiteNavProgress, msg.SiteNavIndicators, msg.SiteNavRounds, msg.SiteAsOf, msg.SiteFooter,
		msg.SiteUnchecked, msg.SiteDraft, msg.SiteAll, msg.SiteNumber,
		msg.SiteIndexIntro, msg.SiteYear, msg.SiteDrafts, msg.SiteColDocument, msg.SiteColTitle, msg.SiteColDate,
		msg.SiteColPeriod, msg.SiteColTasks, msg.SiteColOverdue, msg.SiteColIndicators,
		msg.SiteDownloads, msg.SiteDownloadPDF, msg.SiteDownloadDOCX, msg.SiteDownloadXLSX, msg.SiteSize,
		msg.SiteContents, msg.SiteFullText, msg.SiteSummaryLink,
		msg.SiteCategories, msg.SiteFilters, msg.SiteFilterAgency, msg.SiteFilterGroup, msg.SiteFilterStatus,
		msg.SiteFilterQuarter, msg.SiteNoQuarter, msg.SiteFilterReset, msg.SiteShown, msg.SiteNoJS, msg.SiteByAgency,
		msg.SiteColAgency, msg.SiteColTotal, msg.SiteColTask, msg.SiteColWhere, msg.SiteColDeadline, msg.SiteColStatus,
		msg.SiteColReport, msg.SiteColPlan, msg.SiteDoneOnTime, msg.SiteDoneLate, msg.SiteNoTasks,
		msg.SiteIndicatorsIntro, msg.SiteColIndicator, msg.SiteColTarget, msg.SiteColBaseline, msg.SiteColResult,
		msg.SiteColChart, msg.SiteColYear,
		msg.SiteRound, msg.SiteRoundSent, msg.SiteRoundDeadline, msg.SiteRoundDrafter, msg.SiteRoundLetter,
		msg.SiteRoundCounts, msg.SiteRoundSilent, msg.SiteRoundAgreed, msg.SiteRoundTables, msg.SiteColCommenter,
		msg.SiteColComment, msg.SiteColResponse, msg.SiteNoComments,
		msg.SiteAgenciesIntro, msg.SiteAgencyLate, msg.SiteAgencyNoLate, msg.SiteAgencyLeads,
		msg.SiteAgencyIndicators, msg.SiteAgencyGroup, msg.SiteAgencyEnded,
		msg.SiteMembersReported, msg.SiteColReported, msg.SiteReported, msg.SiteMissing, msg.SiteColVerdict, msg.SiteNoReport,
	} {
		out[strings.TrimPrefix(m.ID, "site.")] = m
	}
	return out
}()

// funcs are the template functions of a build (b nil: stand-ins for
// parsing).
func funcs(b *builder) template.FuncMap {
	lang := msg.VI
	if b != nil {
		lang = b.lang
	}
	return template.FuncMap{
		"t": func(id string, args ...any) (string, error) {
			m, ok := texts[id]
			if !ok {
				return "", msg.SiteTemplate.Error(id, "no such text")
			}
			return m.In(lang, args...), nil
		},
		"date":   func(t time.Time) string { return plan.ShortDate(t) },
		"kb":     func(n int) string { return kb(n, lang) },
		"join":   func(s []string) string { return strings.Join(s, ", ") },
		"seq":    func(n int) []struct{} { return make([]struct{}, n) },
		"chartW": func() int { return chartW },
		"chartH": func() int { return chartH },
		"barH":   func() int { return barH },
		"quarter": func(q string) string {
			year, n, _ := strings.Cut(q, "-Q")
			return msg.SiteQuarter.In(lang, plan.Roman(atoi(n)), year)
		},
		"lateOf": late,
		"counts": func(rows any) []catCount { return b.counts(rows) },
		"tasks": func(root, agency string, rows []*leadTask, withPlan bool, label string) taskTable {
			return taskTable{Prefix: root, Agency: agency, Rows: rows, WithPlan: withPlan, Label: label}
		},
		"indicators": func(root string, rows []*indicatorRow, withPlan bool, label string) indicatorTable {
			return indicatorTable{Prefix: root, Rows: rows, WithPlan: withPlan, Label: label}
		},
		"roundView": func(r *round) *roundView { return b.roundView(r) },
	}
}

// taskTable is a table of tasks: a plan's tasks under one lead agency, or
// an agency's tasks across plans.
type taskTable struct {
	Prefix, Agency, Label string
	Rows                  []*leadTask
	WithPlan              bool
}

// indicatorTable is a table of indicators.
type indicatorTable struct {
	Prefix, Label string
	Rows          []*indicatorRow
	WithPlan      bool
}

// kb writes a size in kilobytes with one decimal, with a decimal comma
// in Vietnamese: "164,9".
func kb(n int, lang msg.Lang) string {
	s := strconv.FormatFloat(float64(n)/1024, 'f', 1, 64)
	if lang == msg.VI {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
