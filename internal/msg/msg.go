// Package msg is kh's message catalogue: every text a user reads, in
// Vietnamese and English. A Message holds one template per language; both
// take the same arguments (checked by a test over the whole catalogue), so a
// caller formats once and any output picks its language later.
//
// Templates use fmt verbs. When the languages need their arguments in a
// different order, the second template names them by index ("%[2]q … %[1]q").
package msg

import (
	"fmt"
	"strings"
	"testing"
)

// Lang selects the language of messages.
type Lang int

// Languages: Vietnamese is the default because it is the users' language.
const (
	VI Lang = iota
	EN
)

// ParseLang accepts "vi" or "en" (any case; empty means vi).
func ParseLang(s string) (Lang, error) {
	switch strings.ToLower(s) {
	case "", "vi":
		return VI, nil
	case "en":
		return EN, nil
	}
	return VI, UnknownLang.Error(s)
}

// String is the language's code, "vi" or "en".
func (l Lang) String() string {
	if l == EN {
		return "en"
	}
	return "vi"
}

// Text is a message in both languages.
type Text struct {
	VI, EN string
}

// In returns the text in lang.
func (t Text) In(lang Lang) string {
	if lang == EN && t.EN != "" {
		return t.EN
	}
	return t.VI
}

// Message is one catalogue entry. Create entries with New in this package's
// catalogue files so that the catalogue test sees every one.
type Message struct {
	ID     string
	VI, EN string
}

var catalogue []*Message

// New adds a message to the catalogue. It is meant for package-level
// variables of this package and of diag's rule table.
func New(id, vi, en string) *Message {
	m := &Message{ID: id, VI: vi, EN: en}
	catalogue = append(catalogue, m)
	return m
}

// Text formats both templates with args. An argument that is a Text gives
// the matching language, an error is rendered in the matching language
// (see In), anything else is formatted by fmt.
func (m *Message) Text(args ...any) Text {
	checkArgs(m, args)
	return Text{VI: Format(m.VI, VI, args), EN: Format(m.EN, EN, args)}
}

// In formats the template of lang only.
func (m *Message) In(lang Lang, args ...any) string {
	return m.Text(args...).In(lang)
}

// Error returns an error whose text is m formatted with args. The first
// argument that is an error becomes its cause for errors.Is and errors.As.
func (m *Message) Error(args ...any) error {
	e := &Error{Msg: m, Text: m.Text(args...)}
	for _, a := range args {
		if err, ok := a.(error); ok {
			e.cause = err
			break
		}
	}
	return e
}

// Format fills tmpl with args in lang: Text and error arguments are
// rendered in lang first.
func Format(tmpl string, lang Lang, args []any) string {
	if len(args) == 0 {
		return tmpl
	}
	local := make([]any, len(args))
	for i, a := range args {
		switch v := a.(type) {
		case Text:
			local[i] = v.In(lang)
		case error:
			local[i] = In(v, lang)
		default:
			local[i] = a
		}
	}
	return fmt.Sprintf(tmpl, local...)
}

// checkArgs panics under go test when args do not fit m's templates, so a
// call site passing a string where "%d" waits fails its first test instead
// of printing "%!d(string=…)". Outside tests the message is formatted as is.
func checkArgs(m *Message, args []any) {
	if !testing.Testing() {
		return
	}
	if err := CheckArgs(m.VI, args); err != nil {
		panic(fmt.Sprintf("msg %s: %v", m.ID, err))
	}
}
