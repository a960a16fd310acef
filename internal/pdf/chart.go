package pdf

import (
	"strconv"

	"github.com/kh-tools/kh/internal/report"
)

// Bar chart geometry, in mm.
const (
	barH     = 3.2
	barGap   = 2.0
	labelW   = 0.3 // share of the text width for the category labels
	valueW   = 18.0
	legendSq = 3.0
)

// barShades are the fills of the series, dark to light, so the chart reads
// in black and white.
var barShades = []int{70, 170, 120, 210}

// barChart draws c as horizontal bars: per category a bar per series,
// scaled to the largest value (at least 100 for percentages), its value
// printed after it, a legend under the title.
func (d *doc) barChart(c *report.Chart) {
	size := d.t.Sizes.Table
	d.y += single(d.t.Sizes.Body)
	d.ensure(4 * single(size))
	d.centred(c.Title, "B", d.t.Sizes.Body, d.left(), d.width())
	d.legend(c, size)
	top := 0.0
	for _, s := range c.Series {
		for _, v := range s.Values {
			top = max(top, v)
		}
	}
	if c.Unit == "%" {
		top = max(top, 100)
	}
	if top <= 0 {
		top = 1
	}
	x0 := d.left() + d.width()*labelW
	full := d.width() - d.width()*labelW - valueW
	group := float64(len(c.Series))*barH + barGap
	for i, cat := range c.Categories {
		d.ensure(group)
		d.setFont("", size)
		d.drawLine(d.text(cat), d.left(), d.width()*labelW-2, d.y, float64(len(c.Series))*barH, alignLeft)
		for j, s := range c.Series {
			v := s.Values[i]
			shade := barShades[j%len(barShades)]
			d.f.SetFillColor(shade, shade, shade)
			d.f.Rect(x0, d.y+float64(j)*barH+0.3, full*v/top, barH-0.6, "F")
			d.setFont("", size-2)
			d.drawLine(strconv.FormatFloat(v, 'f', -1, 64)+c.Unit, x0+full*v/top+1, valueW, d.y+float64(j)*barH, barH, alignLeft)
		}
		d.f.Line(x0, d.y, x0, d.y+float64(len(c.Series))*barH)
		d.y += group
	}
	d.f.SetFillColor(255, 255, 255)
}

// legend is a row of shaded squares with the series' names.
func (d *doc) legend(c *report.Chart, size float64) {
	d.setFont("", size)
	x := d.left() + d.width()*labelW
	h := single(size)
	for j, s := range c.Series {
		shade := barShades[j%len(barShades)]
		d.f.SetFillColor(shade, shade, shade)
		d.f.Rect(x, d.y+(h-legendSq)/2, legendSq, legendSq, "F")
		name := d.text(s.Name)
		w := d.f.GetStringWidth(name)
		d.drawLine(name, x+legendSq+1, w+1, d.y, h, alignLeft)
		x += legendSq + w + 6
	}
	d.y += h + 1
}
