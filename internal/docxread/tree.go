package docxread

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"

	"github.com/kh-tools/kh/internal/msg"
)

// Namespaces the reader knows. Word writes the transitional namespaces;
// "Strict Open XML" files use the purl.oclc.org ones.
const (
	nsW       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsWStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
	nsMC      = "http://schemas.openxmlformats.org/markup-compatibility/2006"
	nsW14     = "http://schemas.microsoft.com/office/word/2010/wordml"
	nsW15     = "http://schemas.microsoft.com/office/word/2012/wordml"
)

// node is one XML element with its attributes, children and the character
// data directly inside it.
type node struct {
	space, name string
	attrs       []xml.Attr
	kids        []*node
	text        string
}

// w reports whether n is the WordprocessingML element name.
func (n *node) w(name string) bool {
	return n.name == name && (n.space == nsW || n.space == nsWStrict)
}

// attr returns the attribute with the local name (any namespace, since
// writers differ in prefixing w:val).
func (n *node) attr(name string) string {
	for _, a := range n.attrs {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// attrNS returns the attribute with the local name in namespace space.
func (n *node) attrNS(space, name string) string {
	for _, a := range n.attrs {
		if a.Name.Local == name && a.Name.Space == space {
			return a.Value
		}
	}
	return ""
}

// child returns the first WordprocessingML child with the name.
func (n *node) child(name string) *node {
	for _, k := range n.kids {
		if k.w(name) {
			return k
		}
	}
	return nil
}

// on reads an on/off property element (w:b, w:tblHeader …): present
// without a value or with a true one.
func (n *node) on() bool {
	if n == nil {
		return false
	}
	switch n.attr("val") {
	case "", "1", "true", "on":
		return true
	}
	return false
}

// parse reads an XML part into a tree, refusing a DOCTYPE (Word never
// writes one, and entity tricks start there) and nesting deeper than
// maxDepth.
func parse(name string, data []byte, maxDepth int) (*node, error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	root := &node{}
	stack := []*node{root}
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, malformed(msg.DocxBadXML.Text(name, err.Error()))
		}
		top := stack[len(stack)-1]
		switch t := tok.(type) {
		case xml.StartElement:
			if len(stack) > maxDepth {
				return nil, tooLarge(msg.DocxLimitDepth.Text(name))
			}
			n := &node{space: t.Name.Space, name: t.Name.Local, attrs: t.Attr}
			top.kids = append(top.kids, n)
			stack = append(stack, n)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			// Only leaf text matters (w:t, w:instrText, property values);
			// the white space between elements does not.
			if len(top.kids) == 0 {
				top.text += string(t)
			}
		case xml.Directive:
			if bytes.HasPrefix(bytes.TrimSpace(t), []byte("DOCTYPE")) {
				return nil, malformed(msg.DocxDoctype.Text(name))
			}
		}
	}
	if len(root.kids) != 1 {
		return nil, malformed(msg.DocxNoRoot.Text(name))
	}
	return root.kids[0], nil
}
