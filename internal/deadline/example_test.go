package deadline_test

import (
	"fmt"
	"time"

	"github.com/kh-tools/kh/internal/deadline"
)

func ExampleParse() {
	d, _ := deadline.Parse("Quý 2/2026")
	fmt.Println(d.Kind, d.From.Format("02/01/2006"), d.To.Format("02/01/2006"), d)

	_, err := deadline.Parse("Quy I/2026")
	fmt.Println(err)
	// Output:
	// quarter 01/04/2026 30/06/2026 Quý II/2026
	// thời hạn, cột 1: không nhận ra “Quy” (gợi ý: Quý I/2026)
}

func ExampleOccurrences() {
	d, _ := deadline.Parse("Hằng quý")
	from := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	to := time.Date(2025, 6, 30, 0, 0, 0, 0, time.UTC)
	for _, r := range deadline.Occurrences(d, from, to, deadline.DefaultCutOff) {
		fmt.Println(r.Covers, r.DataFrom.Format("02/01/2006"), "–", r.DataTo.Format("02/01/2006"))
	}
	// Output:
	// Quý I/2025 15/12/2024 – 14/03/2025
	// Quý II/2025 15/03/2025 – 14/06/2025
}

func ExampleSlip() {
	old, _ := deadline.Parse("Quý I/2026")
	next, _ := deadline.Parse("Quý II/2026")
	months, days, _ := deadline.Slip(old, next)
	fmt.Printf("%s → %s, chậm %d tháng %d ngày\n", old, next, months, days)
	// Output: Quý I/2026 → Quý II/2026, chậm 3 tháng 0 ngày
}
