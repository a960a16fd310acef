package calendar

import (
	"fmt"
	"regexp"
	"slices"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/kh-tools/kh/internal/lunar"
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
// Every entry must name its source (nguon). Errors are prefixed with
// "filename:line:column" (1-based, column in characters); YAML syntax
// errors carry only the line, which is all the YAML parser reports.
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

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

func syntaxError(file string, err error) error {
	if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
		return fmt.Errorf("%s:%s: %s", file, m[1], m[2])
	}
	return fmt.Errorf("%s: %v", file, err)
}

type parser struct {
	file  string
	rules map[int]yearRules
}

func (p *parser) errorf(n *yaml.Node, format string, args ...any) error {
	return fmt.Errorf("%s:%d:%d: %s", p.file, n.Line, n.Column, fmt.Sprintf(format, args...))
}

// fields checks that n is a mapping with only the allowed keys, each at
// most once, and returns the values by key.
func (p *parser) fields(n *yaml.Node, what string, allowed ...string) (map[string]*yaml.Node, error) {
	if n.Kind != yaml.MappingNode {
		return nil, p.errorf(n, "%s must be a mapping", what)
	}
	out := map[string]*yaml.Node{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := n.Content[i]
		if !slices.Contains(allowed, k.Value) || k.Kind != yaml.ScalarNode {
			return nil, p.errorf(k, "unknown key %q in %s (allowed: %v)", k.Value, what, allowed)
		}
		if _, dup := out[k.Value]; dup {
			return nil, p.errorf(k, "duplicate key %q in %s", k.Value, what)
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
	f, err := p.fields(n, "the file", "nam")
	if err != nil || isNull(f["nam"]) {
		return err
	}
	if f["nam"].Kind != yaml.SequenceNode {
		return p.errorf(f["nam"], "nam must be a list of years")
	}
	for _, y := range f["nam"].Content {
		if err := p.year(y); err != nil {
			return err
		}
	}
	return nil
}

func (p *parser) year(n *yaml.Node) error {
	f, err := p.fields(n, "a year", "nam", "tet", "quoc_khanh", "nghi", "lam_bu")
	if err != nil {
		return err
	}
	if f["nam"] == nil {
		return p.errorf(n, "missing key \"nam\"")
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
		return 0, p.errorf(n, "nam must be a year from %d to %d, not %q", lunar.MinYear, lunar.MaxYear, n.Value)
	}
	if _, dup := p.rules[y]; dup {
		return 0, p.errorf(n, "year %d is listed twice", y)
	}
	return y, nil
}

func (p *parser) tet(n *yaml.Node) (int, error) {
	f, err := p.fields(n, "tet", "truoc", "nguon")
	if err != nil {
		return 0, err
	}
	if err := p.source(n, f); err != nil {
		return 0, err
	}
	var before int
	t := f["truoc"]
	if t == nil {
		return 0, p.errorf(n, "missing key \"truoc\" in tet")
	}
	if t.Kind != yaml.ScalarNode || t.Decode(&before) != nil || before < 1 || before > 2 {
		return 0, p.errorf(t, "truoc must be 1 or 2 (Tết days before mùng 1), not %q", t.Value)
	}
	return before, nil
}

func (p *parser) nationalDay(n *yaml.Node, y int) (int, error) {
	f, err := p.fields(n, "quoc_khanh", "ngay", "nguon")
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
		return 0, p.errorf(f["ngay"], "quoc_khanh ngay must be %d-09-01 or %d-09-03", y, y)
	}
	return d.Day(), nil
}

func (p *parser) notes(n *yaml.Node, key string, y int) ([]dayNote, error) {
	if isNull(n) {
		return nil, nil
	}
	if n.Kind != yaml.SequenceNode {
		return nil, p.errorf(n, "%s must be a list", key)
	}
	var out []dayNote
	for _, e := range n.Content {
		f, err := p.fields(e, "an entry of "+key, "ngay", "ly_do", "nguon")
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
		return time.Time{}, p.errorf(n, "missing key \"ngay\"")
	}
	d, err := time.Parse(time.DateOnly, v.Value)
	if v.Kind != yaml.ScalarNode || err != nil {
		return time.Time{}, p.errorf(v, "ngay must be a date YYYY-MM-DD, not %q", v.Value)
	}
	if d.Year() != y {
		return time.Time{}, p.errorf(v, "ngay %s is not in year %d", v.Value, y)
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
		return "", p.errorf(n, "missing key %q", key)
	}
	if v.Kind != yaml.ScalarNode || v.Value == "" {
		return "", p.errorf(v, "%s must be a non-empty text", key)
	}
	return v.Value, nil
}
