package site

import (
	"github.com/kh-tools/kh/internal/gopy"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/view"
)

// roundView is a comment round as its page section prints it.
type roundView struct {
	Draft                                   int
	Sent, Deadline, Drafter, Letter, Counts string
	Agreed, Silent                          string
	Tables                                  []download
	Groups                                  []commentGroup
}

// commentGroup is the comments on one item of the draft, with the
// responses, as the summary table sets them.
type commentGroup struct {
	Where, Text string
	Lines       []commentLine
}

type commentLine struct {
	N                         int
	Agency, Comment, Response string
}

func (b *builder) roundView(r *round) *roundView {
	rd, s := r.Round, r.Summary
	v := view.New(b.repo, rd.Plan)
	c := s.Counts
	out := &roundView{
		Draft: rd.Draft, Sent: plan.ShortDate(rd.Sent), Deadline: rd.Deadline, Letter: rd.Letter, Tables: r.Tables,
		Counts: msg.SiteRoundCountsText.In(b.lang, c.Answered, c.Asked, c.Agreed, c.Comments, c.Accepted, c.Explained, c.Rejected, c.Unanswered),
		Agreed: v.Names(s.Agreed, view.Full), Silent: v.Names(s.Silent, view.Full),
	}
	if !rd.Due.IsZero() {
		out.Deadline += " (" + plan.ShortDate(rd.Due) + ")"
	}
	if rd.Drafter != "" {
		out.Drafter = v.Agency(rd.Drafter).Name
	}
	n := 0
	for _, g := range s.Groups {
		cg := commentGroup{Where: g.Where, Text: g.Text}
		for _, l := range g.Lines {
			n++
			cg.Lines = append(cg.Lines, commentLine{N: n, Agency: v.Agency(l.Agency).Short, Comment: gopy.CommentText(l.Comment), Response: gopy.ResponseText(l.Comment)})
		}
		out.Groups = append(out.Groups, cg)
	}
	return out
}
