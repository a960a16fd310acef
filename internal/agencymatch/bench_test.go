package agencymatch

import (
	"testing"
	"time"
)

// BenchmarkCellUnmatched matches a cell the registry cannot resolve, the
// slow path: every split of the cell, names inside it, then the closest
// names (was 1 s a cell with the 2025 registry of 130 communes).
func BenchmarkCellUnmatched(b *testing.B) {
	m := New(repo(b), "../../plans/nghe-an/kh-moi")
	on := time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC)
	for b.Loop() {
		m.Cell("Sở Khoa học và Công nghệ và một số địa phương được lựa chọn thí điểm", on)
	}
}
