package view

import "strings"

// Numbered is where the document prints a task or an indicator: its row
// number in an appendix table ("15") with the appendix ("Phụ lục 02"), or
// its label in the body ("2.", "a)") under its section's ("III.").
type Numbered struct {
	Number string
	// In is "Phụ lục 02" for a table row, the section's label chain
	// ("III.2") for a body step.
	In string
}

// String is "15 (Phụ lục 02)", "a) (mục III.2)", or the number alone; a
// dash item, which has no number of its own, is found by its place.
func (n Numbered) String() string {
	if n.Number == "-" || n.Number == "+" {
		n.Number = ""
	}
	switch {
	case n.Number == "" && n.In == "":
		return ""
	case n.In == "":
		return n.Number
	case n.Number == "":
		return n.In
	}
	return n.Number + " (" + n.In + ")"
}

// Numbers gives the printed place of every task and indicator by id, the
// number an officer finds it by in the signed document. An id printed
// twice keeps its first place.
func (d *Doc) Numbers() map[string]Numbered {
	out := map[string]Numbered{}
	put := func(id string, n Numbered) {
		if _, dup := out[id]; !dup {
			out[id] = n
		}
	}
	var walk func(items []*Item, chain string)
	walk = func(items []*Item, chain string) {
		for _, it := range items {
			own := joinLabel(chain, it.Label)
			stepNumbers(it.Steps, "mục "+own, put)
			for _, in := range it.Section.Indicators {
				put(in.ID, Numbered{In: "mục " + own})
			}
			walk(it.Items, own)
		}
	}
	walk(d.Outline(), "")
	for _, a := range d.Appendices() {
		if a.Table == nil {
			continue
		}
		for rw := range a.Table.Rows() {
			switch {
			case rw.Task != nil:
				put(rw.Task.ID, Numbered{Number: rw.Number, In: a.Label})
			case rw.Indicator != nil:
				put(rw.Indicator.ID, Numbered{Number: rw.Number, In: a.Label})
			}
		}
	}
	return out
}

func stepNumbers(steps []Step, in string, put func(string, Numbered)) {
	for _, st := range steps {
		label := ""
		if f := strings.Fields(st.Label); len(f) > 0 {
			label = f[len(f)-1]
		}
		put(st.Task.ID, Numbered{Number: label, In: in})
		for _, t := range st.RunOn {
			put(t.ID, Numbered{In: in})
		}
		stepNumbers(st.Steps, in, put)
	}
}

// joinLabel extends "III" with "2." to "III.2"; "3.1." under "3." stands
// for itself, and dashes add nothing.
func joinLabel(chain, label string) string {
	l := strings.TrimRight(strings.TrimSpace(label), ".)")
	switch {
	case l == "" || l == "-":
		return chain
	case chain == "" || strings.HasPrefix(l, chain+"."):
		return l
	}
	return chain + "." + l
}
