package pdfcheck

import (
	"fmt"
	"regexp"
)

// inherited holds the page attributes a page may take from its
// ancestors (§7.7.3.4); fpdf puts the default media box on the tree.
type inherited struct{ mediaBox, resources any }

func (in inherited) from(d dict) inherited {
	if v, ok := d["MediaBox"]; ok {
		in.mediaBox = v
	}
	if v, ok := d["Resources"]; ok {
		in.resources = v
	}
	return in
}

// tree checks the page tree node r and returns its page count: kinds,
// back links to the parent, /Count against the pages found (§7.7.3).
func (c *checker) tree(r ref, parent *ref, in inherited, seen map[int]bool) (int, error) {
	if seen[r.num] {
		return 0, fmt.Errorf("page tree: object %d is reached twice", r.num)
	}
	seen[r.num] = true
	d, err := c.dict(r, fmt.Sprintf("page tree node %d", r.num))
	if err != nil {
		return 0, err
	}
	if got, ok := d["Parent"].(ref); parent != nil && (!ok || got != *parent) {
		return 0, fmt.Errorf("page tree node %d: /Parent is not %d 0 R", r.num, parent.num)
	} else if parent == nil && ok {
		return 0, fmt.Errorf("the page tree's root %d has a /Parent", r.num)
	}
	in = in.from(d)
	switch d["Type"] {
	case name("Page"):
		return 1, c.page(r.num, d, in)
	case name("Pages"):
		return c.kids(r, d, in, seen)
	}
	return 0, fmt.Errorf("page tree node %d has /Type %v", r.num, d["Type"])
}

func (c *checker) kids(r ref, d dict, in inherited, seen map[int]bool) (int, error) {
	kids, ok := c.resolve(d["Kids"]).([]any)
	if !ok {
		return 0, fmt.Errorf("pages node %d has no /Kids array", r.num)
	}
	total := 0
	for _, k := range kids {
		kr, ok := k.(ref)
		if !ok {
			return 0, fmt.Errorf("pages node %d: a kid is not a reference", r.num)
		}
		n, err := c.tree(kr, &r, in, seen)
		if err != nil {
			return 0, err
		}
		total += n
	}
	if count, ok := c.resolve(d["Count"]).(int64); !ok || int(count) != total {
		return 0, fmt.Errorf("pages node %d: /Count %v, %d pages below it", r.num, d["Count"], total)
	}
	return total, nil
}

// page checks one page: its media box, resources, content and fonts.
func (c *checker) page(num int, d dict, in inherited) error {
	w, h, err := c.box(in.mediaBox)
	if err != nil {
		return fmt.Errorf("page %d: /MediaBox: %w", len(c.rep.Pages)+1, err)
	}
	c.rep.Pages = append(c.rep.Pages, Page{Width: w, Height: h})
	res, err := c.dict(in.resources, fmt.Sprintf("page %d's /Resources", len(c.rep.Pages)))
	if err != nil {
		return err
	}
	content, err := c.contents(d["Contents"])
	if err != nil {
		return fmt.Errorf("page %d (object %d): %w", len(c.rep.Pages), num, err)
	}
	if err := c.operators(content, res); err != nil {
		return fmt.Errorf("page %d (object %d): %w", len(c.rep.Pages), num, err)
	}
	return nil
}

func (c *checker) box(v any) (w, h float64, err error) {
	a, ok := c.resolve(v).([]any)
	if !ok || len(a) != 4 {
		return 0, 0, fmt.Errorf("not four numbers")
	}
	var n [4]float64
	for i, x := range a {
		if n[i], ok = number(c.resolve(x)); !ok {
			return 0, 0, fmt.Errorf("%v is not a number", x)
		}
	}
	w, h = n[2]-n[0], n[3]-n[1]
	if w <= 0 || h <= 0 {
		return 0, 0, fmt.Errorf("%v has no area", a)
	}
	return w, h, nil
}

func number(v any) (float64, bool) {
	switch v := v.(type) {
	case int64:
		return float64(v), true
	case float64:
		return v, true
	}
	return 0, false
}

// contents decodes a page's content: one stream or an array of streams,
// read as one (§7.8.2).
func (c *checker) contents(v any) ([]byte, error) {
	parts, ok := c.resolve(v).([]any)
	if !ok {
		parts = []any{v}
	}
	var out []byte
	for _, p := range parts {
		if p == nil {
			continue // no content: a blank page
		}
		s, ok := c.resolve(p).(*stream)
		if !ok {
			return nil, fmt.Errorf("/Contents %v is not a stream", p)
		}
		data, err := decode(s)
		if err != nil {
			return nil, fmt.Errorf("/Contents: %w", err)
		}
		out = append(append(out, data...), '\n')
	}
	return out, nil
}

// operators reads the content's operators: text objects and graphics
// states must balance, and every font (Tf) and external object (Do) must
// be in the page's resources.
func (c *checker) operators(content []byte, res dict) error {
	l := &lexer{data: content}
	var operands []any
	inText, saved := false, 0
	for l.skipSpace(); l.pos < len(content); l.skipSpace() {
		v, err := l.next(0)
		if err != nil {
			return fmt.Errorf("content: %w", err)
		}
		op, ok := v.(keyword)
		if !ok {
			operands = append(operands, v)
			continue
		}
		switch op {
		case "BT", "ET":
			if inText == (op == "BT") {
				return fmt.Errorf("content: %s %s a text object", op, map[bool]string{true: "inside", false: "outside"}[inText])
			}
			inText = op == "BT"
		case "q":
			saved++
		case "Q":
			if saved--; saved < 0 {
				return fmt.Errorf("content: Q without q")
			}
		case "Tf", "Do":
			if err := c.resource(res, op, operands); err != nil {
				return fmt.Errorf("content: %w", err)
			}
		case "BI":
			return fmt.Errorf("content: inline images are not read")
		}
		operands = operands[:0]
	}
	if inText || saved != 0 {
		return fmt.Errorf("content ends inside a text object (%v) or with %d graphics states saved", inText, saved)
	}
	return nil
}

// resource checks the font a Tf selects or the object a Do draws.
func (c *checker) resource(res dict, op keyword, operands []any) error {
	want := 2
	category := name("Font")
	if op == "Do" {
		want, category = 1, "XObject"
	}
	if len(operands) != want {
		return fmt.Errorf("%s takes %d operands, has %d", op, want, len(operands))
	}
	key, ok := operands[0].(name)
	if !ok {
		return fmt.Errorf("%s operand %v is not a name", op, operands[0])
	}
	group, err := c.dict(res[category], fmt.Sprintf("/Resources /%s", category))
	if err != nil {
		return fmt.Errorf("%s /%s: %w", op, key, err)
	}
	v, ok := group[key]
	if !ok {
		return fmt.Errorf("%s /%s is not in the page's /Resources /%s", op, key, category)
	}
	if op == "Do" {
		if s, ok := c.resolve(v).(*stream); !ok || s.dict["Type"] != name("XObject") && s.dict["Type"] != nil {
			return fmt.Errorf("%s /%s is not an external object stream", op, key)
		}
		return nil
	}
	return c.font(v)
}

// font checks a font dictionary, once for a shared one (§9.6–9.8).
func (c *checker) font(v any) error {
	if r, ok := v.(ref); ok {
		if c.fonts[r] {
			return nil
		}
		c.fonts[r] = true
	}
	d, err := c.dict(v, "a font")
	if err != nil {
		return err
	}
	f, err := c.fontDict(d)
	if err != nil {
		return fmt.Errorf("font %v: %w", d["BaseFont"], err)
	}
	c.rep.Fonts = append(c.rep.Fonts, f)
	return nil
}

func (c *checker) fontDict(d dict) (Font, error) {
	base, _ := d["BaseFont"].(name)
	f := Font{BaseFont: string(base)}
	sub, _ := d["Subtype"].(name)
	f.Subtype = string(sub)
	if d["Type"] != name("Font") {
		return f, fmt.Errorf("/Type %v, not /Font", d["Type"])
	}
	switch sub {
	case "Type0":
		return c.composite(f, d)
	case "TrueType", "Type1", "MMType1":
		return c.simple(f, d)
	case "Type3":
		f.Embedded = true // glyphs are content streams of the file
		return f, nil
	}
	return f, fmt.Errorf("/Subtype %v is not a font type", d["Subtype"])
}

// composite checks a Type0 font and its one descendant (§9.7).
func (c *checker) composite(f Font, d dict) (Font, error) {
	if _, ok := d["Encoding"]; !ok {
		return f, fmt.Errorf("no /Encoding")
	}
	kids, ok := c.resolve(d["DescendantFonts"]).([]any)
	if !ok || len(kids) != 1 {
		return f, fmt.Errorf("/DescendantFonts is not an array of one font")
	}
	cid, err := c.dict(kids[0], "the descendant font")
	if err != nil {
		return f, err
	}
	sub, _ := cid["Subtype"].(name)
	if sub != "CIDFontType0" && sub != "CIDFontType2" {
		return f, fmt.Errorf("descendant /Subtype %v", cid["Subtype"])
	}
	f.Subtype += "/" + string(sub)
	info, err := c.dict(cid["CIDSystemInfo"], "/CIDSystemInfo")
	if err != nil {
		return f, err
	}
	for _, k := range []name{"Registry", "Ordering"} {
		if _, ok := c.resolve(info[k]).(str); !ok {
			return f, fmt.Errorf("/CIDSystemInfo /%s is not a string", k)
		}
	}
	if _, ok := c.resolve(info["Supplement"]).(int64); !ok {
		return f, fmt.Errorf("/CIDSystemInfo /Supplement is not an integer")
	}
	f.Embedded, err = c.descriptor(cid["FontDescriptor"], f.BaseFont)
	return f, err
}

// standard14 are the fonts every reader has (§9.6.2.2), the only ones a
// file may leave out.
var standard14 = regexp.MustCompile(`^(Times-(Roman|Bold|Italic|BoldItalic)|Helvetica(-Bold|-Oblique|-BoldOblique)?|Courier(-Bold|-Oblique|-BoldOblique)?|Symbol|ZapfDingbats)$`)

// simple checks a TrueType or Type 1 font: widths for its codes and a
// descriptor, unless it is a standard font (§9.6).
func (c *checker) simple(f Font, d dict) (Font, error) {
	if standard14.MatchString(f.BaseFont) && d["FontDescriptor"] == nil {
		return f, nil
	}
	first, ok1 := c.resolve(d["FirstChar"]).(int64)
	last, ok2 := c.resolve(d["LastChar"]).(int64)
	widths, ok3 := c.resolve(d["Widths"]).([]any)
	if !ok1 || !ok2 || !ok3 || int64(len(widths)) != last-first+1 {
		return f, fmt.Errorf("/FirstChar, /LastChar and /Widths disagree")
	}
	var err error
	f.Embedded, err = c.descriptor(d["FontDescriptor"], f.BaseFont)
	return f, err
}

// descriptor checks a font descriptor's metrics (§9.8) and tells whether
// it holds the font program; a font kh uses must be embedded.
func (c *checker) descriptor(v any, base string) (bool, error) {
	d, err := c.dict(v, "/FontDescriptor")
	if err != nil {
		return false, err
	}
	if d["Type"] != name("FontDescriptor") {
		return false, fmt.Errorf("/FontDescriptor has /Type %v", d["Type"])
	}
	if _, ok := d["FontName"].(name); !ok {
		return false, fmt.Errorf("/FontDescriptor has no /FontName")
	}
	for _, k := range []name{"Flags", "ItalicAngle", "Ascent", "Descent", "CapHeight", "StemV"} {
		if _, ok := number(c.resolve(d[k])); !ok {
			return false, fmt.Errorf("/FontDescriptor /%s is not a number", k)
		}
	}
	if _, _, err := c.box(d["FontBBox"]); err != nil {
		return false, fmt.Errorf("/FontDescriptor /FontBBox: %w", err)
	}
	for _, k := range []name{"FontFile", "FontFile2", "FontFile3"} {
		if v, ok := d[k]; ok {
			return true, c.program(k, v)
		}
	}
	return false, fmt.Errorf("font %s is not embedded", base)
}

// program checks an embedded font program: a stream whose /Length1, when
// given, is its decoded length.
func (c *checker) program(key name, v any) error {
	s, ok := c.resolve(v).(*stream)
	if !ok {
		return fmt.Errorf("/%s is not a stream", key)
	}
	data, err := decode(s)
	if err != nil {
		return fmt.Errorf("/%s: %w", key, err)
	}
	if n, ok := c.resolve(s.dict["Length1"]).(int64); ok && int(n) != len(data) {
		return fmt.Errorf("/%s /Length1 %d, the program has %d bytes", key, n, len(data))
	}
	if key == "FontFile2" && len(data) < 12 {
		return fmt.Errorf("/FontFile2 is too short for a TrueType font")
	}
	return nil
}

// pdfDate is the date form of §7.9.4: D:YYYY, optionally down to seconds,
// optionally with the offset from UT.
var pdfDate = regexp.MustCompile(`^D:\d{4}(\d{2}(\d{2}(\d{2}(\d{2}(\d{2})?)?)?)?)?(Z|[+-]\d{2}('(\d{2}'?)?)?)?$`)
