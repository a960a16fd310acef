package site

import (
	"math"
	"strconv"
	"strings"

	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/target"
)

// chart is the small bar chart of one indicator: its baseline, target and
// result on one scale, drawn by the page template as inline SVG.
type chart struct {
	Bars []bar
	// Label says in words what the bars show, for screen readers.
	Label string
}

// bar is one bar of a chart; X, Width and Y are in the SVG's units.
type bar struct {
	Kind  string // "co-so", "muc-tieu", "ket-qua"
	Name  string
	Value string
	Y     int
	Width float64
	// TextX and TextY place the bar's words after it.
	TextX float64
	TextY int
}

// Chart geometry, in SVG user units: three bars of barH with gaps, the
// value written after each.
const (
	chartW   = 240
	chartH   = 3*barH + 2*barGap
	barH     = 12
	barGap   = 4
	chartMax = 120 // the longest bar, leaving room for its words
)

// measure is a value that can be charted: a plain figure in a unit.
type measure struct {
	value float64
	unit  string
}

// measureOf reads a chartable figure from a target, a baseline or a
// result: one unqualified number ("≥ 50%", "12 hệ thống").
func measureOf(s string) (measure, bool) {
	t := target.Parse(s)
	p, ok := t.Numeric()
	if !ok || t.Kind != target.Number || math.IsNaN(p.Value) || math.IsInf(p.Value, 0) || p.Value < 0 {
		return measure{}, false
	}
	return measure{value: p.Value, unit: p.Unit}, true
}

// newChart draws the bars of the values given (written as the document
// writes them; "" for none) sharing the target's unit. No chart without a
// chartable target, nor for a ranking, where smaller is better.
func newChart(names [3]string, values [3]string, label string, lang msg.Lang) *chart {
	tgt, ok := measureOf(values[1])
	if !ok {
		return nil
	}
	var ms [3]*measure
	scale := 0.0
	for i, s := range values {
		m, ok := measureOf(s)
		if !ok || m.unit != tgt.unit {
			continue
		}
		ms[i] = &m
		scale = max(scale, m.value)
	}
	if tgt.unit == "%" && scale <= 100 {
		scale = 100
	}
	if scale == 0 {
		scale = 1
	}
	c := &chart{Label: label}
	kinds := [3]string{"co-so", "muc-tieu", "ket-qua"}
	for i, m := range ms {
		if m == nil {
			continue
		}
		w := math.Round(m.value/scale*chartMax*10) / 10
		y := i * (barH + barGap)
		c.Bars = append(c.Bars, bar{Kind: kinds[i], Name: names[i], Value: names[i] + " " + short(m, lang), Y: y, Width: w, TextX: w + 4, TextY: y + barH - 2})
	}
	return c
}

// short writes a charted value compactly: "50%", "12", "2,5" (a decimal
// comma in Vietnamese).
func short(m *measure, lang msg.Lang) string {
	s := strconv.FormatFloat(m.value, 'f', -1, 64)
	if lang == msg.VI {
		s = strings.Replace(s, ".", ",", 1)
	}
	if m.unit == "%" {
		return s + "%"
	}
	return s
}
