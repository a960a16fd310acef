// Package pdfcheck checks the structure of the PDFs kh writes, for tests:
// what a reader relies on before it draws a page (ISO 32000-1). A header
// with the version; a cross-reference table whose every entry points at
// its object; objects and streams that parse, with their declared lengths
// and Flate data that inflates; every reference resolving; a trailer with
// the catalog; a page tree whose counts and parents agree; every page with
// a media box, resources and content whose text and graphics operators
// balance; every font a page selects defined in its resources, complete
// and embedded; and the document information with dates in PDF form.
//
// It stands in for a general validator: pdfcpu, the one the tests used,
// is a 287 MB module download for two test files.
package pdfcheck

import (
	"fmt"
	"slices"
	"unicode/utf16"
)

// Report is what a valid file holds.
type Report struct {
	// Version is the header's, "1.3".
	Version string
	// Objects counts the objects in use.
	Objects int
	Pages   []Page
	// Fonts are the fonts the pages select, each once, in first use order.
	Fonts []Font
	// Info is the document information dictionary, as text.
	Info map[string]string
}

// Page is one page's media box size, in points.
type Page struct{ Width, Height float64 }

// Font is a font a page selects.
type Font struct {
	BaseFont string
	// Subtype is the font's, with its descendant's for a composite font:
	// "Type0/CIDFontType2".
	Subtype string
	// Embedded tells whether the font program is in the file; only the
	// 14 standard fonts may be left out.
	Embedded bool
}

// Check parses data and checks its structure.
func Check(data []byte) (*Report, error) {
	f, err := open(data)
	if err != nil {
		return nil, fmt.Errorf("pdfcheck: %w", err)
	}
	c := &checker{f: f, rep: &Report{Version: f.version}, fonts: map[ref]bool{}}
	for _, step := range []func() error{c.objects, c.catalog, c.info} {
		if err := step(); err != nil {
			return nil, fmt.Errorf("pdfcheck: %w", err)
		}
	}
	return c.rep, nil
}

type checker struct {
	f     *file
	rep   *Report
	fonts map[ref]bool // font dictionaries checked
}

// objects reads every object in use, decodes every stream and resolves
// every reference.
func (c *checker) objects() error {
	nums := make([]int, 0, len(c.f.offsets))
	for n := range c.f.offsets {
		nums = append(nums, n)
	}
	slices.Sort(nums)
	for _, n := range nums {
		v, err := c.f.object(n)
		if err != nil {
			return err
		}
		if err := c.refs(v); err != nil {
			return fmt.Errorf("object %d: %w", n, err)
		}
		if s, ok := v.(*stream); ok {
			if _, err := decode(s); err != nil {
				return fmt.Errorf("object %d: %w", n, err)
			}
		}
	}
	c.rep.Objects = len(nums)
	return c.refs(c.f.trailer)
}

func (c *checker) refs(v any) error {
	switch v := v.(type) {
	case ref:
		if _, ok := c.f.offsets[v.num]; !ok || v.gen != 0 {
			return fmt.Errorf("reference %d %d R to no object", v.num, v.gen)
		}
	case []any:
		for _, x := range v {
			if err := c.refs(x); err != nil {
				return err
			}
		}
	case dict:
		for _, x := range v {
			if err := c.refs(x); err != nil {
				return err
			}
		}
	case *stream:
		return c.refs(v.dict)
	}
	return nil
}

// resolve follows a reference; objects are all read by then.
func (c *checker) resolve(v any) any {
	if r, ok := v.(ref); ok {
		return c.f.objs[r.num]
	}
	return v
}

func (c *checker) dict(v any, what string) (dict, error) {
	d, ok := c.resolve(v).(dict)
	if !ok {
		return nil, fmt.Errorf("%s is not a dictionary", what)
	}
	return d, nil
}

func (c *checker) catalog() error {
	root, err := c.dict(c.f.trailer["Root"], "the trailer's /Root")
	if err != nil {
		return err
	}
	if root["Type"] != name("Catalog") {
		return fmt.Errorf("/Root has /Type %v, not /Catalog", root["Type"])
	}
	pages, ok := root["Pages"].(ref)
	if !ok {
		return fmt.Errorf("the catalog has no /Pages reference")
	}
	n, err := c.tree(pages, nil, inherited{}, map[int]bool{})
	if err != nil {
		return err
	}
	if n == 0 {
		return fmt.Errorf("the document has no page")
	}
	return nil
}

// info checks the document information dictionary (§14.3.3).
func (c *checker) info() error {
	v, ok := c.f.trailer["Info"]
	if !ok {
		return nil
	}
	d, err := c.dict(v, "the trailer's /Info")
	if err != nil {
		return err
	}
	c.rep.Info = map[string]string{}
	for k, v := range d {
		if k == "Trapped" {
			continue // a name
		}
		s, ok := c.resolve(v).(str)
		if !ok {
			return fmt.Errorf("/Info /%s is not a string", k)
		}
		text := textString(s)
		if (k == "CreationDate" || k == "ModDate") && !pdfDate.MatchString(text) {
			return fmt.Errorf("/Info /%s %q is not a PDF date (D:YYYYMMDDHHmmSSOHH'mm)", k, text)
		}
		c.rep.Info[string(k)] = text
	}
	return nil
}

// textString decodes a text string (§7.9.2.2): UTF-16BE after its byte
// order mark, else PDFDocEncoding, read here as Latin-1.
func textString(s str) string {
	if len(s) >= 2 && s[0] == 0xfe && s[1] == 0xff {
		u := make([]uint16, 0, len(s)/2)
		for i := 2; i+1 < len(s); i += 2 {
			u = append(u, uint16(s[i])<<8|uint16(s[i+1]))
		}
		return string(utf16.Decode(u))
	}
	r := make([]rune, len(s))
	for i, b := range s {
		r[i] = rune(b)
	}
	return string(r)
}
