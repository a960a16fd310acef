// Package format rewrites a plan repository's YAML files in kh's canonical
// style, so that reviewers see content changes rather than spelling and
// layout noise. The canonical form is defined as what this package emits
// through yaml.v3; Format is idempotent and does not change the meaning of a
// file beyond the normalisations below.
//
// Canonical style:
//   - Keys of a mapping whose model type is known (plan, appendix, registry,
//     kho.yaml) follow the order of the yaml-tagged fields of the Go struct;
//     keys the model does not know keep their order after the known ones.
//     Files without a model (lich-lam-viec.yaml, progress records) keep their
//     key order.
//   - Indentation is 2 spaces, and "- " is indented under its key.
//   - Mappings are written in block style; so are sequences of mappings.
//   - A sequence of scalars is written in flow style ("[a, b]") only when it
//     has no comments inside, every item can be written plain inside
//     brackets (no ", ", ": ", brackets, "#", quotes…) and the items joined
//     take at most 100 characters; otherwise it is written one item a line.
//     This keeps "[Các sở, ban, ngành]" from being read back as three items.
//   - A string without line breaks is written plain when plain text reads back
//     as the same string, otherwise double-quoted; a string with line breaks
//     is written as a literal block ("|"). Folded blocks (">") are unfolded
//     onto one line, because yaml.v3 cannot wrap text; rely on editor soft wrap.
//     Numbers, booleans, dates and nulls are kept as written.
//   - Text (values, keys and comments) is in Unicode NFC; line ends are LF
//     and a byte-order mark is dropped.
//   - Deadlines in thoi_han and thoi_ky fields are spelled canonically
//     ("Quý 1/2026" → "Quý I/2026"); text that does not parse is kept, for
//     kh check to report.
//   - Agency names and aliases in agency fields (co_quan, chu_tri, phoi_hop,
//     theo_doi, ke_thua, truc_thuoc) are replaced by the agency id.
//   - Comments are kept where yaml.v3 attaches them; blank lines are not kept
//     (yaml.v3 drops them), except that one blank line separates the items of
//     a sequence of mappings directly under the root (citations, sections,
//     groups, agencies, progress entries).
package format

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"reflect"
	"sort"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
	"golang.org/x/text/unicode/norm"

	"github.com/kh-tools/kh/internal/deadline"
	"github.com/kh-tools/kh/internal/load"
	"github.com/kh-tools/kh/internal/msg"
)

// Options give Format what it knows about the file.
type Options struct {
	// Type is the model type of the file's root (plan.Plan, plan.Appendix,
	// plan.Registry, plan.Config); nil for files without a model.
	Type reflect.Type
	// Agency returns the id for a name written in an agency field, and
	// false when the name is unknown or already an id. Nil leaves agency
	// fields as written.
	Agency func(name string) (string, bool)
}

// maxFlow bounds the items of a flow sequence, joined with ", ", in
// characters: longer lists read better one item a line.
const maxFlow = 100

var (
	agencyFields   = map[string]bool{"co_quan": true, "chu_tri": true, "phoi_hop": true, "theo_doi": true, "ke_thua": true, "truc_thuoc": true}
	deadlineFields = map[string]bool{"thoi_han": true, "thoi_ky": true}
	stringType     = reflect.TypeOf("")
	stringsType    = reflect.TypeOf([]string(nil))
)

// Errors for input that parses as YAML but cannot be rewritten safely.
var (
	ErrEmpty    = msg.FmtEmpty.Error()
	ErrMultiDoc = msg.FmtMultiDoc.Error()
)

// blankMarker is a comment the encoder writes where a blank line belongs;
// yaml.v3 cannot represent blank lines, so they are put back afterwards.
const blankMarker = "#kh-fmt-blank-line-7f3a"

// Format returns src in canonical style. It fails on input that is not one
// well-formed YAML document; callers report those through the loader's
// diagnostics before calling it.
func Format(src []byte, opt Options) ([]byte, error) {
	doc, err := parse(unixText(src))
	if err != nil {
		return nil, err
	}
	if err := duplicateKeys(doc); err != nil {
		return nil, err
	}
	f := &formatter{opt: opt, plain: map[plainKey]bool{}}
	f.comments(doc)
	f.node(doc.Content[0], opt.Type, "")
	markBlankLines(doc.Content[0])
	out, err := f.encode(doc)
	if err == nil && len(bytes.TrimSpace(out)) == 0 {
		return nil, ErrEmpty // a lone tag ("!") holds nothing to write back
	}
	return out, err
}

// unixText drops a byte-order mark and turns CRLF line ends into LF, as a
// file saved by a Windows editor has them: yaml.v3 keeps the CR in
// comments, and the blank lines put back after them then doubled.
func unixText(src []byte) []byte {
	src = bytes.TrimPrefix(src, []byte("\ufeff"))
	if bytes.Contains(src, []byte("\r\n")) {
		src = bytes.ReplaceAll(src, []byte("\r\n"), []byte("\n"))
	}
	return src
}

func parse(src []byte) (*yaml.Node, error) {
	dec := yaml.NewDecoder(bytes.NewReader(src))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, ErrEmpty
		}
		return nil, err
	}
	var next yaml.Node
	if err := dec.Decode(&next); !errors.Is(err, io.EOF) {
		return nil, ErrMultiDoc
	}
	if len(doc.Content) == 0 {
		return nil, ErrEmpty
	}
	return &doc, nil
}

// DuplicateKeyError is a key given twice in one mapping. Formatting would
// keep both, and which one a reader takes is anyone's guess, so kh fmt
// refuses the file instead (KH009).
type DuplicateKeyError struct {
	Key          string
	Line, Column int
	First        int // line of the first occurrence
}

func (e *DuplicateKeyError) Error() string {
	return fmt.Sprintf("%d:%d: duplicate key %q (first on line %d)", e.Line, e.Column, e.Key, e.First)
}

// duplicateKeys finds the first key repeated in a mapping anywhere in n.
func duplicateKeys(n *yaml.Node) error {
	if n.Kind == yaml.MappingNode {
		seen := map[string]int{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i]
			if first, dup := seen[k.Value]; dup && k.Kind == yaml.ScalarNode {
				return &DuplicateKeyError{Key: k.Value, Line: k.Line, Column: k.Column, First: first}
			}
			seen[k.Value] = k.Line
		}
	}
	for _, c := range n.Content {
		if err := duplicateKeys(c); err != nil {
			return err
		}
	}
	return nil
}

type plainKey struct {
	s    string
	flow bool
}

type formatter struct {
	opt Options
	// plain caches canPlain, which encodes a probe document.
	plain map[plainKey]bool
}

// node normalises n, whose model type is t (nil when unknown) and which is
// the value of key.
func (f *formatter) node(n *yaml.Node, t reflect.Type, key string) {
	t = deref(t)
	f.comments(n)
	switch n.Kind {
	case yaml.MappingNode:
		f.mapping(n, t)
	case yaml.SequenceNode:
		var elem reflect.Type
		if t != nil && t.Kind() == reflect.Slice {
			elem = t.Elem()
		}
		for _, c := range n.Content {
			liftItemComment(c)
			f.node(c, elem, key)
		}
		f.sequenceStyle(n)
	case yaml.ScalarNode:
		f.scalar(n, t, key)
	}
}

func (f *formatter) mapping(n *yaml.Node, t reflect.Type) {
	n.Style &^= yaml.FlowStyle
	if len(n.Content) == 0 {
		return
	}
	types := fieldTypes(t)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		f.comments(k)
		if k.Kind == yaml.ScalarNode && k.Tag == "!!null" && k.Value == "" {
			k.Tag = "!!str" // an empty key is written quoted, as the string it is read as next time
		}
		f.scalarStyle(k, false)
		f.node(v, childType(t, types, k.Value), fieldKey(t, k.Value))
		placeLineComment(k, v)
	}
	if t != nil && t.Kind() == reflect.Struct {
		sortPairs(n, load.Fields(t))
	}
}

// childType is the model type of the value under key in a mapping of type t.
func childType(t reflect.Type, fields map[string]reflect.Type, key string) reflect.Type {
	if t != nil && t.Kind() == reflect.Map {
		return t.Elem()
	}
	return fields[key]
}

// fieldKey is the field name that decides the normalisations of a value:
// the keys of a Go map (column labels in nhan_cot) are data, not fields.
func fieldKey(t reflect.Type, key string) string {
	if t != nil && t.Kind() == reflect.Map {
		return ""
	}
	return key
}

func deref(t reflect.Type) reflect.Type {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t
}

// fieldTypes maps the yaml keys of struct type t to their field types, the
// way the loader's decoder matches keys to fields.
func fieldTypes(t reflect.Type) map[string]reflect.Type {
	if t == nil || t.Kind() != reflect.Struct {
		return nil
	}
	out := map[string]reflect.Type{}
	for i := 0; i < t.NumField(); i++ {
		sf := t.Field(i)
		key := strings.Split(sf.Tag.Get("yaml"), ",")[0]
		if key != "" && key != "-" {
			out[key] = sf.Type
		}
	}
	return out
}

// sortPairs orders the key/value pairs of n by order; unknown keys follow in
// their original order. The sort is stable so that duplicate keys (reported
// by kh check) keep their relative order.
func sortPairs(n *yaml.Node, order []string) {
	rank := map[string]int{}
	for i, k := range order {
		rank[k] = i
	}
	type pair struct{ k, v *yaml.Node }
	pairs := make([]pair, 0, len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		pairs = append(pairs, pair{n.Content[i], n.Content[i+1]})
	}
	r := func(p pair) int {
		if i, ok := rank[p.k.Value]; ok {
			return i
		}
		return len(order)
	}
	// A foot comment closes the mapping, so it stays with whichever pair
	// ends up last.
	last := pairs[len(pairs)-1].k
	foot := last.FootComment
	last.FootComment = ""
	sort.SliceStable(pairs, func(i, j int) bool { return r(pairs[i]) < r(pairs[j]) })
	last = pairs[len(pairs)-1].k
	last.FootComment = joinComments(last.FootComment, foot)
	n.Content = n.Content[:0]
	for _, p := range pairs {
		n.Content = append(n.Content, p.k, p.v)
	}
}

func (f *formatter) scalar(n *yaml.Node, t reflect.Type, key string) {
	if n.Tag != "!!str" {
		return
	}
	n.Value = norm.NFC.String(n.Value)
	if deadlineFields[key] && (t == nil || t == stringType) {
		if c, ok := deadline.Canonical(n.Value); ok {
			n.Value = c
		}
	}
	// A list field may hold a single name without brackets.
	if agencyFields[key] && f.opt.Agency != nil && (t == nil || t == stringType || t == stringsType) {
		if id, ok := f.opt.Agency(n.Value); ok {
			n.Value = id
		}
	}
	f.scalarStyle(n, false)
}

// scalarStyle picks the canonical style of a string scalar, in block
// context or inside a flow sequence.
func (f *formatter) scalarStyle(n *yaml.Node, flow bool) {
	if n.Kind != yaml.ScalarNode || n.Tag != "!!str" || n.Style&yaml.TaggedStyle != 0 {
		return
	}
	switch {
	case strings.Contains(n.Value, "\n"):
		n.Style = yaml.LiteralStyle
	case f.canPlain(n.Value, flow):
		n.Style = 0
	default:
		n.Style = yaml.DoubleQuotedStyle
	}
}

// sequenceStyle chooses flow or block style for a sequence whose items are
// already normalised.
func (f *formatter) sequenceStyle(n *yaml.Node) {
	n.Style &^= yaml.FlowStyle
	if len(n.Content) == 0 || n.FootComment != "" {
		return
	}
	width := 2 * (len(n.Content) - 1)
	for _, c := range n.Content {
		if c.Kind != yaml.ScalarNode || c.Tag != "!!str" || c.Style&yaml.TaggedStyle != 0 ||
			c.HeadComment != "" || c.LineComment != "" || c.FootComment != "" || !f.canPlain(c.Value, true) {
			return
		}
		width += utf8.RuneCountInString(c.Value)
	}
	if width <= maxFlow {
		n.Style |= yaml.FlowStyle
		for _, c := range n.Content {
			c.Style = 0
		}
	}
}

// canPlain reports whether yaml.v3 writes s as a plain scalar that reads back
// as the same string. Asking the encoder itself keeps this exact where a
// hand-written list of special characters would drift.
func (f *formatter) canPlain(s string, flow bool) bool {
	key := plainKey{s, flow}
	if ok, done := f.plain[key]; done {
		return ok
	}
	probe := &yaml.Node{Kind: yaml.SequenceNode, Content: []*yaml.Node{{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}}}
	if flow {
		probe.Style = yaml.FlowStyle
	}
	out, err := yaml.Marshal(probe)
	// The probe reads "- value" or "[value]"; a quote or block indicator
	// where the value starts means plain text was refused.
	start := 2
	if flow {
		start = 1
	}
	ok := err == nil && len(out) > start && !strings.ContainsRune(`'"|>`, rune(out[start]))
	f.plain[key] = ok
	return ok
}

func (f *formatter) comments(n *yaml.Node) {
	n.HeadComment = norm.NFC.String(n.HeadComment)
	n.LineComment = norm.NFC.String(n.LineComment)
	n.FootComment = norm.NFC.String(n.FootComment)
}

// placeLineComment puts the line comment of a key whose value is a
// collection where yaml.v3 prints it on the key's line, so a second run
// changes nothing: on a flow list ("chu_tri: [x] # ghi chú"), and on the
// key of a block list or mapping ("chu_tri: # ghi chú"). Left on a block
// list, yaml.v3 prints it after the next key instead; left on the key of a
// flow list, likewise.
func placeLineComment(k, v *yaml.Node) {
	switch {
	case v.Kind == yaml.SequenceNode && v.Style&yaml.FlowStyle != 0:
		v.LineComment = strings.TrimSpace(k.LineComment + " " + v.LineComment)
		k.LineComment = ""
	case v.Kind == yaml.SequenceNode || v.Kind == yaml.MappingNode:
		k.LineComment = strings.TrimSpace(k.LineComment + " " + v.LineComment)
		v.LineComment = ""
	}
}

// liftItemComment moves a comment that yaml.v3 attached as the foot of an
// item's first key back to the item's head. The parser does this to a
// comment written above "- " when a blank line separates them; left there,
// it would be printed inside the item, below its first key.
func liftItemComment(item *yaml.Node) {
	if item.Kind != yaml.MappingNode || len(item.Content) < 2 {
		return
	}
	first := item.Content[0]
	if first.FootComment != "" && len(item.Content) > 2 {
		item.HeadComment = joinComments(item.HeadComment, first.FootComment)
		first.FootComment = ""
	}
}

// markBlankLines asks for a blank line before every item but the first of
// each sequence of mappings directly under the root mapping.
func markBlankLines(root *yaml.Node) {
	if root.Kind != yaml.MappingNode {
		return
	}
	for i := 1; i < len(root.Content); i += 2 {
		seq := root.Content[i]
		if seq.Kind != yaml.SequenceNode || !allMappings(seq) {
			continue
		}
		for _, item := range seq.Content[1:] {
			item.HeadComment = joinComments(blankMarker, item.HeadComment)
		}
	}
}

func allMappings(seq *yaml.Node) bool {
	for _, c := range seq.Content {
		if c.Kind != yaml.MappingNode {
			return false
		}
	}
	return len(seq.Content) > 0
}

func joinComments(a, b string) string {
	if b == "" {
		return a
	}
	return a + "\n" + b
}

func (f *formatter) encode(doc *yaml.Node) ([]byte, error) {
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		return nil, fmt.Errorf("ghi YAML: %w", err)
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("ghi YAML: %w", err)
	}
	return restoreBlankLines(b.Bytes()), nil
}

// restoreBlankLines turns each marker comment line into one blank line,
// merged with the blank lines yaml.v3 itself writes around foot comments,
// and drops the trailing spaces yaml.v3 leaves on lines before foot
// comments. Neither can touch a literal block: a marker is never next to
// one, and yaml.v3 quotes strings that have spaces at the end of a line
// instead of writing them as blocks.
func restoreBlankLines(out []byte) []byte {
	var b bytes.Buffer
	prevBlank, afterMarker := false, false
	for _, l := range bytes.SplitAfter(out, []byte("\n")) {
		text := bytes.TrimRight(l, " \n")
		blank := len(text) == 0 && len(l) > 0
		switch {
		case string(bytes.TrimSpace(text)) == blankMarker:
			if !prevBlank {
				b.WriteByte('\n')
			}
			prevBlank, afterMarker = true, true
			continue
		case blank && afterMarker:
			continue
		}
		b.Write(text)
		if bytes.HasSuffix(l, []byte("\n")) {
			b.WriteByte('\n')
		}
		prevBlank, afterMarker = blank, false
	}
	return b.Bytes()
}
