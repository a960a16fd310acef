package word

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
)

// Ref addresses what a paragraph or a table cell of the draft prints: the
// item (a section, task, indicator, group, document, citation, appendix or
// the plan itself) by its id, and the field of the item, as its YAML key
// ("tieu_de", "doan[2]", "noi_dung", "thoi_han", "noi_nhan[0]").
type Ref struct {
	ID, Field string
}

// Unit is one addressable paragraph or cell of the draft, in document
// order.
type Unit struct {
	Ref Ref
	// Number is where the unit sits, as an officer cites it: "Mục II.1",
	// "Mục II.1, đoạn 2", "Phụ lục 02, số 5", "Trích yếu".
	Number string
	// Text is the text as printed.
	Text string
	// Main marks the unit that carries an item's own text (a heading, a
	// paragraph, a task's content): the comment form has one row per main
	// unit.
	Main bool
	// Value is the field's text in the plan, when the printed text is
	// Prefix + Value exactly, so an edit of the printed text can be
	// written back; Editable says so.
	Value, Prefix string
	Editable      bool
}

// Bookmark is the name of the bookmark around a unit: readable ("kh_" and
// the start of the id) and unique (a hash of the id and field), within the
// 40 characters Word allows, with only letters, digits and "_".
func Bookmark(r Ref) string {
	h := sha256.Sum256([]byte(r.ID + "\x1f" + r.Field))
	slug := strings.Map(func(c rune) rune {
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			return c
		}
		return '_'
	}, r.ID)
	if len(slug) > 20 {
		slug = slug[:20]
	}
	return "kh_" + slug + "_" + hex.EncodeToString(h[:4])
}

// IsBookmark reports whether a bookmark name has the form kh gives its
// own, so one that no unit has can be told from the author's own marks.
func IsBookmark(name string) bool {
	if !strings.HasPrefix(name, "kh_") || len(name) < len("kh__")+8 {
		return false
	}
	_, err := hex.DecodeString(name[len(name)-8:])
	return err == nil && name[len(name)-9] == '_'
}
