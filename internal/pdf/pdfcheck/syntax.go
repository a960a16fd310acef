package pdfcheck

import (
	"bytes"
	"fmt"
	"strconv"
)

// The object model of ISO 32000-1 §7.3: null is nil, booleans bool,
// integers int64, reals float64, strings str, names name, arrays []any,
// dictionaries dict, indirect references ref, streams *stream.
type (
	str  []byte
	name string
	dict map[name]any
	ref  struct{ num, gen int }
)

type stream struct {
	dict dict
	raw  []byte // the bytes between "stream" and "endstream", still encoded
}

// maxDepth bounds nested arrays and dictionaries, so a hostile file fails
// instead of exhausting the stack.
const maxDepth = 64

// lexer reads PDF tokens from data (ISO 32000-1 §7.2).
type lexer struct {
	data []byte
	pos  int
	// refs makes "N G R" a reference; content streams have no references.
	refs bool
}

// keyword is a bare token: obj, endobj, R, an operator of a content stream.
type keyword string

func isSpace(c byte) bool {
	return c == 0 || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' '
}

func isDelim(c byte) bool {
	return bytes.IndexByte([]byte("()<>[]{}/%"), c) >= 0
}

func (l *lexer) skipSpace() {
	for l.pos < len(l.data) {
		c := l.data[l.pos]
		switch {
		case isSpace(c):
			l.pos++
		case c == '%':
			for l.pos < len(l.data) && l.data[l.pos] != '\n' && l.data[l.pos] != '\r' {
				l.pos++
			}
		default:
			return
		}
	}
}

func (l *lexer) errorf(format string, args ...any) error {
	return fmt.Errorf("offset %d: %s", l.pos, fmt.Sprintf(format, args...))
}

// next reads one object or keyword; a reference "N G R" when l.refs.
func (l *lexer) next(depth int) (any, error) {
	if depth > maxDepth {
		return nil, l.errorf("objects nested more than %d deep", maxDepth)
	}
	l.skipSpace()
	if l.pos >= len(l.data) {
		return nil, l.errorf("unexpected end of file")
	}
	switch c := l.data[l.pos]; {
	case c == '/':
		return l.name()
	case c == '(':
		return l.literal()
	case c == '<' && l.peek(1) == '<':
		return l.dict(depth)
	case c == '<':
		return l.hex()
	case c == '[':
		return l.array(depth)
	case c == ')' || c == '>' || c == ']' || c == '{' || c == '}':
		return nil, l.errorf("unexpected %q", c)
	}
	return l.bare()
}

func (l *lexer) peek(n int) byte {
	if l.pos+n < len(l.data) {
		return l.data[l.pos+n]
	}
	return 0
}

func (l *lexer) word() string {
	start := l.pos
	for l.pos < len(l.data) && !isSpace(l.data[l.pos]) && !isDelim(l.data[l.pos]) {
		l.pos++
	}
	return string(l.data[start:l.pos])
}

// bare reads a number, true, false, null, a reference or a keyword.
func (l *lexer) bare() (any, error) {
	w := l.word()
	switch w {
	case "":
		return nil, l.errorf("unexpected %q", l.data[l.pos])
	case "true", "false":
		return w == "true", nil
	case "null":
		return nil, nil
	}
	if i, err := strconv.ParseInt(w, 10, 64); err == nil {
		if l.refs {
			if r, ok := l.reference(i); ok {
				return r, nil
			}
		}
		return i, nil
	}
	if isReal(w) {
		f, _ := strconv.ParseFloat(w, 64)
		return f, nil
	}
	return keyword(w), nil
}

// isReal accepts the PDF real form: optional sign, digits with one point.
func isReal(w string) bool {
	if w != "" && (w[0] == '+' || w[0] == '-') {
		w = w[1:]
	}
	digits, points := 0, 0
	for i := 0; i < len(w); i++ {
		switch {
		case w[i] >= '0' && w[i] <= '9':
			digits++
		case w[i] == '.':
			points++
		default:
			return false
		}
	}
	return digits > 0 && points == 1
}

// reference reads " G R" after an object number, or leaves the lexer
// where it was.
func (l *lexer) reference(num int64) (any, bool) {
	save := l.pos
	l.skipSpace()
	gen, err := strconv.Atoi(l.word())
	if err == nil {
		l.skipSpace()
		if l.word() == "R" && num > 0 && gen >= 0 {
			return ref{int(num), gen}, true
		}
	}
	l.pos = save
	return nil, false
}

func (l *lexer) name() (any, error) {
	l.pos++ // '/'
	raw := l.word()
	var b []byte
	for i := 0; i < len(raw); i++ {
		if raw[i] != '#' {
			b = append(b, raw[i])
			continue
		}
		if i+2 >= len(raw) {
			return nil, l.errorf("name /%s: # without two hex digits", raw)
		}
		v, err := strconv.ParseUint(raw[i+1:i+3], 16, 8)
		if err != nil {
			return nil, l.errorf("name /%s: bad #%s", raw, raw[i+1:i+3])
		}
		b = append(b, byte(v))
		i += 2
	}
	return name(b), nil
}

// literal reads a (string) with its escapes (§7.3.4.2).
func (l *lexer) literal() (any, error) {
	l.pos++ // '('
	var b []byte
	for level := 1; ; {
		if l.pos >= len(l.data) {
			return nil, l.errorf("string not closed")
		}
		c := l.data[l.pos]
		l.pos++
		switch c {
		case '(':
			level++
		case ')':
			if level--; level == 0 {
				return str(b), nil
			}
		case '\\':
			b = l.escape(b)
			continue
		}
		b = append(b, c)
	}
}

func (l *lexer) escape(b []byte) []byte {
	if l.pos >= len(l.data) {
		return b
	}
	c := l.data[l.pos]
	l.pos++
	if v, ok := map[byte]byte{'n': '\n', 'r': '\r', 't': '\t', 'b': '\b', 'f': '\f'}[c]; ok {
		return append(b, v)
	}
	switch {
	case c == '\r':
		if l.pos < len(l.data) && l.data[l.pos] == '\n' {
			l.pos++
		}
		return b // a line continuation
	case c == '\n':
		return b
	case c >= '0' && c <= '7':
		v := int(c - '0')
		for n := 1; n < 3 && l.pos < len(l.data) && l.data[l.pos] >= '0' && l.data[l.pos] <= '7'; n++ {
			v = v*8 + int(l.data[l.pos]-'0')
			l.pos++
		}
		return append(b, byte(v))
	}
	return append(b, c) // \( \) \\ and any other: the character itself
}

func (l *lexer) hex() (any, error) {
	l.pos++ // '<'
	var digits []byte
	for {
		if l.pos >= len(l.data) {
			return nil, l.errorf("hex string not closed")
		}
		c := l.data[l.pos]
		l.pos++
		switch {
		case c == '>':
			if len(digits)%2 == 1 {
				digits = append(digits, '0')
			}
			b := make([]byte, len(digits)/2)
			for i := range b {
				v, _ := strconv.ParseUint(string(digits[2*i:2*i+2]), 16, 8)
				b[i] = byte(v)
			}
			return str(b), nil
		case isSpace(c):
		case bytes.IndexByte([]byte("0123456789abcdefABCDEF"), c) >= 0:
			digits = append(digits, c)
		default:
			return nil, l.errorf("%q in a hex string", c)
		}
	}
}

func (l *lexer) array(depth int) (any, error) {
	l.pos++ // '['
	out := []any{}
	for {
		l.skipSpace()
		if l.pos < len(l.data) && l.data[l.pos] == ']' {
			l.pos++
			return out, nil
		}
		v, err := l.next(depth + 1)
		if err != nil {
			return nil, err
		}
		if k, ok := v.(keyword); ok {
			return nil, l.errorf("%q in an array", k)
		}
		out = append(out, v)
	}
}

func (l *lexer) dict(depth int) (any, error) {
	l.pos += 2 // "<<"
	out := dict{}
	for {
		l.skipSpace()
		if l.pos+1 < len(l.data) && l.data[l.pos] == '>' && l.data[l.pos+1] == '>' {
			l.pos += 2
			return out, nil
		}
		k, err := l.next(depth + 1)
		if err != nil {
			return nil, err
		}
		key, ok := k.(name)
		if !ok {
			return nil, l.errorf("dictionary key %v is not a name", k)
		}
		if _, dup := out[key]; dup {
			return nil, l.errorf("key /%s twice in a dictionary", key)
		}
		v, err := l.next(depth + 1)
		if err != nil {
			return nil, err
		}
		if _, ok := v.(keyword); ok {
			return nil, l.errorf("/%s has no value", key)
		}
		out[key] = v
	}
}

// expect reads the keyword want.
func (l *lexer) expect(want string) error {
	l.skipSpace()
	start := l.pos
	if got := l.word(); got != want {
		l.pos = start
		return l.errorf("%q expected, found %q", want, got)
	}
	return nil
}

// int reads a non-negative integer token.
func (l *lexer) int() (int, error) {
	l.skipSpace()
	start := l.pos
	w := l.word()
	n, err := strconv.Atoi(w)
	if err != nil || n < 0 || w[0] == '+' {
		l.pos = start
		return 0, l.errorf("number expected, found %q", w)
	}
	return n, nil
}
