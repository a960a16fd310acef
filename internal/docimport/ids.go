package docimport

import (
	"reflect"
	"strconv"
	"strings"

	"github.com/kh-tools/kh/internal/agencymatch"
	"github.com/kh-tools/kh/internal/plan"
)

// stopWords are left out of generated ids: they carry no meaning of their
// own ("các", "và", "của").
var stopWords = map[string]bool{"cac": true, "va": true, "cua": true, "cho": true, "voi": true, "the": true, "nhung": true, "mot": true, "so": false}

// slug makes an id part of the first n meaningful words of s: ASCII, lower
// case, joined by "-" ("Kiện toàn bộ máy tổ chức" → "kien-toan-bo-may").
func slug(s string, n int) string {
	var ws []string
	for _, w := range strings.Fields(s) {
		f := agencymatch.Fold(w)
		f = strings.Map(func(r rune) rune {
			if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
				return r
			}
			return -1
		}, f)
		if f == "" || stopWords[f] {
			continue
		}
		ws = append(ws, f)
		if len(ws) == n {
			break
		}
	}
	return strings.Join(ws, "-")
}

// joinID joins non-empty parts with "-".
func joinID(parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	id := strings.Join(out, "-")
	if len(id) > 48 {
		id = strings.TrimRight(id[:48], "-")
	}
	return id
}

// id makes a unique id from a prefix and the first words of text; a
// repeat gets "-2", "-3".
func (b *builder) id(prefix, text string, words int) string {
	base := joinID(prefix, slug(text, words))
	if base == "" || base == prefix {
		base = joinID(prefix, "muc")
	}
	if !plan.ValidID(base) {
		base = "muc"
	}
	id := base
	for k := 2; b.ids[id]; k++ {
		id = base + "-" + strconv.Itoa(k)
	}
	b.ids[id] = true
	return id
}

// usedIDs adds every id v holds (its own and those of the items, groups,
// rows and citations in it) to ids, so the ids an import adds to an
// existing plan are new.
func usedIDs(v reflect.Value, ids map[string]bool) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			usedIDs(v.Elem(), ids)
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			usedIDs(v.Index(i), ids)
		}
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			tag, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
			switch {
			case !f.IsExported() || tag == "-":
			case tag == "id" && f.Type.Kind() == reflect.String:
				if id := v.Field(i).String(); id != "" {
					ids[id] = true
				}
			default:
				usedIDs(v.Field(i), ids)
			}
		}
	}
}
