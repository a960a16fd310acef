package load

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/kh-tools/kh/internal/diag"
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
		if i := strings.IndexAny(s, "[{"); i >= 0 {
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
		return diag.Text{
			VI: "dấu nháy đơn mở ở đây chưa được đóng; thêm dấu ' ở cuối nội dung (trong nội dung, viết hai dấu '' cho một dấu nháy đơn)",
			EN: "the single quote opened here is never closed; add a ' at the end of the text (inside it, write '' for a single quote)",
		}
	}
	return diag.Text{
		VI: `dấu nháy kép mở ở đây chưa được đóng; thêm dấu " ở cuối nội dung (trong nội dung, viết \" cho dấu nháy kép)`,
		EN: `the double quote opened here is never closed; add a " at the end of the text (inside it, write \" for a double quote)`,
	}
}

// problems gives yaml.v3's problems in officers' words, with the fix.
var problems = []struct {
	match  string
	vi, en string
}{
	{"mapping values are not allowed",
		`nội dung có dấu hai chấm và dấu cách (": ") nên YAML hiểu là một khóa mới; đặt nội dung có dấu hai chấm trong dấu nháy kép`,
		`the text holds a colon and a space (": "), which YAML reads as a new key; put text that contains a colon in double quotes`},
	{"did not find expected key",
		"dòng này thụt lề không khớp với các khóa cùng khối; căn lề thẳng với các khóa phía trên (mỗi cấp 2 dấu cách)",
		"the indentation of this line does not match the keys of its block; align it with the keys above (2 spaces per level)"},
	{"did not find expected '-' indicator",
		`mục danh sách thụt lề không khớp; căn dấu "- " thẳng với các mục khác của danh sách`,
		`a list item is indented unlike the others; align its "- " with the list's other items`},
	{"block sequence entries are not allowed",
		`dấu "- " (mục danh sách) đứng sau một giá trị hoặc sai lề; xuống dòng và thụt lề mục danh sách dưới khóa của nó`,
		`a "- " list item follows a value or is misaligned; start it on its own line, indented under its key`},
	{"tab character",
		"dùng dấu cách để thụt lề, không dùng phím Tab",
		"indent with spaces, not tabs"},
	{"cannot start any token",
		"ký tự %q không được đứng đầu một giá trị; đặt giá trị trong dấu nháy kép",
		"the character %q cannot start a value; put the value in double quotes"},
	{"did not find expected ',' or ']'",
		`danh sách trong ngoặc vuông chưa đóng, hoặc một mục có dấu hai chấm; thêm "]" hoặc đặt mục đó trong dấu nháy kép`,
		`a bracketed list is not closed, or an item holds a colon; add "]" or put that item in double quotes`},
	{"did not find expected ',' or '}'",
		`khối trong ngoặc nhọn chưa đóng; thêm "}" hoặc đặt nội dung trong dấu nháy kép`,
		`a braced mapping is not closed; add "}" or put the text in double quotes`},
	{"unexpected end of stream",
		"tệp kết thúc khi một dấu nháy hoặc ngoặc chưa đóng; đóng nó lại",
		"the file ends inside an unclosed quote or bracket; close it"},
	{"unknown escape character",
		`trong dấu nháy kép, sau dấu \ phải là ký tự thoát hợp lệ; viết \\ cho dấu \ hoặc dùng dấu nháy đơn`,
		`inside double quotes a \ must start a valid escape; write \\ for a backslash or use single quotes`},
	{"could not find expected ':'",
		`thiếu dấu hai chấm sau khóa (viết "khóa: giá trị")`,
		`a colon is missing after the key (write "key: value")`},
	{"UTF-8",
		"tệp không phải UTF-8 (có thể đã lưu bằng mã TCVN3, VNI hoặc Windows-1258); lưu lại tệp dạng UTF-8",
		"the file is not UTF-8 (perhaps saved as TCVN3, VNI or Windows-1258); save it as UTF-8"},
	{"control characters are not allowed",
		"tệp chứa ký tự điều khiển; xóa ký tự đó",
		"the file holds a control character; remove it"},
	{"did not find expected node content",
		`thiếu giá trị ở đây (có thể thừa dấu "-" hoặc ",")`,
		`a value is missing here (perhaps a stray "-" or ",")`},
	{"exceeded max depth",
		"các khối lồng nhau quá sâu",
		"blocks are nested too deeply"},
}

// explain turns a yaml.v3 problem into a message; arg fills a %q.
func explain(problem, arg string) diag.Text {
	for _, p := range problems {
		if strings.Contains(problem, p.match) {
			if strings.Contains(p.vi, "%q") {
				return diag.Text{VI: fmt.Sprintf(p.vi, arg), EN: fmt.Sprintf(p.en, arg)}
			}
			return diag.Text{VI: p.vi, EN: p.en}
		}
	}
	return diag.Text{VI: "cú pháp YAML sai: " + problem, EN: "YAML syntax error: " + problem}
}
