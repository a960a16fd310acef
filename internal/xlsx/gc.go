package xlsx

import (
	"runtime/debug"
	"sync"

	"github.com/kh-tools/kh/internal/plan"
)

// largeTable is the row count above which a workbook is written with a
// lower garbage-collector target.
const largeTable = 10_000

// lowGCPercent keeps a 100,000-row table within 150 MB: excelize turns every
// cell into short-lived strings, and at the default target the heap grows
// to twice the live data before a collection (184 MB peak RSS at 100,
// 134 MB at 50, for ~6% more time).
const lowGCPercent = 50

var gc struct {
	sync.Mutex
	users int
	prev  int
}

// lowerGC lowers the collector's target until the returned func runs. It is
// counted, so parallel builds restore the caller's setting only when the
// last large table is done.
func lowerGC() (restore func()) {
	gc.Lock()
	defer gc.Unlock()
	if gc.users == 0 {
		gc.prev = debug.SetGCPercent(lowGCPercent)
	}
	gc.users++
	return func() {
		gc.Lock()
		defer gc.Unlock()
		gc.users--
		if gc.users == 0 {
			debug.SetGCPercent(gc.prev)
		}
	}
}

// rowCount is the number of table rows of p's appendices.
func rowCount(p *plan.Plan) int {
	n := 0
	for _, a := range p.Appendices {
		if !isTable(a) {
			continue
		}
		a.WalkGroups(func(g *plan.Group, _ string, _ int) {
			n += 1 + len(g.Tasks) + len(g.Indicators) + len(g.Documents)
		})
	}
	return n
}
