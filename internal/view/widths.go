package view

import (
	"strings"

	"github.com/kh-tools/kh/internal/plan"
)

// NumberWidth is the width of a table's TT (row number) column in mm, in
// every renderer.
const NumberWidth = 12.0

// shares are the parts of the width after the TT column that each column
// takes, by appendix kind and column key; a report form's columns to fill
// in share what the others leave, and the main column takes any rest.
var shares = map[string]map[string]float64{
	plan.AppendixTasks:      {"noi_dung": 0.46, "chu_tri": 0.18, "phoi_hop": 0.2, "theo_doi": 0.2, "thoi_han": 0.16},
	plan.AppendixIndicators: {"noi_dung": 0.55, "muc_tieu": 0.17, "chu_tri": 0.28},
	plan.AppendixRegistry:   {"so_ky_hieu": 0.18, "ngay": 0.14, "co_quan": 0.18, "trich_yeu": 0.5},
	plan.AppendixForm:       {"noi_dung": 0.3, "chu_tri": 0.15},
}

// otherShare is the share of a column the table above does not list.
const otherShare = 0.12

// Shares gives each column its part of the table width left after the TT
// column (whose own share is 0): the PDF and the Word draft lay an
// appendix out with the same column widths.
func (t *Table) Shares() []float64 {
	parts := make([]float64, len(t.Columns))
	rest, blanks, main := 1.0, 0, -1
	for i, c := range t.Columns[1:] {
		switch s, ok := shares[t.Kind][c.Key]; {
		case c.Blank:
			blanks++
			continue
		case ok:
			parts[i+1] = s
		default:
			parts[i+1] = otherShare
		}
		if c.Main {
			main = i + 1
		}
		rest -= parts[i+1]
	}
	// Columns to fill in get at least a tenth of the width each; the
	// shares are then scaled back to the whole.
	blank := max(rest, 0.1*float64(blanks))
	for i, c := range t.Columns {
		if c.Blank {
			parts[i] = blank / float64(blanks)
		}
	}
	if blanks == 0 && rest > 1e-9 && main > 0 {
		parts[main] += rest
	}
	total := 0.0
	for _, p := range parts {
		total += p
	}
	if total > 1+1e-9 {
		for i := range parts {
			parts[i] /= total
		}
	}
	return parts
}

// TaskDetail is the line printed under a task written in the body: "Chủ
// trì: …; phối hợp: …; thời hạn: …." ("" when the task names none).
func (d *Doc) TaskDetail(t *plan.Task) string {
	var parts []string
	add := func(label string, v string) {
		if v != "" {
			parts = append(parts, label+v)
		}
	}
	add("Chủ trì: ", d.Names(t.Lead, Full))
	add("phối hợp: ", d.Names(t.Cooperate, Full))
	add("theo dõi: ", d.Names(t.Monitor, Full))
	add("thời hạn: ", d.Deadline(t).Text)
	if len(parts) == 0 {
		return ""
	}
	s := strings.Join(parts, "; ") + "."
	return strings.ToUpper(s[:1]) + s[1:]
}
