// Package gopy runs the comment round on a draft plan (lấy ý kiến góp ý):
// what is sent to each agency asked (the Word draft and a comment form),
// reading what comes back (the filled form, Word comments, tracked changes)
// into answers kept with the plan (gop-y/du-thao-N/<agency>.yaml), writing
// accepted edits into the YAML, and the summary table of comments and
// responses (Bảng tổng hợp, tiếp thu, giải trình ý kiến góp ý).
package gopy

import (
	"slices"
	"time"

	"github.com/kh-tools/kh/internal/deadline"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/word"
)

// Formats of what kh sends; a change of layout changes them, so copies of
// an older layout are refused rather than misread.
const (
	DraftFormat = "kh-du-thao-gop-y/1"
	FormFormat  = "kh-phieu-gop-y/1"
)

// Custom properties of a sent Word draft. Word and LibreOffice keep them
// through editing, which is how a returned copy tells whose it is.
const (
	propFormat   = "kh_dinh_dang"
	propPlan     = "kh_ke_hoach"
	propDraft    = "kh_du_thao"
	propAgency   = "kh_co_quan"
	propChecksum = "kh_tong_kiem"
)

// Round is a comment round resolved: the agencies asked, groups expanded
// to their members, and the last day to answer.
type Round struct {
	*plan.Round
	Plan  *plan.Plan
	Asked []string
	// Due is the last day to answer; zero when the deadline names no day.
	Due time.Time
	// Unknown are asked ids the registry lacks; Empty are groups without
	// members (thanh_vien) to expand to.
	Unknown, Empty []string
}

// Resolve resolves round rd of p in r; cal counts working days ("trong 05
// ngày làm việc"), nil leaves such a deadline undated.
func Resolve(r *plan.Repo, p *plan.Plan, rd *plan.Round, cal deadline.WorkCalendar) *Round {
	out := &Round{Round: rd, Plan: p}
	seen := map[string]bool{}
	var expand func(ids []string, depth int)
	expand = func(ids []string, depth int) {
		for _, id := range ids {
			a := r.Agency(id)
			switch {
			case a == nil:
				out.Unknown = append(out.Unknown, id)
			case a.Kind == plan.AgencyGroup && depth < 8:
				if len(a.Members) == 0 {
					out.Empty = append(out.Empty, id)
				}
				expand(a.Members, depth+1)
			case !seen[id] && (rd.Sent.IsZero() || a.ExistedOn(rd.Sent)):
				seen[id] = true
				out.Asked = append(out.Asked, id)
			}
		}
	}
	expand(rd.Asked, 0)
	if dl, err := deadline.Parse(rd.Deadline); err == nil {
		out.Due = dl.Resolve(rd.Sent, cal).Latest()
	}
	return out
}

// Find returns the round of p on draft n (0: the latest round), resolved.
func Find(r *plan.Repo, p *plan.Plan, n int, cal deadline.WorkCalendar) *Round {
	var found *plan.Round
	for _, rd := range p.Rounds {
		if (n == 0 && (found == nil || rd.Draft > found.Draft)) || rd.Draft == n {
			found = rd
		}
	}
	if found == nil {
		return nil
	}
	return Resolve(r, p, found, cal)
}

// WasAsked reports whether agency was asked in the round.
func (rd *Round) WasAsked(agency string) bool { return slices.Contains(rd.Asked, agency) }

// Answers lists the plan's answers of the round.
func (rd *Round) Answers() []*plan.Answer {
	var out []*plan.Answer
	for _, a := range rd.Plan.Answers {
		if a.Draft == rd.Draft {
			out = append(out, a)
		}
	}
	return out
}

// Key writes a unit's reference as the comment form shows it: the id, and
// the field after "#".
func Key(r word.Ref) string {
	if r.Field == "" {
		return r.ID
	}
	return r.ID + "#" + r.Field
}

// ParseKey reads Key's form back.
func ParseKey(s string) word.Ref {
	id, field, _ := cutHash(s)
	return word.Ref{ID: id, Field: field}
}

func cutHash(s string) (string, string, bool) {
	for i := 0; i < len(s); i++ {
		if s[i] == '#' {
			return s[:i], s[i+1:], true
		}
	}
	return s, "", false
}
