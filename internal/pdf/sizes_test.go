package pdf

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/kh-tools/kh/internal/layout"
	"github.com/kh-tools/kh/internal/pdf/pdftext"
	"github.com/kh-tools/kh/internal/view"
	"github.com/kh-tools/kh/internal/vntext"
)

// role is a part of the document with its own type size (NĐ 30 PL I's
// table of sizes; HD 36 for Party documents).
type role struct {
	name string
	size float64
}

// special lists the texts set at sizes other than the body's, with their
// roles: everything a reader sees outside the body paragraphs and the
// tables. Whatever is not one of them is body text.
func special(v *view.Doc, t *layout.Template) map[string][]role {
	s := t.Sizes
	out := map[string][]role{}
	add := func(name string, size float64, texts ...string) {
		for _, x := range texts {
			k := squash(v.Plan.ExpandRefs(x))
			out[k] = append(out[k], role{name, size})
		}
	}
	parent, own := v.IssuerLines()
	add("parent agency", s.ParentAgency, parent...)
	add("agency", s.Agency, own...)
	add("agency", s.Agency, "*")
	add("national title", s.National, v.RightTitle())
	add("motto", s.Motto, view.Motto)
	add("number", s.Number, v.NumberLine())
	add("place and date", s.PlaceDate, v.DateLine())
	add("draft mark", s.DraftMark, v.DraftMark())
	add("document type", s.DocType, strings.ToUpper(v.TypeName()))
	add("title", s.Title, v.Plan.Subheading...)
	add("title", s.Title, v.Plan.Title)
	add("signature", s.Signature, v.Signature()...)
	add("signature", s.Signature, v.Plan.Signature.Name)
	add("recipients heading", s.RecipientHead, v.RecipientsHeading())
	add("recipients", s.Recipients, v.Recipients()...)
	for _, a := range v.Appendices() {
		add("appendix number", s.AppendixNum, a.Heading[:a.LabelLines]...)
		add("appendix title", s.AppendixTitle, a.Heading[a.LabelLines:]...)
		add("appendix reference", s.AppendixRef, a.AttachedTo)
	}
	return out
}

func squash(s string) string { return strings.Join(strings.Fields(vntext.NFC(s)), " ") }

// rolesOf gives the sizes a run outside the tables and the top margin may
// have: those of every special text it is part of, and the body's.
func rolesOf(specials map[string][]role, t *layout.Template, text string) []role {
	text = squash(text)
	body := []role{{"body", t.Sizes.Body}, {"heading", t.Sizes.Heading}}
	var out []role
	for k, rs := range specials {
		if k != "" && strings.Contains(k, text) {
			out = append(out, rs...)
		}
	}
	return append(out, body...)
}

func inRect(r pdftext.Run, rects []pdftext.Rect) bool {
	for _, b := range rects {
		if r.X >= b.X && r.X <= b.X+b.W && r.Y >= b.Y && r.Y <= b.Y+b.H {
			return true
		}
	}
	return false
}

// TestTypeSizes reads every text run of every page of every plan back and
// checks its size against the role it plays: the page number in the top
// margin, table cells inside their boxes, the header, title, signature,
// Nơi nhận and appendix title lines at theirs, and everything else at the
// body's. A page break inside a paragraph once printed the rest of it at
// the page number's 13 pt.
func TestTypeSizes(t *testing.T) {
	for _, root := range []string{repoOK, repoParty, plansDir} {
		r := loadRepo(t, root)
		for _, p := range r.Plans {
			t.Run(p.ID, func(t *testing.T) {
				tpl := template(t, r, p)
				specials := special(view.New(r, p), tpl)
				marginPt := tpl.Margins.Top / ptMM
				// Built with --force, the mark on every page must not
				// change the size of what follows it either.
				for _, opt := range []Options{{}, {Mark: "CHƯA KIỂM TRA: còn 1 lỗi"}} {
					var b bytes.Buffer
					if err := WriteWith(&b, r, p, tpl, opt); err != nil {
						t.Fatal(err)
					}
					pages, err := pdftext.ReadLayout(b.Bytes())
					if err != nil {
						t.Fatal(err)
					}
					bad := 0
					for i, pg := range pages {
						for _, run := range pg.Runs {
							if strings.TrimSpace(run.Text) == "" {
								continue
							}
							want := wantSizes(run, pg, marginPt, tpl, specials)
							if !fits(run.Size, want) && bad < 20 {
								bad++
								t.Errorf("mark %q, page %d: %q at %.1f pt, want %s", opt.Mark, i+1, run.Text, run.Size, describe(want))
							}
						}
					}
				}
			})
		}
	}
}

func wantSizes(run pdftext.Run, pg pdftext.Layout, marginPt float64, t *layout.Template, specials map[string][]role) []role {
	if pg.Height-run.Y < marginPt {
		if isNumber(run.Text) {
			return []role{{"page number", t.Sizes.PageNumber}}
		}
		return []role{{"draft mark", t.Sizes.DraftMark}, {"unchecked mark", t.Sizes.PageNumber}}
	}
	if inRect(run, pg.Rects) {
		return []role{{"table", t.Sizes.Table}}
	}
	return rolesOf(specials, t, run.Text)
}

func fits(size float64, roles []role) bool {
	for _, r := range roles {
		if size > r.size-0.01 && size < r.size+0.01 {
			return true
		}
	}
	return false
}

func describe(roles []role) string {
	var parts []string
	for _, r := range roles {
		parts = append(parts, fmt.Sprintf("%s %.1f pt", r.name, r.size))
	}
	return strings.Join(parts, " or ")
}
