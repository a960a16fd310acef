package plan

// WalkRows is WalkGroups for whatever prints the rows of an appendix table:
// with each group it passes next, which returns the number of the group's
// next row. Every printer numbers through this one walk, so the PDF, the
// workbook, kh show and task references agree. Rows run on across the whole
// appendix unless it asks for danh_so_theo_nhom, when each numbered group
// (I, II, …) starts again at 1; sub-groups are unnumbered headings inside
// their group, so the count runs on through them.
func (a *Appendix) WalkRows(visit func(g *Group, number string, depth int, next func() int)) {
	n := 0
	next := func() int {
		n++
		return n
	}
	a.WalkGroups(func(g *Group, number string, depth int) {
		if a.GroupNumbering && depth == 1 {
			n = 0
		}
		visit(g, number, depth, next)
	})
}

// FormLead reports whether a report form (bieu_mau) has a lead-unit column.
// A form that lists tasks already assigned (171/KH-UBND Phụ lục 04) names
// the unit leading each; a blank form for units to fill in (Phụ lục 03)
// does not. So the column is there when a row names a lead or the appendix
// gives the column a heading.
func (a *Appendix) FormLead() bool {
	if a.Labels["chu_tri"] != "" {
		return true
	}
	found := false
	a.WalkGroups(func(g *Group, _ string, _ int) {
		found = found || len(g.Lead) > 0 || g.LeadWritten != ""
		for _, t := range g.Tasks {
			found = found || len(t.Lead) > 0
		}
		for _, in := range g.Indicators {
			found = found || len(in.Lead) > 0
		}
	})
	return found
}

// RunInTask reports whether a section's number runs into its first task: a
// numbered item with neither heading nor text of its own that only holds a
// task prints "c) Trên cơ sở … trước ngày 01/08/2025." as the document
// does, rather than a bare "c)" over the task.
func (s *Section) RunInTask(number string) bool {
	return s.Heading == "" && number != "" && len(s.Prose()) == 0 && !s.Citations && len(s.Tasks) > 0
}
