// Package schema generates JSON Schemas (draft 2020-12) of kh's YAML files
// from the plan model, so editors with the YAML language server validate
// and complete plans while officers type. The schemas are derived by
// reflection from the same yaml and kh struct tags the loader reads, so
// they accept what the loader accepts.
package schema

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"time"

	"github.com/kh-tools/kh/internal/load"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/progress"
)

// Kind is one kind of YAML file with its own schema.
type Kind struct {
	// Name is the --kind value and the schema's file name without ".json".
	Name  string
	Title string
	model reflect.Type
}

// File is the schema's file name, as the yaml-language-server comment of
// each plan file refers to it.
func (k Kind) File() string { return k.Name + ".json" }

// Kinds lists the file kinds in a fixed order.
func Kinds() []Kind {
	return []Kind{
		{"ke-hoach", "Kế hoạch (ke-hoach.yaml)", reflect.TypeFor[plan.Plan]()},
		{"phu-luc", "Phụ lục của kế hoạch", reflect.TypeFor[plan.Appendix]()},
		{"co-quan", "Danh mục cơ quan (co-quan.yaml)", reflect.TypeFor[plan.Registry]()},
		{"kho", "Thiết lập của kho kế hoạch (kho.yaml)", reflect.TypeFor[plan.Config]()},
		{"tien-do", "Bản ghi tiến độ của một cơ quan trong một kỳ (tien-do/KỲ/CƠ-QUAN.yaml)", reflect.TypeFor[progress.Record]()},
		{"gop-y", "Ý kiến góp ý của một cơ quan trong một vòng lấy ý kiến (gop-y/DỰ-THẢO/CƠ-QUAN.yaml)", reflect.TypeFor[plan.Answer]()},
	}
}

// Lookup returns the kind named name.
func Lookup(name string) (Kind, bool) {
	for _, k := range Kinds() {
		if k.Name == name {
			return k, true
		}
	}
	return Kind{}, false
}

// defNames names each model struct as its YAML key reads, for $defs and for
// the description keys. A struct missing here is a programming error that
// the tests reach.
var defNames = map[reflect.Type]string{
	reflect.TypeFor[progress.Record]():   "tien_do",
	reflect.TypeFor[progress.Entry]():    "ket_qua_nhiem_vu",
	reflect.TypeFor[plan.Plan]():         "ke_hoach",
	reflect.TypeFor[plan.Presentation](): "trinh_bay",
	reflect.TypeFor[plan.Citation]():     "can_cu",
	reflect.TypeFor[plan.Assessment]():   "ky_danh_gia",
	reflect.TypeFor[plan.Block]():        "doan",
	reflect.TypeFor[plan.Section]():      "muc",
	reflect.TypeFor[plan.Signature]():    "ky",
	reflect.TypeFor[plan.Appendix]():     "phu_luc",
	reflect.TypeFor[plan.Group]():        "nhom",
	reflect.TypeFor[plan.Task]():         "nhiem_vu",
	reflect.TypeFor[plan.Indicator]():    "chi_tieu",
	reflect.TypeFor[plan.Document]():     "van_ban",
	reflect.TypeFor[plan.Suppression]():  "bo_qua",
	reflect.TypeFor[plan.Registry]():     "danh_muc_co_quan",
	reflect.TypeFor[plan.Agency]():       "co_quan",
	reflect.TypeFor[plan.Config]():       "kho",
	reflect.TypeFor[plan.Round]():        "lay_y_kien",
	reflect.TypeFor[plan.RecordResult](): "ket_qua_chi_tieu",
	reflect.TypeFor[plan.Answer]():       "gop_y",
	reflect.TypeFor[plan.Comment]():      "y_kien",
}

// Patterns the loader enforces (plan.IDPattern, internal/load: isoRe); a test checks
// the schema and the loader agree on examples.
const (
	datePattern = `^[0-9]{4}-[0-9]{2}-[0-9]{2}$`
)

// JSON returns the schema of k, indented, ending in a newline: the exact
// bytes of schema/<kind>.json.
func (k Kind) JSON() []byte {
	g := &generator{defs: &properties{}, seen: map[reflect.Type]bool{}}
	root := g.object(k.model)
	root.Schema = "https://json-schema.org/draft/2020-12/schema"
	root.Title = k.Title
	if len(g.defs.list) > 0 {
		root.Defs = g.defs
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(root); err != nil {
		panic(fmt.Sprintf("schema: encoding %s: %v", k.Name, err)) // only plain values are encoded
	}
	return b.Bytes()
}

// node is one JSON Schema; field order is the output order.
type node struct {
	Schema               string      `json:"$schema,omitempty"`
	Ref                  string      `json:"$ref,omitempty"`
	Title                string      `json:"title,omitempty"`
	Description          string      `json:"description,omitempty"`
	Type                 string      `json:"type,omitempty"`
	Enum                 []string    `json:"enum,omitempty"`
	Pattern              string      `json:"pattern,omitempty"`
	Format               string      `json:"format,omitempty"`
	MinLength            int         `json:"minLength,omitempty"`
	MaxLength            int         `json:"maxLength,omitempty"`
	Items                *node       `json:"items,omitempty"`
	OneOf                []*node     `json:"oneOf,omitempty"`
	Properties           *properties `json:"properties,omitempty"`
	Required             []string    `json:"required,omitempty"`
	AdditionalProperties any         `json:"additionalProperties,omitempty"`
	Defs                 *properties `json:"$defs,omitempty"`
}

// properties is an object whose keys keep the model's order, which is also
// the canonical key order, so editors suggest keys in the order kh fmt
// writes them.
type properties struct {
	list []property
}

type property struct {
	key  string
	node *node
}

func (p *properties) add(key string, n *node) { p.list = append(p.list, property{key, n}) }

// MarshalJSON writes the properties as one object in insertion order.
func (p *properties) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, prop := range p.list {
		if i > 0 {
			b.WriteByte(',')
		}
		k, _ := json.Marshal(prop.key)
		v, err := json.Marshal(prop.node)
		if err != nil {
			return nil, err
		}
		b.Write(k)
		b.WriteByte(':')
		b.Write(v)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

type generator struct {
	defs *properties
	seen map[reflect.Type]bool
}

// object is the schema of a struct: its keys, the required ones, nothing
// else allowed. A struct with a kh:"scalar" field may also be written as a
// plain string, which fills that field.
func (g *generator) object(t reflect.Type) *node {
	name := defName(t)
	obj := &node{Type: "object", Properties: &properties{}, AdditionalProperties: false}
	var scalar *load.Field
	for _, f := range load.FieldsOf(t) {
		obj.Properties.add(f.Key, g.property(name, f))
		if f.Required {
			obj.Required = append(obj.Required, f.Key)
		}
		if f.Scalar {
			scalar = &f
		}
	}
	if scalar == nil {
		obj.Description = describe(name)
		return obj
	}
	plain := g.property(name, *scalar)
	return &node{Description: describe(name), OneOf: []*node{plain, obj}}
}

func (g *generator) property(owner string, f load.Field) *node {
	n := g.value(f.Type)
	n.Description = describe(owner + "." + f.Key)
	switch {
	case f.ID:
		n.Pattern = plan.IDPattern
		n.MaxLength = plan.MaxIDLen
	case len(f.Enum) > 0:
		n.Enum = f.Enum
	}
	// The loader reports an empty required value as missing (KH004); an
	// id pattern or an enum already excludes the empty string.
	if f.Required && n.Type == "string" && n.Pattern == "" && n.Enum == nil {
		n.MinLength = 1
	}
	return n
}

// value is the schema of a value of Go type t.
func (g *generator) value(t reflect.Type) *node {
	switch {
	case t == reflect.TypeFor[time.Time]():
		return &node{Type: "string", Pattern: datePattern, Format: "date"}
	case t.Kind() == reflect.Pointer:
		return g.value(t.Elem())
	case t.Kind() == reflect.Struct:
		return g.ref(t)
	case t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.String:
		// The loader accepts one value without brackets where a list of
		// strings is expected: "chu_tri: so-khcn".
		return &node{OneOf: []*node{{Type: "string"}, {Type: "array", Items: &node{Type: "string"}}}}
	case t.Kind() == reflect.Slice:
		return &node{Type: "array", Items: g.value(t.Elem())}
	case t.Kind() == reflect.Map:
		return &node{Type: "object", AdditionalProperties: g.value(t.Elem())}
	case t.Kind() == reflect.String:
		return &node{Type: "string"}
	case t.Kind() == reflect.Int:
		return &node{Type: "integer"}
	case t.Kind() == reflect.Bool:
		return &node{Type: "boolean"}
	}
	panic("schema: unsupported model type " + t.String())
}

// ref returns a reference to the struct's $defs entry, generating it the
// first time; recursive types (mục con, nhóm con) need the indirection.
func (g *generator) ref(t reflect.Type) *node {
	name := defName(t)
	if !g.seen[t] {
		g.seen[t] = true
		g.defs.add(name, g.object(t))
	}
	return &node{Ref: "#/$defs/" + name}
}

func defName(t reflect.Type) string {
	name, ok := defNames[t]
	if !ok {
		panic("schema: no $defs name for " + t.String())
	}
	return name
}

func describe(key string) string {
	d, ok := descriptions[key]
	if !ok {
		panic("schema: no description for " + key)
	}
	return d
}
