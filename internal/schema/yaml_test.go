package schema

import (
	"bytes"
	"errors"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"
	"go.yaml.in/yaml/v3"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// pos is a 1-based line and column in a YAML file.
type pos struct{ line, col int }

// yamlValue turns YAML into the values encoding/json would give, recording
// the position of every value and every mapping key by JSON pointer.
// Scalars are converted by their resolved tag, except timestamps: an
// unquoted 2025-03-17 stays a string, as the loader reads it, instead of the
// time.Time no JSON Schema validator accepts.
type yamlValue struct {
	values, keys map[string]pos
}

func decodeYAML(src []byte) (any, *yamlValue, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		return nil, nil, err
	}
	y := &yamlValue{values: map[string]pos{}, keys: map[string]pos{}}
	if len(doc.Content) == 0 {
		return nil, y, nil
	}
	v, err := y.convert(doc.Content[0], "")
	return v, y, err
}

var pointerEscaper = strings.NewReplacer("~", "~0", "/", "~1")

func (y *yamlValue) convert(n *yaml.Node, ptr string) (any, error) {
	y.values[ptr] = pos{n.Line, n.Column}
	switch n.Kind {
	case yaml.AliasNode:
		// Plans may not use aliases (the loader reports KH001), and refusing
		// them here also rules out alias bombs.
		return nil, fmt.Errorf("%d:%d: alias", n.Line, n.Column)
	case yaml.SequenceNode:
		out := make([]any, len(n.Content))
		for i, c := range n.Content {
			v, err := y.convert(c, fmt.Sprintf("%s/%d", ptr, i))
			if err != nil {
				return nil, err
			}
			out[i] = v
		}
		return out, nil
	case yaml.MappingNode:
		out := make(map[string]any, len(n.Content)/2)
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, val := n.Content[i], n.Content[i+1]
			if _, dup := out[k.Value]; dup { // yaml.Node decoding does not catch these
				return nil, fmt.Errorf("%d:%d: duplicate key %q", k.Line, k.Column, k.Value)
			}
			p := ptr + "/" + pointerEscaper.Replace(k.Value)
			y.keys[p] = pos{k.Line, k.Column}
			v, err := y.convert(val, p)
			if err != nil {
				return nil, err
			}
			out[k.Value] = v
		}
		return out, nil
	}
	if n.Tag == "!!timestamp" {
		return n.Value, nil
	}
	var v any
	err := n.Decode(&v)
	return v, err
}

// compile compiles the schema of k as the test sees it: from its bytes,
// asserting formats so "2025-02-30" fails as in the loader.
func compile(t *testing.T, k Kind) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(k.JSON()))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	c.AssertFormat()
	url := "file:///kh/schema/" + k.File()
	if err := c.AddResource(url, doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile(url)
	if err != nil {
		t.Fatalf("%s: %v", k.File(), err)
	}
	return sch
}

// validate returns "file:line:col: message" for every leaf error, sorted by
// position. An unknown key is placed on the key itself.
func validate(sch *jsonschema.Schema, file string, src []byte) ([]string, error) {
	v, y, err := decodeYAML(src)
	if err != nil {
		return nil, fmt.Errorf("%s:%w", file, err)
	}
	err = sch.Validate(v)
	var ve *jsonschema.ValidationError
	if err == nil {
		return nil, nil
	} else if !errors.As(err, &ve) {
		return nil, err
	}
	type finding struct {
		at  pos
		msg string
	}
	var fs []finding
	p := message.NewPrinter(language.English)
	var walk func(e *jsonschema.ValidationError)
	walk = func(e *jsonschema.ValidationError) {
		for _, c := range e.Causes {
			walk(c)
		}
		if len(e.Causes) > 0 {
			return
		}
		ptr := ""
		for _, tok := range e.InstanceLocation {
			ptr += "/" + pointerEscaper.Replace(tok)
		}
		at := y.values[ptr]
		if ap, ok := e.ErrorKind.(*kind.AdditionalProperties); ok {
			at = y.keys[ptr+"/"+pointerEscaper.Replace(ap.Properties[0])]
		}
		fs = append(fs, finding{at, e.ErrorKind.LocalizedString(p)})
	}
	walk(ve)
	sort.SliceStable(fs, func(i, j int) bool {
		if fs[i].at.line != fs[j].at.line {
			return fs[i].at.line < fs[j].at.line
		}
		return fs[i].at.col < fs[j].at.col
	})
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = fmt.Sprintf("%s:%d:%d: %s", file, f.at.line, f.at.col, f.msg)
	}
	return out, nil
}
