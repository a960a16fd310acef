package calendar

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/kh-tools/kh/internal/lunar"
	"github.com/kh-tools/kh/internal/msg"
)

// Parse reads the yearly day-off data (plans/lich-lam-viec.yaml) on top of
// the statutory rules:
//
//	nam:
//	  - nam: 2025
//	    tet: {truoc: 2, nguon: "…"}            # Tết days before mùng 1 (1 or 2)
//	    quoc_khanh: {ngay: 2025-09-01, nguon: "…"} # the day added to 2/9
//	    nghi:                                   # extra days off
//	      - {ngay: 2025-01-27, ly_do: "…", nguon: "…"}
//	    lam_bu:                                 # days worked in exchange
//	      - {ngay: 2025-02-15, ly_do: "…", nguon: "…"}
//
// Every entry must name its source (nguon). Errors are *Error, positioned
// (1-based, column in characters); a YAML syntax error carries only the
// line, which is all the YAML parser reports.
func Parse(data []byte, filename string) (*Calendar, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, syntaxError(filename, err)
	}
	p := parser{file: filename, rules: map[int]yearRules{}}
	if len(doc.Content) > 0 {
		if err := p.root(doc.Content[0]); err != nil {
			return nil, err
		}
	}
	return &Calendar{rules: p.rules}, nil
}

// Error is a problem in the calendar file at a position. Column is 0 when
// only the line is known.
type Error struct {
	File         string
	Line, Column int
	Text         msg.Text
}

// Error gives the position and the Vietnamese text.
func (e *Error) Error() string { return e.In(msg.VI) }

// In gives the position and the text in lang.
func (e *Error) In(lang msg.Lang) string {
	pos := fmt.Sprintf("%s:%d", e.File, e.Line)
	if e.Column > 0 {
		pos += fmt.Sprintf(":%d", e.Column)
	}
	return pos + ": " + e.Text.In(lang)
}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// syntaxError positions yaml.v3's syntax error, whose only form is text.
func syntaxError(file string, err error) error {
	line, text := 1, err.Error()
	if m := yamlLine.FindStringSubmatch(text); m != nil {
		line, _ = strconv.Atoi(m[1])
		text = m[2]
	}
	return &Error{File: file, Line: line, Text: msg.CalSyntax.Text(text)}
}

type parser struct {
	file  string
	rules map[int]yearRules
}

func (p *parser) errorf(n *yaml.Node, m *msg.Message, args ...any) error {
	return &Error{File: p.file, Line: n.Line, Column: n.Column, Text: m.Text(args...)}
}

// fields checks that n is a mapping with only the allowed keys, each at
// most once, and returns the values by key.
func (p *parser) fields(n *yaml.Node, what msg.Text, allowed ...string) (map[string]*yaml.Node, error) {
	if n.Kind != yaml.MappingNode {
		return nil, p.errorf(n, msg.CalMapping, what)
	}
	out := map[string]*yaml.Node{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := n.Content[i]
		if !slices.Contains(allowed, k.Value) || k.Kind != yaml.ScalarNode {
			return nil, p.errorf(k, msg.CalUnknownKey, k.Value, what, strings.Join(allowed, ", "))
		}
		if _, dup := out[k.Value]; dup {
			return nil, p.errorf(k, msg.CalDuplicateKey, k.Value, what)
		}
		out[k.Value] = n.Content[i+1]
	}
	return out, nil
}

// isNull reports whether a key is absent or has an empty value, as in
// "nam:" with nothing after it.
func isNull(n *yaml.Node) bool {
	return n == nil || (n.Kind == yaml.ScalarNode && n.Tag == "!!null")
}

func (p *parser) root(n *yaml.Node) error {
	f, err := p.fields(n, msg.CalWhatFile.Text(), "nam")
	if err != nil || isNull(f["nam"]) {
		return err
	}
	if f["nam"].Kind != yaml.SequenceNode {
		return p.errorf(f["nam"], msg.CalYears)
	}
	for _, y := range f["nam"].Content {
		if err := p.year(y); err != nil {
			return err
		}
	}
	return nil
}

func (p *parser) year(n *yaml.Node) error {
	f, err := p.fields(n, msg.CalWhatYear.Text(), "nam", "tet", "quoc_khanh", "nghi", "lam_bu")
	if err != nil {
		return err
	}
	if f["nam"] == nil {
		return p.errorf(n, msg.CalMissingKey, "nam")
	}
	y, err := p.yearNumber(f["nam"])
	if err != nil {
		return err
	}
	r := yearRules{}
	if f["tet"] != nil {
		if r.tetBefore, err = p.tet(f["tet"]); err != nil {
			return err
		}
	}
	if f["quoc_khanh"] != nil {
		if r.nationalExtra, err = p.nationalDay(f["quoc_khanh"], y); err != nil {
			return err
		}
	}
	if r.off, err = p.notes(f["nghi"], "nghi", y); err != nil {
		return err
	}
	if r.work, err = p.notes(f["lam_bu"], "lam_bu", y); err != nil {
		return err
	}
	p.rules[y] = r
	return nil
}

func (p *parser) yearNumber(n *yaml.Node) (int, error) {
	var y int
	if n.Kind != yaml.ScalarNode || n.Decode(&y) != nil || y < lunar.MinYear || y > lunar.MaxYear {
		return 0, p.errorf(n, msg.CalYearRange, lunar.MinYear, lunar.MaxYear, n.Value)
	}
	if _, dup := p.rules[y]; dup {
		return 0, p.errorf(n, msg.CalYearTwice, y)
	}
	return y, nil
}

func (p *parser) tet(n *yaml.Node) (int, error) {
	f, err := p.fields(n, msg.CalWhatKey.Text("tet"), "truoc", "nguon")
	if err != nil {
		return 0, err
	}
	if err := p.source(n, f); err != nil {
		return 0, err
	}
	var before int
	t := f["truoc"]
	if t == nil {
		return 0, p.errorf(n, msg.CalMissingKey, "truoc")
	}
	if t.Kind != yaml.ScalarNode || t.Decode(&before) != nil || before < 1 || before > 2 {
		return 0, p.errorf(t, msg.CalTetBefore, t.Value)
	}
	return before, nil
}

func (p *parser) nationalDay(n *yaml.Node, y int) (int, error) {
	f, err := p.fields(n, msg.CalWhatKey.Text("quoc_khanh"), "ngay", "nguon")
	if err != nil {
		return 0, err
	}
	if err := p.source(n, f); err != nil {
		return 0, err
	}
	d, err := p.date(n, f, y)
	if err != nil {
		return 0, err
	}
	if d.Month() != time.September || (d.Day() != 1 && d.Day() != 3) {
		return 0, p.errorf(f["ngay"], msg.CalNationalDay, y, y)
	}
	return d.Day(), nil
}

func (p *parser) notes(n *yaml.Node, key string, y int) ([]dayNote, error) {
	if isNull(n) {
		return nil, nil
	}
	if n.Kind != yaml.SequenceNode {
		return nil, p.errorf(n, msg.CalList, key)
	}
	var out []dayNote
	for _, e := range n.Content {
		f, err := p.fields(e, msg.CalWhatEntry.Text(key), "ngay", "ly_do", "nguon")
		if err != nil {
			return nil, err
		}
		if err := p.source(e, f); err != nil {
			return nil, err
		}
		d, err := p.date(e, f, y)
		if err != nil {
			return nil, err
		}
		reason, err := p.text(e, f, "ly_do")
		if err != nil {
			return nil, err
		}
		out = append(out, dayNote{date: d, reason: reason})
	}
	return out, nil
}

// date reads the "ngay" key of entry n, which must be a day of year y.
func (p *parser) date(n *yaml.Node, f map[string]*yaml.Node, y int) (time.Time, error) {
	v := f["ngay"]
	if v == nil {
		return time.Time{}, p.errorf(n, msg.CalMissingKey, "ngay")
	}
	d, err := time.Parse(time.DateOnly, v.Value)
	if v.Kind != yaml.ScalarNode || err != nil {
		return time.Time{}, p.errorf(v, msg.CalDate, v.Value)
	}
	if d.Year() != y {
		return time.Time{}, p.errorf(v, msg.CalDateYear, v.Value, y)
	}
	return d, nil
}

func (p *parser) source(n *yaml.Node, f map[string]*yaml.Node) error {
	_, err := p.text(n, f, "nguon")
	return err
}

// text returns the non-empty string value of key.
func (p *parser) text(n *yaml.Node, f map[string]*yaml.Node, key string) (string, error) {
	v := f[key]
	if v == nil {
		return "", p.errorf(n, msg.CalMissingKey, key)
	}
	if v.Kind != yaml.ScalarNode || v.Value == "" {
		return "", p.errorf(v, msg.CalText, key)
	}
	return v.Value, nil
}
