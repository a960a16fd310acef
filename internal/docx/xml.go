package docx

import (
	"strconv"
	"strings"
)

// xb builds an XML part by hand. encoding/xml cannot write the w: prefixes
// Word expects (it repeats xmlns on every element), and a hand-built part
// is byte-stable, which the byte-identical rebuilds rely on.
type xb struct {
	b strings.Builder
}

const xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

// open writes <name attrs...>; attrs alternate names and values.
func (x *xb) open(name string, attrs ...string) {
	x.tag(name, attrs)
	x.b.WriteByte('>')
}

// empty writes <name attrs.../>.
func (x *xb) empty(name string, attrs ...string) {
	x.tag(name, attrs)
	x.b.WriteString("/>")
}

func (x *xb) tag(name string, attrs []string) {
	x.b.WriteByte('<')
	x.b.WriteString(name)
	for i := 0; i+1 < len(attrs); i += 2 {
		x.b.WriteByte(' ')
		x.b.WriteString(attrs[i])
		x.b.WriteString(`="`)
		escape(&x.b, attrs[i+1], true)
		x.b.WriteByte('"')
	}
}

func (x *xb) close(name string) {
	x.b.WriteString("</")
	x.b.WriteString(name)
	x.b.WriteByte('>')
}

// text writes character data, escaped.
func (x *xb) text(s string) { escape(&x.b, s, false) }

// elem writes <name>text</name>.
func (x *xb) elem(name, text string, attrs ...string) {
	x.open(name, attrs...)
	x.text(text)
	x.close(name)
}

// raw appends already-built XML.
func (x *xb) raw(s string) { x.b.WriteString(s) }

func (x *xb) String() string { return x.b.String() }

// escape writes s with the XML specials escaped. Characters XML 1.0 cannot
// carry at all (most C0 controls) are dropped: Word refuses a part that
// holds one, and they have no printed form.
func escape(b *strings.Builder, s string, attr bool) {
	for _, r := range s {
		switch {
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '&':
			b.WriteString("&amp;")
		case r == '"' && attr:
			b.WriteString("&quot;")
		case r == '\n' && attr:
			b.WriteString("&#10;")
		case r == '\t' || r == '\n' || r == '\r':
			b.WriteRune(r)
		case r < 0x20 || r == 0xFFFE || r == 0xFFFF || (r >= 0xD800 && r <= 0xDFFF):
		default:
			b.WriteRune(r)
		}
	}
}

func itoa(i int) string { return strconv.Itoa(i) }
