package docx

func (wr *writer) styles() string {
	d := wr.d
	var x xb
	x.raw(xmlHeader)
	x.open("w:styles", "xmlns:w", nsW)
	x.open("w:docDefaults")
	x.open("w:rPrDefault")
	x.open("w:rPr")
	if d.Font != "" {
		x.empty("w:rFonts", "w:ascii", d.Font, "w:hAnsi", d.Font, "w:cs", d.Font, "w:eastAsia", d.Font)
	}
	if d.Size > 0 {
		hp := itoa(halfPoints(d.Size))
		x.empty("w:sz", "w:val", hp)
		x.empty("w:szCs", "w:val", hp)
	}
	lang := d.lang()
	x.empty("w:lang", "w:val", lang, "w:eastAsia", lang, "w:bidi", "ar-SA")
	x.close("w:rPr")
	x.close("w:rPrDefault")
	x.open("w:pPrDefault")
	x.empty("w:pPr")
	x.close("w:pPrDefault")
	x.close("w:docDefaults")
	hasTable := false
	for _, s := range d.Styles {
		hasTable = hasTable || (s.Kind == TableStyle && s.Default)
		style(&x, s)
	}
	if !hasTable {
		tableNormal(&x)
	}
	x.close("w:styles")
	return x.String()
}

var styleKinds = map[StyleKind]string{ParagraphStyle: "paragraph", CharacterStyle: "character", TableStyle: "table"}

func style(x *xb, s Style) {
	attrs := []string{"w:type", styleKinds[s.Kind]}
	if s.Default {
		attrs = append(attrs, "w:default", "1")
	}
	attrs = append(attrs, "w:styleId", s.ID)
	x.open("w:style", attrs...)
	x.empty("w:name", "w:val", s.Name)
	if s.BasedOn != "" {
		x.empty("w:basedOn", "w:val", s.BasedOn)
	}
	if s.Next != "" {
		x.empty("w:next", "w:val", s.Next)
	}
	x.empty("w:qFormat")
	if s.Kind == ParagraphStyle {
		var outline string
		if s.Outline > 0 {
			var o xb
			o.empty("w:outlineLvl", "w:val", itoa(s.Outline-1))
			outline = o.String()
		}
		pPr(x, "", s.Para, outline)
	}
	rPr(x, s.Run)
	x.close("w:style")
}

// tableNormal is Word's own default table style, so tables without a
// style get Word's usual cell padding in every program.
func tableNormal(x *xb) {
	x.open("w:style", "w:type", "table", "w:default", "1", "w:styleId", "TableNormal")
	x.empty("w:name", "w:val", "Normal Table")
	x.empty("w:uiPriority", "w:val", "99")
	x.empty("w:semiHidden")
	x.empty("w:unhideWhenUsed")
	x.open("w:tblPr")
	x.empty("w:tblInd", "w:w", "0", "w:type", "dxa")
	x.open("w:tblCellMar")
	x.empty("w:top", "w:w", "0", "w:type", "dxa")
	x.empty("w:left", "w:w", "108", "w:type", "dxa")
	x.empty("w:bottom", "w:w", "0", "w:type", "dxa")
	x.empty("w:right", "w:w", "108", "w:type", "dxa")
	x.close("w:tblCellMar")
	x.close("w:tblPr")
	x.close("w:style")
}
