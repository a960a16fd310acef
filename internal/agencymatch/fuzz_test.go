package agencymatch

import (
	"sync"
	"testing"
	"time"

	"github.com/kh-tools/kh/internal/plan"
)

var (
	fuzzOnce    sync.Once
	fuzzRepo    *plan.Repo
	fuzzMatcher *Matcher
)

// FuzzCell matches any cell text: it never panics or hangs, and every id
// it gives is one the registry holds.
func FuzzCell(f *testing.F) {
	for _, s := range []string{
		"Sở Y tế, Sở GD&ĐT", "- Sở A;\n- Sở B", "Các sở, ban, ngành, địa phương", "Sở Tài nguyên và Môi trường",
		"Sở Khoa học và Công nghệ và một số địa phương được lựa chọn thí điểm", "UBND các huyện, thành phố, thị xã", "", ";;", "Sở",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fuzzOnce.Do(func() {
			fuzzRepo = repo(t)
			fuzzMatcher = New(fuzzRepo, "../../plans/nghe-an/kh-moi")
		})
		for _, m := range fuzzMatcher.Cell(s, time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC)) {
			if m.ID != "" && fuzzRepo.Agency(m.ID) == nil {
				t.Fatalf("Cell(%q) gave %q, not in the registry", s, m.ID)
			}
		}
	})
}
