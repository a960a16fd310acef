package load

import (
	"bytes"
	"errors"
	"io"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/msg"
)

// yaml.v3 reports a syntax error at the line where the enclosing construct
// began (a block mapping opened 20 lines earlier) and in English. This file
// finds the line and column an officer has to fix and says what to do, in
// both languages. It runs only for a file that failed to parse.

var lineRe = regexp.MustCompile(`^yaml: (?:line (\d+): )?(.*)$`)

// yamlProblem splits yaml.v3's "yaml: line N: problem" error; this is the
// one place that parses its wording.
func yamlProblem(err error) (line int, problem string) {
	msg := strings.SplitN(err.Error(), "\n", 2)[0]
	if m := lineRe.FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		return line, m[2]
	}
	return 0, msg
}

// syntaxDiag is the KH001 finding of a file that does not parse.
func syntaxDiag(name string, data []byte, err error) diag.Diagnostic {
	line, col, text := locateSyntax(data, err)
	return diag.New("KH001", diag.Pos{File: name, Line: line, Column: col}, "", text)
}

func locateSyntax(data []byte, err error) (line, col int, text diag.Text) {
	if l, c, ok := invalidUTF8(data); ok {
		return l, c, explain("invalid leading UTF-8 octet", "")
	}
	if l, c, q, ok := runawayQuote(data); ok {
		return l, c, unclosedQuote(q)
	}
	line, problem := yamlProblem(err)
	if strings.HasPrefix(problem, "did not find expected") {
		// yaml.v3 numbers the lines of parser (not scanner) errors from 0.
		line++
	}
	lines := splitLines(data)
	if strings.HasPrefix(problem, "did not find expected ',' or") {
		// yaml.v3 names the line after the bracket when it opens on the
		// first line; the open bracket is what to fix.
		if l, ok := openBracket(lines, line); ok {
			line = l
		}
	}
	if !truncation(problem) && len(data) <= bisectLimit {
		if l, p, ok := firstFailingLine(lines); ok {
			line, problem = l, p
		}
	}
	line = min(max(line, 1), max(len(lines), 1))
	col, arg := 1, ""
	if line <= len(lines) {
		col, arg, problem = column(lines[line-1], problem)
	}
	return line, col, explain(problem, arg)
}

// bisectLimit bounds the files whose error line is searched for by
// parsing prefixes (a few dozen parses of the file).
const bisectLimit = 1 << 20

// truncation reports problems that a file cut short also has, so cutting
// the file cannot tell where they begin; yaml.v3 places them at the start
// of the open quote or bracket, which is right.
func truncation(problem string) bool {
	return strings.Contains(problem, "unexpected end of stream") ||
		strings.HasPrefix(problem, "did not find expected ',' or")
}

// firstFailingLine finds the first line whose prefix of the file fails to
// parse, by bisection: an error yaml.v3 places at the start of a block is
// found at the line that breaks it.
func firstFailingLine(lines [][]byte) (int, string, bool) {
	fails := func(k int) (string, bool) {
		err := parseAll(bytes.Join(lines[:k], nil))
		if err == nil {
			return "", false
		}
		_, p := yamlProblem(err)
		return p, !truncation(p)
	}
	lastProblem, ok := fails(len(lines))
	if !ok {
		return 0, "", false
	}
	lo, hi := 0, len(lines) // prefix lo parses, prefix hi fails
	for hi-lo > 1 {
		mid := (lo + hi) / 2
		if p, bad := fails(mid); bad {
			hi, lastProblem = mid, p
		} else {
			lo = mid
		}
	}
	return hi, lastProblem, true
}

// parseAll parses every document of data.
func parseAll(data []byte) error {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	for {
		var n yaml.Node
		if err := dec.Decode(&n); err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return err
		}
	}
}

// splitLines keeps each line's newline.
func splitLines(data []byte) [][]byte {
	var out [][]byte
	for len(data) > 0 {
		i := bytes.IndexByte(data, '\n')
		if i < 0 {
			out = append(out, data)
			break
		}
		out = append(out, data[:i+1])
		data = data[i+1:]
	}
	return out
}

// column finds the character of line the problem is about, 1-based in
// runes, and the text to quote in the message; a tab that yaml.v3 calls a
// character that cannot start a token is named a tab.
func column(line []byte, problem string) (int, string, string) {
	s := strings.TrimRight(string(line), "\r\n")
	at := func(i int) int { return utf8.RuneCountInString(s[:i]) + 1 }
	tab := strings.IndexByte(s, '\t')
	switch {
	case tab >= 0 && (strings.Contains(problem, "tab character") || strings.Contains(problem, "cannot start any token")):
		return at(tab), "", "tab character"
	case strings.HasPrefix(problem, "mapping values are not allowed"):
		if i := valueColon(s); i >= 0 {
			return at(i), "", problem
		}
	case strings.Contains(problem, "cannot start any token"):
		if i := valueStart(s); i < len(s) {
			r, _ := utf8.DecodeRuneInString(s[i:])
			return at(i), string(r), problem
		}
	case strings.Contains(problem, "unknown escape character"):
		if i := strings.IndexByte(s, '\\'); i >= 0 {
			return at(i), "", problem
		}
	case strings.HasPrefix(problem, "did not find expected ',' or"):
		if i := strings.IndexAny(stripQuoted(s), "[{"); i >= 0 {
			return at(i), "", problem
		}
	case strings.Contains(problem, "unknown anchor"):
		if i := strings.IndexByte(s, '*'); i >= 0 {
			return at(i), "", problem
		}
	case strings.HasPrefix(problem, "block sequence entries are not allowed"):
		if i := valueStart(s); i < len(s) {
			return at(i), "", problem
		}
	case strings.Contains(problem, "expected node content"):
		// A bracket left open at the end of the file.
		if i := strings.LastIndexAny(s, "[{"); i >= 0 && !strings.ContainsAny(s[i:], "]}") {
			return at(i), "", "did not find expected ',' or '" + map[byte]string{'[': "]", '{': "}"}[s[i]] + "'"
		}
	}
	return at(len(s) - len(strings.TrimLeft(s, " "))), "", problem
}

// openBracket finds the last line up to line that leaves a bracket open.
func openBracket(lines [][]byte, line int) (int, bool) {
	for l := min(line, len(lines)); l >= 1; l-- {
		depth := 0
		for _, c := range stripQuoted(string(lines[l-1])) {
			switch c {
			case '[', '{':
				depth++
			case ']', '}':
				depth--
			}
		}
		if depth > 0 {
			return l, true
		}
	}
	return 0, false
}

// stripQuoted blanks quoted parts and comments of a line, so brackets in
// text do not count.
func stripQuoted(s string) string {
	b := []byte(s)
	var q byte
	for i := 0; i < len(b); i++ {
		switch {
		case q != 0 && b[i] == q:
			q = 0
		case q != 0:
			b[i] = ' '
		case b[i] == '"' || b[i] == '\'':
			q = b[i]
		case b[i] == '#' && (i == 0 || b[i-1] == ' '):
			return string(b[:i])
		}
	}
	return string(b)
}

// valueColon is the byte offset of the ": " that makes a value look like a
// key: the first one after the line's own key, or the first one at all on
// a line with no key.
func valueColon(s string) int {
	first := -1
	for i := 0; i < len(s); i++ {
		if s[i] == ':' && (i+1 == len(s) || s[i+1] == ' ') {
			if first >= 0 || !isKey(s[valueStartNoKey(s):i]) {
				return i
			}
			first = i
		}
	}
	return first
}

// isKey reports whether s looks like a mapping key of kh's files.
func isKey(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_') {
			return false
		}
	}
	return true
}

// valueStartNoKey skips indentation and list dashes.
func valueStartNoKey(s string) int {
	i := 0
	for {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		if i+1 < len(s) && s[i] == '-' && s[i+1] == ' ' {
			i += 2
			continue
		}
		return i
	}
}

// valueStart is the byte offset where the line's value begins, after
// indentation, list dashes and a key.
func valueStart(s string) int {
	i := valueStartNoKey(s)
	if j := strings.Index(s[i:], ": "); j >= 0 && isKey(s[i:i+j]) {
		i += j + 2
		for i < len(s) && s[i] == ' ' {
			i++
		}
	}
	return i
}

// invalidUTF8 finds the first byte that is not UTF-8, typical of a file
// saved in TCVN3, VNI or Windows-1258.
func invalidUTF8(data []byte) (line, col int, ok bool) {
	if utf8.Valid(data) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) || bytes.HasPrefix(data, []byte{0xff, 0xfe}) {
		return 0, 0, false
	}
	line, col = 1, 1
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size <= 1 {
			return line, col, true
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		data = data[size:]
	}
	return 0, 0, false
}

// runawayQuote finds a quoted value left open: a quote that runs on past
// a line that is plainly a new key or list item of the same or an outer
// block. yaml.v3 then fails much later, where the next quote closes it.
func runawayQuote(data []byte) (line, col int, quote byte, ok bool) {
	lines := splitLines(data)
	for i := 0; i < len(lines); i++ {
		s := strings.TrimRight(string(lines[i]), "\r\n")
		start := valueStart(s)
		if start >= len(s) || s[start] != '"' && s[start] != '\'' {
			continue
		}
		q := s[start]
		if closes(s[start+1:], q) {
			continue
		}
		indent := len(s) - len(strings.TrimLeft(s, " -"))
		for j := i + 1; j < len(lines); j++ {
			t := strings.TrimRight(string(lines[j]), "\r\n")
			if closes(t, q) {
				i = j
				break
			}
			if structural(t, indent) {
				return i + 1, utf8.RuneCountInString(s[:start]) + 1, q, true
			}
		}
	}
	return 0, 0, 0, false
}

// closes reports whether s holds the closing quote q.
func closes(s string, q byte) bool {
	for i := 0; i < len(s); i++ {
		switch {
		case q == '"' && s[i] == '\\':
			i++
		case s[i] == q && q == '\'' && i+1 < len(s) && s[i+1] == '\'':
			i++
		case s[i] == q:
			return true
		}
	}
	return false
}

// structural reports whether a line inside an open quote is a key or list
// item no deeper than the quoted value's own key: a continuation of the
// quoted text would be indented further.
func structural(s string, indent int) bool {
	trimmed := strings.TrimLeft(s, " ")
	if len(s)-len(trimmed) > indent || trimmed == "" {
		return false
	}
	if strings.HasPrefix(trimmed, "- ") {
		return true
	}
	i := strings.Index(trimmed, ":")
	return i > 0 && isKey(trimmed[:i]) && (i+1 == len(trimmed) || trimmed[i+1] == ' ')
}

func unclosedQuote(q byte) diag.Text {
	if q == '\'' {
		return msg.YAMLUnclosedSingle.Text()
	}
	return msg.YAMLUnclosedDouble.Text()
}

// problems gives yaml.v3's problems in officers' words, with the fix.
var problems = []struct {
	match string
	text  *msg.Message
}{
	{"mapping values are not allowed", msg.YAMLColon},
	{"did not find expected key", msg.YAMLIndentKey},
	{"did not find expected '-' indicator", msg.YAMLIndentItem},
	{"block sequence entries are not allowed", msg.YAMLItemHere},
	{"tab character", msg.YAMLTab},
	{"cannot start any token", msg.YAMLBadStart},
	{"did not find expected ',' or ']'", msg.YAMLOpenBracket},
	{"did not find expected ',' or '}'", msg.YAMLOpenBrace},
	{"unexpected end of stream", msg.YAMLEndOfFile},
	{"unknown escape character", msg.YAMLEscape},
	{"could not find expected ':'", msg.YAMLNoColon},
	{"UTF-8", msg.YAMLNotUTF8},
	{"control characters are not allowed", msg.YAMLControl},
	{"did not find expected node content", msg.YAMLNoValue},
	{"exceeded max depth", msg.YAMLTooDeep},
	{"unknown anchor", msg.LoadAlias},
	{"did not find expected <document start>", msg.YAMLIndentKey},
}

// explain turns a yaml.v3 problem into a message; arg is the character a
// message quotes.
func explain(problem, arg string) diag.Text {
	for _, p := range problems {
		if strings.Contains(problem, p.match) {
			if p.text == msg.YAMLBadStart {
				return p.text.Text(arg)
			}
			return p.text.Text()
		}
	}
	return msg.YAMLOther.Text(problem)
}
