package gopy

import (
	"bytes"
	"strconv"

	"github.com/kh-tools/kh/internal/docx"
	"github.com/kh-tools/kh/internal/forms"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/view"
	"github.com/kh-tools/kh/internal/word"
)

// Copy is what one asked agency is sent: the Word draft, in which it can
// comment and track its changes, and the comment form.
type Copy struct {
	Agency     string
	DOCX, XLSX []byte
}

// Fingerprint is the checksum of the units of a draft, kept in each copy
// so that a returned one shows whether the draft has changed since.
func Fingerprint(units []word.Unit) string {
	keys, texts := make([]string, len(units)), make([]string, len(units))
	for i, u := range units {
		keys[i], texts[i] = Key(u.Ref), u.Text
	}
	return forms.Checksum(keys, texts)
}

// Send makes the copies of the round for every agency asked, from the
// plan's Word draft d. The plan must still be the draft the round sends.
func Send(rd *Round, v *view.Doc, d *word.Draft) ([]Copy, error) {
	p := rd.Plan
	switch {
	case !p.IsDraft():
		return nil, msg.GopySigned.Error(p.ID)
	case p.Draft != rd.Draft:
		return nil, msg.GopyDraftMismatch.Error(p.ID, p.Draft, rd.Draft)
	case len(rd.Unknown) > 0:
		return nil, msg.GopyUnknownAgency.Error(rd.Unknown[0])
	case len(rd.Empty) > 0:
		return nil, msg.GopyEmptyGroup.Error(rd.Empty[0])
	case len(rd.Asked) == 0:
		return nil, msg.GopyNobodyAsked.Error(p.ID, rd.Draft)
	}
	sum := Fingerprint(d.Units)
	out := make([]Copy, 0, len(rd.Asked))
	for _, agency := range rd.Asked {
		d.Document.Custom = []docx.Property{
			{Name: propFormat, Value: DraftFormat}, {Name: propPlan, Value: p.ID},
			{Name: propDraft, Value: strconv.Itoa(rd.Draft)}, {Name: propAgency, Value: agency},
			{Name: propChecksum, Value: sum},
		}
		var doc, form bytes.Buffer
		if err := d.Document.Write(&doc); err != nil {
			return nil, err
		}
		if err := writeForm(&form, rd, v, agency, d.Units); err != nil {
			return nil, err
		}
		out = append(out, Copy{Agency: agency, DOCX: doc.Bytes(), XLSX: form.Bytes()})
	}
	d.Document.Custom = nil
	return out, nil
}
