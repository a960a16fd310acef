package xlsx

import (
	"fmt"
	"io"
	"runtime"
	"testing"
	"time"

	"github.com/kh-tools/kh/internal/plan"
)

// registry builds a plan with one task appendix of n tasks in groups of
// 1,000, with Vietnamese text of realistic length.
func registry(n int) (*plan.Repo, *plan.Plan) {
	r := &plan.Repo{Registries: []*plan.Registry{{Agencies: []*plan.Agency{
		{ID: "so-khcn", Name: "Sở Khoa học và Công nghệ", Short: []string{"Sở KH&CN"}},
		{ID: "so-noi-vu", Name: "Sở Nội vụ"},
	}}}}
	r.Index()
	a := &plan.Appendix{ID: "pl", Kind: plan.AppendixTasks, Title: "Danh mục nhiệm vụ"}
	for i := 0; i < n; i++ {
		if i%1000 == 0 {
			a.Groups = append(a.Groups, &plan.Group{ID: fmt.Sprint("g", i), Heading: fmt.Sprintf("Nhóm nhiệm vụ số %d về chuyển đổi số", i/1000+1)})
		}
		g := a.Groups[len(a.Groups)-1]
		g.Tasks = append(g.Tasks, &plan.Task{
			ID:        fmt.Sprint("nv-", i),
			Text:      fmt.Sprintf("Triển khai nhiệm vụ số %d: xây dựng, nâng cấp hệ thống thông tin và cơ sở dữ liệu chuyên ngành, bảo đảm kết nối, chia sẻ dữ liệu", i),
			Lead:      []string{"so-khcn"},
			Cooperate: []string{"so-noi-vu"},
			Deadline:  "Quý IV/2026",
		})
	}
	p := &plan.Plan{ID: "bench", Kind: "KH", Number: 1, Symbol: "KH-UBND", Title: "Kế hoạch thử", Appendices: []*plan.Appendix{a}}
	return r, p
}

func BenchmarkWrite100k(b *testing.B) {
	r, p := registry(100_000)
	b.ReportAllocs()
	for b.Loop() {
		if err := Write(io.Discard, r, p); err != nil {
			b.Fatal(err)
		}
	}
}

// TestWrite100kMemory samples the heap while writing the 100,000-row
// registry; run with -run Write100kMemory -v to see the figure.
func TestWrite100kMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("large")
	}
	r, p := registry(100_000)
	runtime.GC()
	var base runtime.MemStats
	runtime.ReadMemStats(&base)
	done := make(chan struct{})
	peak := make(chan uint64)
	go func() {
		var m runtime.MemStats
		var max uint64
		for {
			select {
			case <-done:
				peak <- max
				return
			case <-time.After(5 * time.Millisecond):
				runtime.ReadMemStats(&m)
				if m.HeapInuse > max {
					max = m.HeapInuse
				}
			}
		}
	}()
	if err := Write(io.Discard, r, p); err != nil {
		t.Fatal(err)
	}
	close(done)
	got := <-peak
	t.Logf("model heap %d MB; peak heap in use while writing %d MB", base.HeapInuse>>20, got>>20)
	if got-base.HeapInuse > 150<<20 {
		t.Errorf("writing used %d MB above the model", (got-base.HeapInuse)>>20)
	}
}
