package semdiff

import (
	"fmt"
	"strings"
	"time"

	"github.com/kh-tools/kh/internal/calendar"
	"github.com/kh-tools/kh/internal/deadline"
	"github.com/kh-tools/kh/internal/plan"
)

// The field lists below fix what is compared and in which order it is
// reported. Suppressions (bo_qua) are left out on purpose: they change what
// kh check reports, not what the plan says.

func header(p *plan.Plan, name func(string) string, withID bool) []field {
	var fs []field
	if withID {
		fs = append(fs, str("id", p.ID))
	}
	return append(fs,
		str("loai", p.Kind),
		agency("co_quan", p.Issuer, name),
		num("so", p.Number),
		str("ky_hieu", p.Symbol),
		str("dia_danh", p.Place),
		date("ngay", p.Date),
		str("ngay_in", p.DatePrinted),
		num("du_thao", p.Draft),
		str("trich_yeu", p.Title),
		list("tieu_de_phu", p.Subheading),
		str("thoi_ky", p.Period),
		str("ky_danh_gia.thoi_gian", assessed(p).Period),
		str("ky_danh_gia.van_ban", assessed(p).Reviews),
		list("chuan_bi", p.Prepares),
		list("thuc_hien", p.Implements),
		str("ke_hoach_cha", p.Parent),
		blocks("mo_dau", p.Preamble),
		blocks("ket_thuc", p.Closing),
		str("ky.thay_mat", p.Signature.OnBehalf),
		str("ky.ky_thay", p.Signature.Deputy),
		str("ky.chuc_vu", p.Signature.Title),
		str("ky.ho_ten", p.Signature.Name),
		list("noi_nhan", p.Recipients),
		str("mau", p.Template),
		list("trinh_bay.cap_danh_so", p.Presentation.Levels),
		flag("trinh_bay.nhu_ban_in", p.Presentation.AsPrinted),
		list("trinh_bay.phu_luc", p.Presentation.AppendixHeading),
		str("trinh_bay.kem_theo", p.Presentation.AttachedTo),
	)
}

func assessed(p *plan.Plan) plan.Assessment {
	if p.Assessed == nil {
		return plan.Assessment{}
	}
	return *p.Assessed
}

func citations(p *plan.Plan, name func(string) string) []entry {
	out := make([]entry, 0, len(p.Citations))
	for i, c := range p.Citations {
		out = append(out, entry{id: c.ID, text: c.Ref, place: Place{Position: i + 1, Rank: i + 1}, fields: []field{
			str("loai", c.Type),
			str("so_ky_hieu", c.Ref),
			date("ngay", c.Date),
			agency("co_quan", c.Issuer, name),
			str("trich_yeu", c.Subject),
			str("ke_hoach", c.Plan),
			str("nguyen_van", c.Wording),
		}})
	}
	return out
}

func sections(p *plan.Plan) []entry {
	nums := map[*plan.Section]string{}
	plan.WalkSections(p.Sections, func(s *plan.Section, num string, _ int) { nums[s] = num })
	var out []entry
	var walk func(ss []*plan.Section, parent *plan.Section)
	walk = func(ss []*plan.Section, parent *plan.Section) {
		for i, s := range ss {
			pl := Place{Position: i + 1, Rank: i + 1}
			if parent != nil {
				pl.Parent, pl.Number, pl.Heading = parent.ID, nums[parent], parent.Heading
			}
			out = append(out, entry{id: s.ID, text: joinNonEmpty(nums[s], s.Heading), place: pl, container: pl.Parent, fields: []field{
				str("tieu_de", s.Heading),
				str("so_in", s.Printed),
				str("danh_so", s.Numbering),
				blocks("doan", s.Blocks),
				flag("liet_ke_can_cu", s.Citations),
				flag("tuan_tu", s.Sequential),
				blocks("doan_cuoi", s.After),
			}})
			walk(s.Sections, s)
		}
	}
	walk(p.Sections, nil)
	return out
}

func appendices(p *plan.Plan) []entry {
	out := make([]entry, 0, len(p.Appendices))
	for i, a := range p.Appendices {
		n := plan.AppendixNumber(i + 1)
		pl := Place{AppendixNumber: n, Position: i + 1, Rank: i + 1, Label: n}
		out = append(out, entry{id: a.ID, text: a.Title, place: pl, fields: []field{
			str("loai", a.Kind),
			str("tieu_de", a.Title),
			list("cot", a.Columns),
			flag("danh_so_theo_nhom", a.GroupNumbering),
			blocks("doan", a.Intro),
		}})
	}
	return out
}

func groups(p *plan.Plan, name func(string) string) []entry {
	var out []entry
	for i, a := range p.Appendices {
		nums := map[*plan.Group]string{}
		a.WalkGroups(func(g *plan.Group, num string, _ int) { nums[g] = num })
		var walk func(gs []*plan.Group, parent *plan.Group)
		walk = func(gs []*plan.Group, parent *plan.Group) {
			for j, g := range gs {
				pl := Place{Appendix: a.ID, AppendixNumber: plan.AppendixNumber(i + 1), Position: j + 1, Rank: j + 1}
				if parent != nil {
					pl.Parent, pl.Number, pl.Heading = parent.ID, nums[parent], parent.Heading
				}
				out = append(out, entry{id: g.ID, text: joinNonEmpty(dotted(nums[g]), g.Heading), place: pl,
					container: a.ID + "/" + pl.Parent, fields: []field{
						str("tieu_de", g.Heading),
						str("so_in", g.Printed),
						agencies("chu_tri", g.Lead, name),
						str("chu_tri_in", g.LeadWritten),
					}})
				walk(g.Groups, g)
			}
		}
		walk(a.Groups, nil)
	}
	return out
}

func tasks(p *plan.Plan, name func(string) string, cal deadline.WorkCalendar) []entry {
	var out []entry
	add := func(t *plan.Task, pl Place, container string) {
		out = append(out, entry{id: t.ID, text: t.Text, place: pl, container: container, fields: []field{
			str("tieu_de", t.Heading),
			str("noi_dung", t.Text),
			blocks("doan", t.Blocks),
			str("so_in", t.Printed),
			flag("cung_doan", t.RunOn),
			agencies("chu_tri", t.Lead, name),
			str("chu_tri_in", t.LeadWritten),
			agencies("phoi_hop", t.Cooperate, name),
			str("phoi_hop_in", t.CooperateWritten),
			agencies("theo_doi", t.Monitor, name),
			str("theo_doi_in", t.MonitorWritten),
			due("thoi_han", t.Deadline, p, cal),
			str("san_pham", t.Product),
			list("sau", t.After),
			str("thuc_hien", t.Implements),
			flag("bao_cao", t.Report),
			str("ghi_chu", t.Note),
		}})
	}
	plan.WalkSections(p.Sections, func(s *plan.Section, num string, _ int) {
		for i, t := range plan.AllTasks(s.Tasks) {
			add(t, Place{Parent: s.ID, Number: num, Heading: s.Heading, Position: i + 1, Rank: i + 1}, "/"+s.ID)
		}
	})
	for i, a := range p.Appendices {
		a.WalkRows(func(g *plan.Group, num string, _ int, next func() int) {
			for j, t := range g.Tasks {
				add(t, groupPlace(a, i, g, num, next(), j+1), a.ID+"/"+g.ID)
			}
		})
	}
	return out
}

func indicators(p *plan.Plan, name func(string) string) []entry {
	var out []entry
	add := func(in *plan.Indicator, place Place, container string) {
		out = append(out, entry{id: in.ID, text: in.Text, place: place, container: container, huong: in.Direction, fields: []field{
			str("noi_dung", in.Text),
			num("nam", in.Year),
			str("muc_tieu", in.Target),
			str("co_so", in.Baseline),
			str("don_vi", in.Unit),
			str("huong", in.Direction),
			str("so_in", in.Printed),
			agencies("chu_tri", in.Lead, name),
			str("chu_tri_in", in.LeadWritten),
			str("nguyen_van", in.Wording),
			str("ghi_chu", in.Note),
		}})
	}
	plan.WalkSections(p.Sections, func(s *plan.Section, num string, _ int) {
		for i, in := range s.Indicators {
			add(in, Place{Parent: s.ID, Number: num, Heading: s.Heading, Position: i + 1, Rank: i + 1}, "/"+s.ID)
		}
	})
	for i, a := range p.Appendices {
		a.WalkRows(func(g *plan.Group, num string, _ int, next func() int) {
			for j, in := range g.Indicators {
				add(in, groupPlace(a, i, g, num, next(), j+1), a.ID+"/"+g.ID)
			}
		})
	}
	return out
}

// documents are the rows of document lists (danh mục văn bản).
func documents(p *plan.Plan, name func(string) string) []entry {
	var out []entry
	for i, a := range p.Appendices {
		a.WalkRows(func(g *plan.Group, num string, _ int, next func() int) {
			for j, doc := range g.Documents {
				out = append(out, entry{id: doc.ID, text: joinNonEmpty(doc.Ref, doc.Subject), place: groupPlace(a, i, g, num, next(), j+1),
					container: a.ID + "/" + g.ID, fields: []field{
						str("so_ky_hieu", doc.Ref),
						date("ngay", doc.Date),
						agency("co_quan", doc.Issuer, name),
						str("trich_yeu", doc.Subject),
						str("so_in", doc.Printed),
						str("ghi_chu", doc.Note),
					}})
			}
		})
	}
	return out
}

func groupPlace(a *plan.Appendix, i int, g *plan.Group, num string, row, rank int) Place {
	return Place{Appendix: a.ID, AppendixNumber: plan.AppendixNumber(i + 1), Parent: g.ID, Number: num, Heading: g.Heading, Position: row, Rank: rank}
}

func str(key, s string) field {
	if s == "" {
		return field{key: key}
	}
	return field{key: key, value: s, text: s}
}

func list(key string, ss []string) field {
	if len(ss) == 0 {
		return field{key: key}
	}
	return field{key: key, value: ss, text: strings.Join(ss, "; ")}
}

func agencies(key string, ids []string, name func(string) string) field {
	f := list(key, ids)
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = name(id)
		f.agencies = append(f.agencies, AgencyName{ID: id, Name: names[i]})
	}
	f.text = strings.Join(names, "; ")
	return f
}

func agency(key, id string, name func(string) string) field {
	f := str(key, id)
	if id != "" {
		f.text = name(id)
	}
	return f
}

// due keeps the deadline as written and shows it canonically, so "Quý 1/2026"
// and "Quý I/2026" read alike and only real moves stand out.
// due is a deadline field, dated as kh check dates it: a deadline counted
// in working days from the signing runs on the side's own calendar (its
// lich-lam-viec.yaml), so two revisions with different day swaps date it
// differently.
func due(key, s string, p *plan.Plan, cal deadline.WorkCalendar) field {
	f := str(key, s)
	d, err := deadline.Parse(s)
	if err != nil || s == "" {
		return f
	}
	f.text = d.String()
	if d.Kind == deadline.Relative && !p.Date.IsZero() && d.Anchor != deadline.OtherAnchor {
		if cal == nil {
			cal = calendar.New()
		}
		d = d.Resolve(p.Date, cal)
	}
	f.due = &d
	return f
}

func num(key string, n int) field {
	if n == 0 {
		return field{key: key}
	}
	return field{key: key, value: n, text: fmt.Sprint(n)}
}

func flag(key string, b bool) field {
	if !b {
		return field{key: key}
	}
	return field{key: key, value: true, text: "true"}
}

func date(key string, t time.Time) field {
	if t.IsZero() {
		return field{key: key}
	}
	return field{key: key, value: t.Format(time.DateOnly), text: plan.ShortDate(t)}
}

func blocks(key string, bs []plan.Block) field {
	ss := make([]string, len(bs))
	for i, b := range bs {
		ss[i] = b.Content()
		if b.Dash != "" {
			ss[i] = "- " + ss[i]
		}
	}
	f := list(key, ss)
	f.text = strings.Join(ss, "\n")
	return f
}

// raw renders a YAML value as written, for values whose display forms agree.
func raw(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case []string:
		return strings.Join(v, "; ")
	default:
		return fmt.Sprint(v)
	}
}

func joinNonEmpty(parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, " ")
}
