package gopy

import (
	"bytes"
	"os"
	"reflect"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/kh-tools/kh/internal/format"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/plan"
)

// Accept is the reason recorded with an edit written into the plan.
const acceptReason = "Tiếp thu, đã sửa theo đề xuất."

// Apply writes the applicable proposed edits of the items named into the
// plan's files and marks their comments accepted. It returns the new
// content of each file changed, by path, for the caller to write
// atomically; nothing is changed on disk here. An item without an
// applicable edit, or whose text has changed since the draft was sent, is
// refused.
func Apply(rec *Received, items []string) (map[string][]byte, error) {
	p := rec.Round.Plan
	docs := map[string]*yamlFile{}
	for _, id := range items {
		n := 0
		for _, e := range rec.Edits {
			if e.Comment.Item != id || !e.Applicable {
				continue
			}
			if err := applyOne(p, docs, e.Comment); err != nil {
				return nil, err
			}
			n++
		}
		if n == 0 {
			return nil, msg.GopyNothingToApply.Error(rec.File, id)
		}
	}
	out := map[string][]byte{}
	for path, d := range docs {
		data, err := d.encode()
		if err != nil {
			return nil, err
		}
		out[path] = data
	}
	for _, id := range items {
		for _, e := range rec.Edits {
			if e.Comment.Item == id && e.Applicable {
				c := e.Comment
				c.Applied, c.Response = true, plan.Accepted
				if c.Reason == "" {
					c.Reason = acceptReason
				}
			}
		}
	}
	return out, nil
}

func applyOne(p *plan.Plan, docs map[string]*yamlFile, c *plan.Comment) error {
	loc, root, ok := locate(p, c.Item)
	if !ok || loc.Src == nil {
		return msg.GopyItemGone.Error(c.Item)
	}
	d := docs[loc.Src.Abs]
	if d == nil {
		var err error
		if d, err = openYAML(loc.Src.Abs, root); err != nil {
			return err
		}
		docs[loc.Src.Abs] = d
	}
	path := c.Field
	if loc.Path != "" {
		path = loc.Path + "." + c.Field
	}
	n := d.find(path)
	if n == nil {
		return msg.GopyItemGone.Error(c.Item + "#" + c.Field)
	}
	if strings.TrimSpace(n.Value) != strings.TrimSpace(c.Before) {
		return msg.GopyConflict.Error(c.Item, c.Field)
	}
	n.Value, n.Style = c.Proposed, 0
	if strings.Contains(c.Proposed, "\n") {
		n.Style = yaml.LiteralStyle
	}
	return nil
}

// yamlFile is a plan or appendix file open for editing.
type yamlFile struct {
	doc  yaml.Node
	root reflect.Type
}

func openYAML(path string, root reflect.Type) (*yamlFile, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	f := &yamlFile{root: root}
	if err := yaml.Unmarshal(data, &f.doc); err != nil || len(f.doc.Content) == 0 {
		return nil, msg.GopyItemGone.Error(path)
	}
	return f, nil
}

// find follows a data path ("nhom[0].nhiem_vu[3].noi_dung", "doan[1]") to
// the scalar it names; a block written as {gach: …} is its dash text.
func (f *yamlFile) find(path string) *yaml.Node {
	n := f.doc.Content[0]
	for _, seg := range strings.Split(path, ".") {
		key, index := seg, -1
		if i := strings.IndexByte(seg, '['); i > 0 && strings.HasSuffix(seg, "]") {
			key = seg[:i]
			v, err := strconv.Atoi(seg[i+1 : len(seg)-1])
			if err != nil {
				return nil
			}
			index = v
		}
		if n = mapValue(n, key); n == nil {
			return nil
		}
		if index >= 0 {
			if n.Kind != yaml.SequenceNode || index >= len(n.Content) {
				return nil
			}
			n = n.Content[index]
		}
	}
	if n.Kind == yaml.MappingNode {
		n = mapValue(n, "gach")
	}
	if n == nil || n.Kind != yaml.ScalarNode {
		return nil
	}
	return n
}

func mapValue(n *yaml.Node, key string) *yaml.Node {
	if n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}

// encode writes the file back in kh fmt's canonical form, so an applied
// edit shows in kh diff as the one change it is.
func (f *yamlFile) encode() ([]byte, error) {
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(&f.doc); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return format.Format(b.Bytes(), format.Options{Type: f.root})
}

// locate finds the model item with id in p: its location and the model
// type of the file holding it.
func locate(p *plan.Plan, id string) (plan.Loc, reflect.Type, bool) {
	planType, appType := reflect.TypeFor[plan.Plan](), reflect.TypeFor[plan.Appendix]()
	if id == p.ID {
		return p.Loc, planType, true
	}
	for _, c := range p.Citations {
		if c.ID == id {
			return c.Loc, planType, true
		}
	}
	if loc, ok := inSections(p.Sections, id); ok {
		return loc, planType, true
	}
	for _, a := range p.Appendices {
		if a.ID == id {
			return a.Loc, appType, true
		}
		if loc, ok := inSections(a.Sections, id); ok {
			return loc, appType, true
		}
		if loc, ok := inGroups(a.Groups, id); ok {
			return loc, appType, true
		}
	}
	return plan.Loc{}, nil, false
}

func inSections(ss []*plan.Section, id string) (plan.Loc, bool) {
	for _, s := range ss {
		if s.ID == id {
			return s.Loc, true
		}
		for _, t := range s.Tasks {
			if t.ID == id {
				return t.Loc, true
			}
		}
		for _, in := range s.Indicators {
			if in.ID == id {
				return in.Loc, true
			}
		}
		if loc, ok := inSections(s.Sections, id); ok {
			return loc, true
		}
	}
	return plan.Loc{}, false
}

func inGroups(gs []*plan.Group, id string) (plan.Loc, bool) {
	for _, g := range gs {
		if g.ID == id {
			return g.Loc, true
		}
		for _, t := range g.Tasks {
			if t.ID == id {
				return t.Loc, true
			}
		}
		for _, in := range g.Indicators {
			if in.ID == id {
				return in.Loc, true
			}
		}
		for _, d := range g.Documents {
			if d.ID == id {
				return d.Loc, true
			}
		}
		if loc, ok := inGroups(g.Groups, id); ok {
			return loc, true
		}
	}
	return plan.Loc{}, false
}

// Exists reports whether p still has an item with id, for answers that
// point at items deleted since.
func Exists(p *plan.Plan, id string) bool {
	_, _, ok := locate(p, id)
	return ok
}
