package load

import (
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/suggest"
)

// decoder turns a yaml.Node tree into model structs. We walk the nodes
// ourselves instead of calling Node.Decode because yaml.v3 ignores unknown
// keys there, and because we want every value's position recorded in the
// file's position table and every problem reported as a diagnostic, not a
// first error.
type decoder struct {
	src   *plan.Source
	diags []diag.Diagnostic
}

var (
	locType  = reflect.TypeOf(plan.Loc{})
	timeType = reflect.TypeOf(time.Time{})
	isoRe    = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
)

func (d *decoder) pos(n *yaml.Node) diag.Pos {
	return diag.Pos{File: d.src.Name, Line: n.Line, Column: n.Column}
}

func (d *decoder) report(code string, n *yaml.Node, path string, args ...any) {
	d.diags = append(d.diags, diag.New(code, d.pos(n), path, args...))
}

// decode fills v (a pointer) from n, the value at key (or list index) of
// the value parent.
// It returns the value's entry in the position table, or NoNode for an
// alias, which is refused.
func (d *decoder) decode(n *yaml.Node, parent plan.NodeID, key string, index int, v reflect.Value) plan.NodeID {
	if n.Kind == yaml.AliasNode {
		// Aliases would let a small file expand without bound; plans never
		// need them.
		d.report("KH001", n, childPath(d.src.PathOf(parent), key, index), msg.LoadAlias.Text())
		return plan.NoNode
	}
	id := d.src.Add(parent, key, index, n.Line, n.Column, quoted(n))
	d.value(n, id, v)
	d.src.End(id)
	return id
}

func quoted(n *yaml.Node) bool {
	return n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0
}

func (d *decoder) value(n *yaml.Node, id plan.NodeID, v reflect.Value) {
	if isNull(n) {
		return
	}
	switch {
	case v.Type() == timeType:
		d.decodeDate(n, id, v)
	case v.Kind() == reflect.Pointer:
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		d.value(n, id, v.Elem())
	case v.Kind() == reflect.Struct:
		d.decodeStruct(n, id, v)
	case v.Kind() == reflect.Slice:
		d.decodeSlice(n, id, v)
	case v.Kind() == reflect.Map:
		d.decodeMap(n, id, v)
	default:
		d.decodeScalar(n, id, v)
	}
}

func childPath(path, key string, index int) string {
	if key == "" {
		return path + "[" + strconv.Itoa(index) + "]"
	}
	return join(path, key)
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null"
}

func (d *decoder) wrongType(n *yaml.Node, id plan.NodeID, t reflect.Type) {
	path := d.src.PathOf(id)
	d.report("KH003", n, path, lastKey(path), typeName(t), nodeKind(n))
}

func (d *decoder) decodeScalar(n *yaml.Node, id plan.NodeID, v reflect.Value) {
	if n.Kind != yaml.ScalarNode {
		d.wrongType(n, id, v.Type())
		return
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString(n.Value)
		d.src.Strings = append(d.src.Strings, plan.StringValue{Value: n.Value, Node: id})
	case reflect.Int:
		i, err := strconv.Atoi(n.Value)
		if err != nil || n.Tag != "!!int" {
			d.wrongType(n, id, v.Type())
			return
		}
		v.SetInt(int64(i))
	case reflect.Bool:
		b, err := strconv.ParseBool(n.Value)
		if err != nil || n.Tag != "!!bool" {
			d.wrongType(n, id, v.Type())
			return
		}
		v.SetBool(b)
	default:
		panic("load: unsupported field kind " + v.Kind().String())
	}
}

func (d *decoder) decodeDate(n *yaml.Node, id plan.NodeID, v reflect.Value) {
	if n.Kind != yaml.ScalarNode {
		d.wrongType(n, id, v.Type())
		return
	}
	t, err := time.Parse("2006-01-02", n.Value)
	if err != nil || !isoRe.MatchString(n.Value) {
		d.report("KH006", n, d.src.PathOf(id), n.Value)
		return
	}
	v.Set(reflect.ValueOf(t))
}

func (d *decoder) decodeSlice(n *yaml.Node, id plan.NodeID, v reflect.Value) {
	elem := v.Type().Elem()
	if n.Kind == yaml.ScalarNode && elem.Kind() == reflect.String {
		// A single agency may be written without list brackets.
		c := d.src.Add(id, "", 0, n.Line, n.Column, quoted(n))
		d.src.End(c)
		d.src.Strings = append(d.src.Strings, plan.StringValue{Value: n.Value, Node: c})
		v.Set(reflect.Append(v, reflect.ValueOf(n.Value)))
		return
	}
	if n.Kind != yaml.SequenceNode {
		d.wrongType(n, id, v.Type())
		return
	}
	out := reflect.MakeSlice(v.Type(), len(n.Content), len(n.Content))
	for i, c := range n.Content {
		d.decode(c, id, "", i, out.Index(i))
	}
	v.Set(out)
}

func (d *decoder) decodeMap(n *yaml.Node, id plan.NodeID, v reflect.Value) {
	if n.Kind != yaml.MappingNode {
		d.wrongType(n, id, v.Type())
		return
	}
	m := reflect.MakeMap(v.Type())
	seen := map[string]*yaml.Node{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		if prev, dup := seen[k.Value]; dup {
			d.report("KH009", k, join(d.src.PathOf(id), k.Value), k.Value, prev.Line)
			continue
		}
		seen[k.Value] = k
		e := reflect.New(v.Type().Elem()).Elem()
		d.decode(val, id, k.Value, 0, e)
		m.SetMapIndex(reflect.ValueOf(k.Value), e)
	}
	v.Set(m)
}

// Field is a model struct field as the schema sees it: its YAML key and the
// options of its kh tag. The loader, the formatter and the JSON Schema
// generator all read the model through it.
type Field struct {
	Key      string
	Index    int
	Type     reflect.Type
	Required bool
	ID       bool
	Scalar   bool
	Enum     []string
}

// fieldCache is shared by the parallel loaders.
var fieldCache sync.Map // reflect.Type → []Field

// FieldsOf lists the YAML fields of a model struct type in declaration order.
func FieldsOf(t reflect.Type) []Field {
	if fs, ok := fieldCache.Load(t); ok {
		return fs.([]Field)
	}
	var fs []Field
	for i := 0; i < t.NumField(); i++ {
		sf := t.Field(i)
		key := strings.Split(sf.Tag.Get("yaml"), ",")[0]
		if key == "" || key == "-" {
			continue
		}
		f := Field{Key: key, Index: i, Type: sf.Type}
		for _, opt := range strings.Split(sf.Tag.Get("kh"), ",") {
			switch {
			case opt == "required":
				f.Required = true
			case opt == "id":
				f.ID = true
			case opt == "scalar":
				f.Scalar = true
			case strings.HasPrefix(opt, "enum="):
				f.Enum = strings.Split(strings.TrimPrefix(opt, "enum="), "|")
			}
		}
		fs = append(fs, f)
	}
	fieldCache.Store(t, fs)
	return fs
}

// Fields lists the YAML keys of a model type in declaration order, which is
// also the canonical key order.
func Fields(t reflect.Type) []string {
	var out []string
	for _, f := range FieldsOf(t) {
		out = append(out, f.Key)
	}
	return out
}

func (d *decoder) decodeStruct(n *yaml.Node, id plan.NodeID, v reflect.Value) {
	fs := FieldsOf(v.Type())
	d.setLoc(id, v)
	if n.Kind == yaml.ScalarNode {
		for _, f := range fs {
			if f.Scalar {
				d.value(n, id, v.Field(f.Index))
				return
			}
		}
	}
	if n.Kind != yaml.MappingNode {
		d.wrongType(n, id, v.Type())
		return
	}
	// keys[i] is the key node of field fs[i], once seen.
	keys := make([]*yaml.Node, len(fs))
	var unknown map[string]*yaml.Node
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		fi := findField(fs, k.Value)
		prev := unknown[k.Value]
		if fi >= 0 {
			prev = keys[fi]
		}
		if prev != nil {
			d.report("KH009", k, join(d.src.PathOf(id), k.Value), k.Value, prev.Line)
			continue
		}
		if fi < 0 {
			if unknown == nil {
				unknown = map[string]*yaml.Node{}
			}
			unknown[k.Value] = k
			d.report("KH002", k, join(d.src.PathOf(id), k.Value), k.Value, suggestion(k.Value, fs))
			continue
		}
		keys[fi] = k
		f := fs[fi]
		if c := d.decode(val, id, k.Value, 0, v.Field(f.Index)); c != plan.NoNode {
			d.checkField(f, val, c, v.Field(f.Index))
		}
	}
	for i, f := range fs {
		switch {
		case !f.Required:
		case keys[i] == nil:
			d.report("KH004", n, d.src.PathOf(id), f.Key, f.Key)
		case v.Field(f.Index).IsZero():
			d.report("KH004", keys[i], join(d.src.PathOf(id), f.Key), f.Key, f.Key)
		}
	}
}

func (d *decoder) checkField(f Field, n *yaml.Node, id plan.NodeID, v reflect.Value) {
	if v.Kind() != reflect.String || v.String() == "" {
		return
	}
	s := v.String()
	if f.ID && !plan.ValidID(s) {
		d.report("KH008", n, d.src.PathOf(id), s, suggestID(s))
	}
	if len(f.Enum) > 0 && !contains(f.Enum, s) {
		d.report("KH007", n, d.src.PathOf(id), s, f.Key, strings.Join(f.Enum, ", "))
	}
}

// setLoc fills the model item's Loc field, if it has one.
func (d *decoder) setLoc(id plan.NodeID, v reflect.Value) {
	if i := locField(v.Type()); i >= 0 {
		v.Field(i).Set(reflect.ValueOf(d.src.Loc(id)))
	}
}

var locFields sync.Map // reflect.Type → int

// locField is the index of the Loc field of a model struct type, or -1.
func locField(t reflect.Type) int {
	if i, ok := locFields.Load(t); ok {
		return i.(int)
	}
	idx := -1
	for i := 0; i < t.NumField(); i++ {
		if t.Field(i).Type == locType {
			idx = i
			break
		}
	}
	locFields.Store(t, idx)
	return idx
}

func findField(fs []Field, key string) int {
	for i, f := range fs {
		if f.Key == key {
			return i
		}
	}
	return -1
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func lastKey(path string) string {
	if i := strings.LastIndex(path, "."); i >= 0 {
		return path[i+1:]
	}
	return path
}

func typeName(t reflect.Type) diag.Text {
	switch {
	case t == timeType:
		return msg.LoadTypeDate.Text()
	case t.Kind() == reflect.String:
		return msg.LoadTypeString.Text()
	case t.Kind() == reflect.Int:
		return msg.LoadTypeInt.Text()
	case t.Kind() == reflect.Bool:
		return msg.LoadTypeBool.Text()
	case t.Kind() == reflect.Slice:
		return msg.LoadTypeList.Text()
	}
	return msg.LoadTypeMap.Text()
}

func nodeKind(n *yaml.Node) diag.Text {
	switch n.Kind {
	case yaml.SequenceNode:
		return msg.LoadTypeList.Text()
	case yaml.MappingNode:
		return msg.LoadTypeMap.Text()
	}
	q := strconv.Quote(n.Value)
	return diag.Text{VI: q, EN: q}
}

// suggestion proposes the nearest allowed key, the way people mistype
// Vietnamese keys without diacritics or with one letter off.
func suggestion(key string, fs []Field) diag.Text {
	keys := make([]string, 0, len(fs))
	for _, f := range fs {
		keys = append(keys, f.Key)
	}
	if best, ok := suggest.Nearest(key, keys); ok {
		return msg.LoadDidYouMean.Text(best)
	}
	sort.Strings(keys)
	return msg.LoadAllowedKeys.Text(strings.Join(keys, ", "))
}

func suggestID(s string) string {
	s = strings.ToLower(plan.ASCIIFold(s))
	var b strings.Builder
	dash := false
	for _, r := range s {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	out := b.String()
	if len(out) > plan.MaxIDLen {
		out = out[:plan.MaxIDLen]
	}
	return strings.Trim(out, "-")
}
