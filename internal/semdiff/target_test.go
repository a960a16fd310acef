package semdiff

import "testing"

func TestClassifyTarget(t *testing.T) {
	for _, tc := range []struct {
		old, new, huong string
		want            Verdict
		dir             Direction
	}{
		{"≥ 60%", "≥ 45%", "", Weakened, HigherBetter},
		{"≥60%", "≥ 70%", "", Strengthened, HigherBetter},
		{"≥60%", "≥ 60%", "", Equivalent, HigherBetter},
		{"100%", "95%", "", Weakened, HigherBetter},
		{"Trên 50%", "Tối thiểu 60%", "", Strengthened, HigherBetter},
		{"≤ 5%", "≤ 8%", "", Weakened, LowerBetter},
		{"≤ 5%", "≤ 3%", "", Strengthened, LowerBetter},
		{"5%", "8%", "giam", Weakened, LowerBetter},
		{"8 ngày", "5 ngày", "giam", Strengthened, LowerBetter},
		{"Top 20", "Top 30", "", Weakened, LowerBetter},
		{"80%", "80 hệ thống", "", UnitChanged, HigherBetter},
		{"Hoàn thành", "≥ 80%", "", NotComparable, HigherBetter},
		{"≥ 80%", "Hoàn thành", "", NotComparable, HigherBetter},
		{"Cấp tỉnh 90%, cấp huyện 80%, cấp xã 60%", "Cấp tỉnh 95%, cấp huyện 80%, cấp xã 50%", "", Weakened, HigherBetter},
		{"Cấp tỉnh 90%, cấp huyện 80%", "Cấp tỉnh 95%, cấp huyện 85%", "", Strengthened, HigherBetter},
		{"≥ 50%", "≤ 50%", "", NotComparable, HigherBetter},
	} {
		got := ClassifyTarget(tc.old, tc.new, tc.huong)
		if got.Verdict != tc.want || got.Direction != tc.dir {
			t.Errorf("ClassifyTarget(%q, %q, %q) = %s, %s; want %s, %s", tc.old, tc.new, tc.huong, got.Verdict, got.Direction, tc.want, tc.dir)
		}
	}
}
