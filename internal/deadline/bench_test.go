package deadline

import "testing"

// benchMix is a realistic spread of a plan's deadline column, seed wording first.
var benchMix = []string{
	"Quý I/2026", "2026", "Quý II/2026", "2026", "Thường xuyên", "Tháng 10/2026",
	"Theo tiến độ Quy hoạch tỉnh", "Theo Đề án 06", "Theo yêu cầu của Bộ KH&CN", "Quý III/2026",
	"trước ngày 15/6/2025", "hoàn thành trước 01/06/2025", "trước ngày 01/07/2025", "30/09/2021",
	"ngày 01/7/2025", "Hằng quý", "Hằng năm", "6 tháng, hằng năm", "6 tháng đầu năm 2026",
	"6 tháng cuối năm 2026", "giai đoạn 2026-2030", "2026 - 2030", "Năm 2026",
	"từ tháng 8/2022 đến tháng 8/2025", "Từ năm 2026", "từ Quý II/2026", "Hàng tháng",
	"trong 15 ngày làm việc kể từ ngày ký", "Khi có yêu cầu xây dựng", "Quý IV năm 2026",
	"Quý II-III/2027", "Tháng 6-9/2027", "Q2/2027", "trước ngày 15/6", "Sau khi có hướng dẫn của Bộ KH&CN",
}

func BenchmarkParse(b *testing.B) {
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		for _, s := range benchMix {
			if _, err := Parse(s); err != nil {
				b.Fatal(err)
			}
		}
		n += len(benchMix)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "expr/s")
}
