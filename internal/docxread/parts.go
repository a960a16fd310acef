package docxread

import (
	"strconv"
	"strings"
)

func (p *pkg) readStyles(f *File, name string) error {
	f.Styles = map[string]*StyleInfo{}
	if name == "" {
		return nil
	}
	n, err := p.xml(name)
	if n == nil || err != nil {
		return err
	}
	for _, s := range n.kids {
		if !s.w("style") {
			continue
		}
		st := &StyleInfo{ID: s.attr("styleId"), Kind: s.attr("type")}
		if c := s.child("name"); c != nil {
			st.Name = c.attr("val")
		}
		if c := s.child("basedOn"); c != nil {
			st.BasedOn = c.attr("val")
		}
		if ppr := s.child("pPr"); ppr != nil {
			if o := ppr.child("outlineLvl"); o != nil {
				if v, err := strconv.Atoi(o.attr("val")); err == nil && v >= 0 && v < 9 {
					st.Outline = v + 1
				}
			}
			if np := ppr.child("numPr"); np != nil {
				st.numID, st.ilvl = numPr(np)
			}
		}
		if rpr := s.child("rPr"); rpr != nil {
			st.bold, st.italic = toggle(rpr.child("b")), toggle(rpr.child("i"))
		}
		// Word's built-in headings are headings by name too.
		if st.Outline == 0 && st.Kind == "paragraph" {
			if lvl, ok := strings.CutPrefix(strings.ToLower(st.Name), "heading "); ok {
				if v, err := strconv.Atoi(lvl); err == nil && v >= 1 && v <= 9 {
					st.Outline = v
				}
			}
		}
		f.Styles[st.ID] = st
	}
	return nil
}

// flag is an on/off property that may be left to the style.
type flag int8

const (
	inherit flag = iota
	on
	off
)

func toggle(n *node) flag {
	switch {
	case n == nil:
		return inherit
	case n.on():
		return on
	}
	return off
}

func numPr(n *node) (numID, ilvl string) {
	if c := n.child("numId"); c != nil {
		numID = c.attr("val")
	}
	if c := n.child("ilvl"); c != nil {
		ilvl = c.attr("val")
	}
	return numID, ilvl
}

// style walks a style's basedOn chain (guarding against cycles) until
// pick returns true.
func styleChain(styles map[string]*StyleInfo, id string, pick func(*StyleInfo) bool) {
	for i := 0; id != "" && i < 32; i++ {
		st := styles[id]
		if st == nil || pick(st) {
			return
		}
		id = st.BasedOn
	}
}

func (p *pkg) readComments(rels map[string][]string) ([]*Comment, error) {
	name := relTarget(rels, "/comments")
	if name == "" {
		return nil, nil
	}
	n, err := p.xml(name)
	if n == nil || err != nil {
		return nil, err
	}
	var out []*Comment
	for _, c := range n.kids {
		if !c.w("comment") {
			continue
		}
		cm := &Comment{ID: c.attr("id"), Author: c.attr("author"), Initials: c.attr("initials"), Date: c.attr("date")}
		var lines []string
		for _, p := range c.kids {
			if p.w("p") {
				lines = append(lines, plainText(p))
				if id := p.attrNS(nsW14, "paraId"); id != "" {
					cm.paraID = id
				}
			}
		}
		cm.Text = strings.Join(lines, "\n")
		out = append(out, cm)
	}
	if err := p.readCommentsExtended(rels, out); err != nil {
		return nil, err
	}
	return out, nil
}

// readCommentsExtended reads replies and the done state that Word 2013 and
// later keep beside comments.xml, keyed by the w14:paraId of each
// comment's last paragraph.
func (p *pkg) readCommentsExtended(rels map[string][]string, comments []*Comment) error {
	name := relTarget(rels, "/commentsExtended")
	if name == "" {
		return nil
	}
	n, err := p.xml(name)
	if n == nil || err != nil {
		return err
	}
	byPara := map[string]*Comment{}
	for _, c := range comments {
		if c.paraID != "" {
			byPara[c.paraID] = c
		}
	}
	for _, e := range n.kids {
		if e.name != "commentEx" {
			continue
		}
		c := byPara[e.attrNS(nsW15, "paraId")]
		if c == nil {
			continue
		}
		c.Done = e.attrNS(nsW15, "done") == "1"
		if parent := byPara[e.attrNS(nsW15, "paraIdParent")]; parent != nil {
			c.Parent = parent.ID
		}
	}
	return nil
}

// plainText is the text of a paragraph outside the body (a comment's),
// changes accepted.
func plainText(p *node) string {
	var b strings.Builder
	var walk func(*node, bool)
	walk = func(n *node, deleted bool) {
		switch {
		case n.w("t"):
			if !deleted {
				b.WriteString(n.text)
			}
		case n.w("tab"):
			b.WriteByte('\t')
		case n.w("br"), n.w("cr"):
			b.WriteByte('\n')
		case n.w("del"):
			deleted = true
		case n.w("instrText"), n.w("delText"):
			return
		}
		for _, k := range n.kids {
			walk(k, deleted)
		}
	}
	walk(p, false)
	return b.String()
}

func (p *pkg) readProps(f *File, root map[string][]string) error {
	if name := relTarget(root, "/core-properties"); name != "" {
		n, err := p.xml(name)
		if err != nil {
			return err
		}
		if n != nil {
			for _, k := range n.kids {
				v := strings.TrimSpace(k.text)
				switch k.name {
				case "title":
					f.Core.Title = v
				case "subject":
					f.Core.Subject = v
				case "creator":
					f.Core.Creator = v
				case "keywords":
					f.Core.Keywords = v
				case "description":
					f.Core.Description = v
				case "lastModifiedBy":
					f.Core.LastModifiedBy = v
				case "created":
					f.Core.Created = v
				case "modified":
					f.Core.Modified = v
				}
			}
		}
	}
	name := relTarget(root, "/custom-properties")
	if name == "" {
		return nil
	}
	n, err := p.xml(name)
	if n == nil || err != nil {
		return err
	}
	for _, prop := range n.kids {
		if prop.name != "property" || len(prop.kids) == 0 {
			continue
		}
		f.Custom[prop.attr("name")] = prop.kids[0].text
	}
	return nil
}
