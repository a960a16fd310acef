package gopy

import (
	"errors"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/kh-tools/kh/internal/deadline"
	"github.com/kh-tools/kh/internal/docxread"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/vntext"
	"github.com/kh-tools/kh/internal/word"
	"github.com/kh-tools/kh/internal/worddiff"
)

// ReadOptions are what reading an answer needs besides the file.
type ReadOptions struct {
	// Received dates the answer (the day it came in).
	Received time.Time
	// Draft renders a plan's current Word draft: its units map the
	// bookmarks of a returned copy and the rows of a form back to items.
	Draft    func(p *plan.Plan) (*word.Draft, error)
	Calendar deadline.WorkCalendar
}

// Received is one answer read back.
type Received struct {
	File   string
	Round  *Round
	Answer *plan.Answer
	// Edits are the tracked changes of a returned copy, item by item.
	Edits []Edit
	// Changed is set when the draft has changed since the copy was sent.
	Changed bool
}

// Edit is a tracked change of one unit: the comment recording it, the
// unit as the current draft prints it, and the word-level difference.
type Edit struct {
	Comment *plan.Comment
	Unit    word.Unit
	Diff    []worddiff.Op
	// Applicable is set when the change is to text kh can write back: the
	// field as sent, printed as it is now.
	Applicable bool
}

// Read reads an answer: a comment form (.xlsx) or a returned copy of the
// Word draft (.docx), told apart by their content. A file that is neither,
// belongs to another plan or round, or whose ids are missing or altered is
// refused with a message that says what to do.
func Read(r *plan.Repo, name string, data []byte, opt ReadOptions) (*Received, error) {
	f, err := docxread.Read(data)
	switch {
	case errors.Is(err, docxread.ErrWorkbook):
		return readFormAnswer(r, name, data, opt)
	case err != nil:
		return nil, msg.GopyFile.Error(name, err)
	}
	return readCopy(r, name, f, opt)
}

// units indexes the current draft's units by bookmark and by key.
type units struct {
	list   []word.Unit
	byName map[string]int
	byKey  map[string]int
}

func indexUnits(d *word.Draft) *units {
	u := &units{list: d.Units, byName: map[string]int{}, byKey: map[string]int{}}
	for i, x := range d.Units {
		u.byName[word.Bookmark(x.Ref)] = i
		u.byKey[Key(x.Ref)] = i
	}
	return u
}

// identify finds the plan, the round and the agency a file names.
func identify(r *plan.Repo, name, planID, draft, agency string, opt ReadOptions) (*Round, *units, error) {
	p := r.Plan(planID)
	if p == nil {
		return nil, nil, msg.GopyUnknownPlan.Error(name, planID)
	}
	n, err := strconv.Atoi(draft)
	rd := Find(r, p, n, opt.Calendar)
	if err != nil || n < 1 || rd == nil {
		return nil, nil, msg.GopyUnknownRound.Error(name, planID, draft)
	}
	if !rd.WasAsked(agency) {
		return nil, nil, msg.GopyNotAsked.Error(name, agency, rd.Draft)
	}
	d, err := opt.Draft(p)
	if err != nil {
		return nil, nil, err
	}
	return rd, indexUnits(d), nil
}

func newAnswer(rd *Round, agency, source string, opt ReadOptions) *plan.Answer {
	return &plan.Answer{Plan: rd.Plan.ID, Draft: rd.Draft, Agency: agency, Received: opt.Received, Source: source}
}

func readFormAnswer(r *plan.Repo, name string, data []byte, opt ReadOptions) (*Received, error) {
	ff, err := readForm(name, data)
	if err != nil {
		return nil, err
	}
	rd, us, err := identify(r, name, ff.meta["ke_hoach"], ff.meta["du_thao"], ff.meta["co_quan"], opt)
	if err != nil {
		return nil, err
	}
	if !ff.valid {
		return nil, msg.GopyFormAltered.Error(name)
	}
	ans := newAnswer(rd, ff.meta["co_quan"], plan.FromForm, opt)
	general := ""
	for _, row := range ff.rows {
		if row.comment == "" {
			continue
		}
		ref := ParseKey(row.key)
		if ref.ID == rd.Plan.ID && ref.Field == "" {
			general = row.comment
			continue
		}
		if _, ok := us.byKey[row.key]; !ok {
			return nil, msg.GopyDeletedItem.Error(name, row.row, row.key)
		}
		ans.Comments = append(ans.Comments, &plan.Comment{Item: ref.ID, Field: ref.Field, Text: vntext.NFC(row.comment)})
	}
	switch {
	case general != "" && (!agrees(general) || len(ans.Comments) > 0):
		ans.Comments = append([]*plan.Comment{{Item: rd.Plan.ID, Text: vntext.NFC(general)}}, ans.Comments...)
	case len(ans.Comments) == 0:
		ans.Agrees = true
	}
	return &Received{File: name, Round: rd, Answer: ans}, nil
}

// agrees reports whether a general comment says no more than "nhất trí".
func agrees(s string) bool {
	s = strings.ToLower(strings.TrimRight(strings.TrimSpace(vntext.NFC(s)), ".!"))
	if utf8.RuneCountInString(s) > 60 {
		return false
	}
	for _, w := range []string{"nhất trí", "thống nhất", "đồng ý", "không có ý kiến"} {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// anchored is a comment with the place of what it is anchored to.
type anchored struct {
	at int
	c  *plan.Comment
}

func readCopy(r *plan.Repo, name string, f *docxread.File, opt ReadOptions) (*Received, error) {
	if f.Custom[propFormat] != DraftFormat {
		return nil, msg.GopyNoProps.Error(name)
	}
	agency := f.Custom[propAgency]
	rd, us, err := identify(r, name, f.Custom[propPlan], f.Custom[propDraft], agency, opt)
	if err != nil {
		return nil, err
	}
	rec := &Received{File: name, Round: rd, Answer: newAnswer(rd, agency, plan.FromDocument, opt),
		Changed: f.Custom[propChecksum] != Fingerprint(us.list)}
	paras := f.Paras()
	at := make([]int, len(paras)) // the unit of each paragraph, -1 for none
	found := false
	for i, p := range paras {
		u, unknown := unitOf(p, us)
		at[i] = u
		found = found || u >= 0 || unknown != ""
		if unknown != "" && (len(p.Comments) > 0 || p.Changed()) {
			return nil, msg.GopyDeletedItem.Error(name, i+1, unknown)
		}
	}
	if !found {
		return nil, msg.GopyNoIDs.Error(name)
	}
	var list []anchored
	for _, c := range threads(f.Comments) {
		list = append(list, rec.comment(c, paras, at, us))
	}
	last := -1
	for i, p := range paras {
		if at[i] >= 0 {
			last = at[i]
		}
		if p.Changed() {
			list = append(list, rec.edit(p, at[i], last, us))
		}
	}
	slices.SortStableFunc(list, func(a, b anchored) int { return a.at - b.at })
	for _, a := range list {
		rec.Answer.Comments = append(rec.Answer.Comments, a.c)
	}
	rec.Answer.Agrees = len(list) == 0
	return rec, nil
}

// unitOf is the unit a paragraph prints (-1 for none), its innermost kh
// bookmark, and the name of a kh bookmark in it that no unit of the
// current draft has.
func unitOf(p *docxread.Para, us *units) (int, string) {
	unknown := ""
	for _, b := range slices.Backward(p.Bookmarks) {
		if i, ok := us.byName[b]; ok {
			return i, ""
		}
		if word.IsBookmark(b) {
			unknown = b
		}
	}
	return -1, unknown
}

// thread is a comment with its replies.
type thread struct {
	c       *docxread.Comment
	replies []*docxread.Comment
}

func threads(cs []*docxread.Comment) []thread {
	var out []thread
	index := map[string]int{}
	for _, c := range cs {
		if i, ok := index[c.Parent]; ok && c.Parent != "" {
			out[i].replies = append(out[i].replies, c)
			continue
		}
		index[c.ID] = len(out)
		out = append(out, thread{c: c})
	}
	return out
}

// comment turns a Word comment into an answer's comment on the item its
// range covers; a comment outside every item is on the whole draft.
func (rec *Received) comment(t thread, paras []*docxread.Para, at []int, us *units) anchored {
	text := strings.TrimSpace(t.c.Text)
	for _, r := range t.replies {
		text += "\n" + r.Author + ": " + strings.TrimSpace(r.Text)
	}
	c := &plan.Comment{Item: rec.Round.Plan.ID, Author: t.c.Author, Text: vntext.NFC(text)}
	pos := -1
	for i, p := range paras {
		if slices.Contains(p.Comments, t.c.ID) && at[i] >= 0 {
			u := us.list[at[i]]
			c.Item, c.Field, pos = u.Ref.ID, u.Ref.Field, at[i]
			break
		}
	}
	return anchored{pos, c}
}

// edit records the tracked changes of a paragraph as a proposed edit of
// its unit, or, for a paragraph the agency added, of the item before it.
func (rec *Received) edit(p *docxread.Para, unit, last int, us *units) anchored {
	before, after := p.Original(), p.Text()
	c := &plan.Comment{Item: rec.Round.Plan.ID, Author: changeAuthor(p)}
	e := Edit{Comment: c}
	pos := unit
	switch {
	case unit >= 0:
		u := us.list[unit]
		e.Unit = u
		c.Item, c.Field = u.Ref.ID, u.Ref.Field
		if u.Editable && before == u.Text && strings.HasPrefix(after, u.Prefix) {
			c.Before, c.Proposed = u.Value, strings.TrimPrefix(after, u.Prefix)
			e.Applicable = c.Proposed != ""
		} else {
			c.Before, c.Proposed = before, after
		}
		if strings.TrimSpace(after) == "" {
			c.Text = "Đề nghị bỏ đoạn này."
		}
	default:
		if last >= 0 {
			c.Item, pos = us.list[last].Ref.ID, last
		}
		c.Proposed = after
		c.Text = "Đề nghị bổ sung đoạn."
	}
	c.Before, c.Proposed = vntext.NFC(c.Before), vntext.NFC(c.Proposed)
	e.Diff = worddiff.Diff(c.Before, c.Proposed)
	rec.Edits = append(rec.Edits, e)
	return anchored{pos, c}
}

func changeAuthor(p *docxread.Para) string {
	for _, r := range p.Runs {
		switch {
		case r.Ins != nil:
			return r.Ins.Author
		case r.Del != nil:
			return r.Del.Author
		}
	}
	return ""
}
