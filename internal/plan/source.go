package plan

import (
	"strconv"
	"strings"

	"github.com/kh-tools/kh/internal/diag"
)

// Loc places a model item in its source: the file, the data path from the
// file's root ("nhom[0].nhiem_vu[3]") and the position of the item itself.
// The loader fills it; a model built in code may leave it zero.
type Loc struct {
	Src  *Source
	Path string
	Pos  diag.Pos
	// Node is the item's entry in Src's position table; NoNode when the
	// location is not a value of the file (an absent field falls back to
	// its item's position).
	Node NodeID
}

// NodeID names one value of a source file in its position table,
// counting from 1.
type NodeID int32

// NoNode is no value: the parent of a file's root value, or the node of a
// location that is not a value of the file.
const NoNode NodeID = 0

// Source is one loaded file. The position of every value is kept in a
// compact table (one entry per value, in document order) instead of a map
// keyed by data path, so a large repository costs little more than its
// model; paths are built only for the values a finding points at. The
// file's bytes are not kept.
type Source struct {
	// Name is the path as shown to users: relative, forward slashes.
	Name string
	// Abs is the path used to read the file: an absolute path on disk, or
	// the name inside the file system it was read from.
	Abs string
	// Hash is the SHA-256 of the bytes read, in hex.
	Hash string
	// Strings holds every string value, for the text rules.
	Strings []StringValue

	nodes []node
	keys  []string
	// keyIDs interns keys while the table is built; Seal drops it.
	keyIDs map[string]int32
}

// StringValue is one text value of a source file, kept so text rules can
// check every string and locate the few that have a finding.
type StringValue struct {
	Value string
	Node  NodeID
}

type node struct {
	parent NodeID
	// end is the last entry of the value's subtree, so the children of a
	// value follow it in the table.
	end NodeID
	// key is the list index of the value (>= 0), or ^i for the mapping
	// key keys[i].
	key       int32
	line, col int32
	quoted    bool
}

// NewSource starts the position table of a file.
func NewSource(name, abs string) *Source {
	return &Source{Name: name, Abs: abs, keyIDs: map[string]int32{}}
}

// Add records a value under parent (NoNode for the root) at mapping key
// key, or at list index index when key is "". quoted marks a quoted
// scalar, whose characters start one column after its position. Call End
// once the value's children are added.
func (s *Source) Add(parent NodeID, key string, index int, line, col int, quoted bool) NodeID {
	k := int32(index)
	if key != "" {
		id, ok := s.keyIDs[key]
		if !ok {
			id = int32(len(s.keys))
			s.keys = append(s.keys, key)
			s.keyIDs[key] = id
		}
		k = ^id
	}
	s.nodes = append(s.nodes, node{parent: parent, key: k, line: int32(line), col: int32(col), quoted: quoted})
	return NodeID(len(s.nodes))
}

// End closes the value id: values added later are not its children.
func (s *Source) End(id NodeID) { s.nodes[id-1].end = NodeID(len(s.nodes)) }

// at is the entry of id, or nil.
func (s *Source) at(id NodeID) *node {
	if s == nil || id < 1 || int(id) > len(s.nodes) {
		return nil
	}
	return &s.nodes[id-1]
}

// Seal ends building: the interning map is dropped and spare capacity
// given back.
func (s *Source) Seal() {
	s.keyIDs = nil
	if cap(s.nodes) > len(s.nodes)+len(s.nodes)/4 {
		s.nodes = append([]node(nil), s.nodes...)
	}
	if cap(s.Strings) > len(s.Strings)+len(s.Strings)/4 {
		s.Strings = append([]StringValue(nil), s.Strings...)
	}
}

// Nodes is the number of values in the table.
func (s *Source) Nodes() int { return len(s.nodes) }

// PosOf is the position of value id.
func (s *Source) PosOf(id NodeID) diag.Pos {
	n := s.at(id)
	if n == nil {
		return diag.Pos{File: s.name()}
	}
	return diag.Pos{File: s.Name, Line: int(n.line), Column: int(n.col)}
}

func (s *Source) name() string {
	if s == nil {
		return ""
	}
	return s.Name
}

// PathOf is the data path of value id: "nhom[0].nhiem_vu[3].chu_tri[1]".
func (s *Source) PathOf(id NodeID) string {
	var chain []*node
	for n := s.at(id); n != nil && n.parent != NoNode; n = s.at(n.parent) {
		chain = append(chain, n)
	}
	var b strings.Builder
	for i := len(chain) - 1; i >= 0; i-- {
		k := chain[i].key
		if k >= 0 {
			b.WriteByte('[')
			b.WriteString(strconv.Itoa(int(k)))
			b.WriteByte(']')
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(s.keys[^k])
	}
	return b.String()
}

// Loc is the location of value id.
func (s *Source) Loc(id NodeID) Loc {
	return Loc{Src: s, Path: s.PathOf(id), Pos: s.PosOf(id), Node: id}
}

// StringLoc is the location of a string value.
func (s *Source) StringLoc(sv StringValue) Loc { return s.Loc(sv.Node) }

// child finds the value under id at key (or list index when key is "").
func (s *Source) child(id NodeID, key string, index int) (NodeID, bool) {
	n := s.at(id)
	if n == nil {
		return NoNode, false
	}
	for c := id + 1; c <= n.end; c = s.nodes[c-1].end + 1 {
		k := s.nodes[c-1].key
		if key == "" && k == int32(index) || key != "" && k < 0 && s.keys[^k] == key {
			return c, true
		}
	}
	return 0, false
}

// Field returns the location of a field of the item, falling back to the item
// itself when the field is absent.
func (l Loc) Field(name string) Loc {
	p := l.Path + "." + name
	if l.Path == "" {
		p = name
	}
	if id, ok := l.Src.child(l.Node, name, 0); ok {
		return Loc{Src: l.Src, Path: p, Pos: l.Src.PosOf(id), Node: id}
	}
	return Loc{Src: l.Src, Path: p, Pos: l.Pos}
}

// Index returns the location of element i of a list field.
func (l Loc) Index(name string, i int) Loc {
	f := l.Field(name)
	p := f.Path + "[" + strconv.Itoa(i) + "]"
	if id, ok := f.Src.child(f.Node, "", i); ok {
		return Loc{Src: l.Src, Path: p, Pos: l.Src.PosOf(id), Node: id}
	}
	return Loc{Src: l.Src, Path: p, Pos: f.Pos}
}

// Exact reports whether the location is a value of the file rather than
// the fallback to the enclosing item of an absent field.
func (l Loc) Exact() bool { return l.Node != NoNode }

// Quoted reports whether the value at l is a quoted scalar, whose text
// starts one column after its position.
func (l Loc) Quoted() bool {
	n := l.Src.at(l.Node)
	return n != nil && n.quoted
}
