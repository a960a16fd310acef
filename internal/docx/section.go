package docx

// sectPr writes a section's properties, adding its header parts.
func (wr *writer) sectPr(s *Section) (string, error) {
	var x xb
	x.open("w:sectPr")
	if s.Header != nil {
		id, err := wr.header(s.Header)
		if err != nil {
			return "", err
		}
		x.empty("w:headerReference", "w:type", "default", "r:id", id)
	}
	if s.TitlePage {
		id, err := wr.header(s.FirstHeader)
		if err != nil {
			return "", err
		}
		x.empty("w:headerReference", "w:type", "first", "r:id", id)
	}
	p := s.Page
	if p.Width == 0 {
		p.Width, p.Height = A4Width, A4Height
		if p.Landscape {
			p.Width, p.Height = p.Height, p.Width
		}
	}
	size := []string{"w:w", itoa(p.Width), "w:h", itoa(p.Height)}
	if p.Landscape {
		size = append(size, "w:orient", "landscape")
	}
	x.empty("w:pgSz", size...)
	m := p.Margin
	x.empty("w:pgMar", "w:top", itoa(m.Top), "w:right", itoa(m.Right), "w:bottom", itoa(m.Bottom), "w:left", itoa(m.Left),
		"w:header", itoa(m.Header), "w:footer", itoa(m.Footer), "w:gutter", "0")
	if s.PageStart > 0 {
		x.empty("w:pgNumType", "w:start", itoa(s.PageStart))
	}
	if s.TitlePage {
		x.empty("w:titlePg")
	}
	x.empty("w:docGrid", "w:linePitch", "360")
	x.close("w:sectPr")
	return x.String(), nil
}

// header returns the relationship id of a header part with the blocks,
// reusing an equal part; no blocks make an empty header.
func (wr *writer) header(blocks []Block) (string, error) {
	var x xb
	x.raw(xmlHeader)
	x.open("w:hdr", "xmlns:w", nsW, "xmlns:r", nsR)
	// A header, like a cell, must end with a paragraph.
	if n := len(blocks); n == 0 || !isParagraph(blocks[n-1]) {
		blocks = append(append([]Block(nil), blocks...), &Paragraph{Props: ParaProps{Spacing: &Spacing{Line: 20, Rule: LineExact}}})
	}
	for _, b := range blocks {
		if err := wr.block(&x, b, ""); err != nil {
			return "", err
		}
	}
	x.close("w:hdr")
	s := x.String()
	for i, h := range wr.headers {
		if h == s {
			return headerRel(i), nil
		}
	}
	wr.headers = append(wr.headers, s)
	return headerRel(len(wr.headers) - 1), nil
}
