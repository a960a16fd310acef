package site

import "github.com/kh-tools/kh/internal/msg"

// charts draws each indicator's chart: its baseline, target and result.
func (b *builder) charts(sp *sitePlan) {
	names := [3]string{msg.SiteChartBaseline.In(b.lang), msg.SiteChartTarget.In(b.lang), msg.SiteChartResult.In(b.lang)}
	none := msg.SiteNoValue.In(b.lang)
	for _, in := range sp.Indicators {
		values := [3]string{in.Indicator.Baseline, in.Indicator.Target, in.charted}
		shown := values
		for i, s := range shown {
			if s == "" {
				shown[i] = none
			}
		}
		label := msg.SiteChartLabel.In(b.lang, in.Number, shown[0], shown[1], shown[2])
		in.Chart = newChart(names, values, label, b.lang)
	}
}
