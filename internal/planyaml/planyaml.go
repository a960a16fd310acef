// Package planyaml writes model values (a *plan.Plan, a *plan.Appendix) as
// plan YAML in kh fmt's canonical form, with comments beside the values
// they are about: what kh import-doc and kh new --tu write.
package planyaml

import (
	"bytes"
	"path"
	"reflect"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/kh-tools/kh/internal/format"
	"github.com/kh-tools/kh/internal/load"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/scaffold"
)

// Notes are YAML comments to write before the mapping of a model value
// (keyed by a pointer into the model) or before one of its fields (keyed
// by Field): what a tool noticed about the values, never content.
type Notes map[any][]string

// Add attaches a comment line to key.
func (n Notes) Add(key any, line string) { n[key] = append(n[key], line) }

// Field keys a comment before the field named by its YAML key ("ngay") of
// the struct owner points to.
func Field(owner any, key string) any { return fieldNote{owner, key} }

type fieldNote struct {
	owner any
	key   string
}

// Encode writes a model value (a *plan.Plan or *plan.Appendix) as YAML:
// zero fields left out, dates as ISO dates, a paragraph as a string and a
// dash item as {gach: …}, comments from n, a first line naming the schema,
// then kh fmt's canonical form.
func Encode(v any, schema string, n Notes) ([]byte, error) {
	node := encodeValue(reflect.ValueOf(v), n)
	doc := &yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{node}}
	doc.HeadComment = "yaml-language-server: $schema=" + schema
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return format.Format(b.Bytes(), format.Options{Type: reflect.TypeOf(v).Elem()})
}

var (
	timeType  = reflect.TypeOf(time.Time{})
	blockType = reflect.TypeOf(plan.Block{})
)

func encodeValue(v reflect.Value, n Notes) *yaml.Node {
	for v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface {
		v = v.Elem()
	}
	switch {
	case v.Type() == timeType:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!timestamp", Value: v.Interface().(time.Time).Format(time.DateOnly)}
	case v.Type() == blockType:
		b := v.Interface().(plan.Block)
		if b.Dash != "" {
			return mapping(scalarPair("gach", b.Dash))
		}
		return str(b.Text)
	}
	switch v.Kind() {
	case reflect.Struct:
		return encodeStruct(v, n)
	case reflect.Slice:
		seq := &yaml.Node{Kind: yaml.SequenceNode}
		for i := 0; i < v.Len(); i++ {
			seq.Content = append(seq.Content, encodeValue(v.Index(i), n))
		}
		return seq
	case reflect.Map:
		m := &yaml.Node{Kind: yaml.MappingNode}
		keys := v.MapKeys()
		sortValues(keys)
		for _, k := range keys {
			m.Content = append(m.Content, str(k.String()), encodeValue(v.MapIndex(k), n))
		}
		return m
	case reflect.Bool:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: strconv.FormatBool(v.Bool())}
	case reflect.Int:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.FormatInt(v.Int(), 10)}
	}
	return str(v.String())
}

func encodeStruct(v reflect.Value, n Notes) *yaml.Node {
	m := &yaml.Node{Kind: yaml.MappingNode}
	var owner any
	if v.CanAddr() {
		owner = v.Addr().Interface()
	}
	if owner != nil {
		if cs := n[owner]; len(cs) > 0 {
			m.HeadComment = strings.Join(cs, "\n")
		}
	}
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if tag == "" || tag == "-" || !f.IsExported() {
			continue
		}
		fv := v.Field(i)
		if fv.IsZero() || (fv.Kind() == reflect.Slice && fv.Len() == 0) {
			continue
		}
		k := str(tag)
		if owner != nil {
			if cs := n[fieldNote{owner, tag}]; len(cs) > 0 {
				k.HeadComment = strings.Join(cs, "\n")
			}
		}
		m.Content = append(m.Content, k, encodeValue(fv, n))
	}
	return m
}

func str(s string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s} }

func scalarPair(k, v string) []*yaml.Node { return []*yaml.Node{str(k), str(v)} }

func mapping(kv []*yaml.Node) *yaml.Node { return &yaml.Node{Kind: yaml.MappingNode, Content: kv} }

func sortValues(vs []reflect.Value) {
	for i := 1; i < len(vs); i++ {
		for j := i; j > 0 && vs[j].String() < vs[j-1].String(); j-- {
			vs[j], vs[j-1] = vs[j-1], vs[j]
		}
	}
}

// Files renders a plan and its appendices as the files of its folder:
// ke-hoach.yaml and each appendix under names[i], with a schema line
// pointing into schemaDir (relative to the folder).
func Files(p *plan.Plan, appendices []*plan.Appendix, names []string, schemaDir string, n Notes) ([]scaffold.File, error) {
	p.AppendixFiles = names
	out := make([]scaffold.File, 0, len(appendices)+1)
	data, err := Encode(p, path.Join(schemaDir, "ke-hoach.json"), n)
	if err != nil {
		return nil, err
	}
	out = append(out, scaffold.File{Name: load.PlanFile, Data: data})
	for i, a := range appendices {
		data, err := Encode(a, path.Join(schemaDir, "phu-luc.json"), n)
		if err != nil {
			return nil, err
		}
		out = append(out, scaffold.File{Name: names[i], Data: data})
	}
	return out, nil
}
