package target

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want Target
		str  string
	}{
		{"≥ 50%", Target{Kind: Number, Parts: []Part{{Op: AtLeast, Value: 50, Unit: "%", OpText: "≥"}}}, "≥ 50%"},
		{"≥60%", Target{Kind: Number, Parts: []Part{{Op: AtLeast, Value: 60, Unit: "%", OpText: "≥"}}}, "≥ 60%"},
		{">= 15 %", Target{Kind: Number, Parts: []Part{{Op: AtLeast, Value: 15, Unit: "%", OpText: ">="}}}, "≥ 15%"},
		{"100%", Target{Kind: Number, Parts: []Part{{Op: Exact, Value: 100, Unit: "%"}}}, "100%"},
		{"95%.", Target{Kind: Number, Parts: []Part{{Op: Exact, Value: 95, Unit: "%"}}}, "95%"},
		{"64,06%", Target{Kind: Number, Parts: []Part{{Op: Exact, Value: 64.06, Unit: "%"}}}, "64,06%"},
		{"Trên 50%", Target{Kind: Number, Parts: []Part{{Op: Above, Value: 50, Unit: "%", OpText: "Trên"}}}, "> 50%"},
		{"Tối thiểu 10%", Target{Kind: Number, Parts: []Part{{Op: AtLeast, Value: 10, Unit: "%", OpText: "Tối thiểu"}}}, "≥ 10%"},
		{"Tối thiểu 02 hệ thống", Target{Kind: Number, Parts: []Part{{Op: AtLeast, Value: 2, Unit: "hệ thống", OpText: "Tối thiểu"}}}, "≥ 2 hệ thống"},
		{"1.000 doanh nghiệp", Target{Kind: Number, Parts: []Part{{Op: Exact, Value: 1000, Unit: "doanh nghiệp"}}}, "1000 doanh nghiệp"},
		{"từ 50% trở lên", Target{Kind: Number, Parts: []Part{{Op: AtLeast, Value: 50, Unit: "%", OpText: "trở lên"}}}, "≥ 50%"},
		{"50-80%", Target{Kind: Number, Parts: []Part{{Op: Between, Value: 50, High: 80, Unit: "%"}}}, "50–80%"},
		{"50\n- 80%", Target{Kind: Number, Parts: []Part{{Op: Between, Value: 50, High: 80, Unit: "%"}}}, "50–80%"}, // a cell's line break
		{"Top 20", Target{Kind: Rank, Parts: []Part{{Op: AtMost, Value: 20}}}, "Top 20"},
		{"Nhóm 20 tỉnh dẫn đầu", Target{Kind: Rank, Parts: []Part{{Op: AtMost, Value: 20}}}, "Top 20"},
		{"Hoàn thành", Target{Kind: Milestone, Word: "Hoàn thành"}, "Hoàn thành"},
		{"Có", Target{Kind: Milestone, Word: "Có"}, "Có"},
		{"Phổ cập toàn diện", Target{Kind: Milestone, Word: "Phổ cập toàn diện"}, "Phổ cập toàn diện"},
		{"Cấp tỉnh 90%, cấp huyện 80%, cấp xã 60%", Target{Kind: Number, Parts: []Part{
			{Value: 90, Unit: "%", Subject: "cấp tỉnh"}, {Value: 80, Unit: "%", Subject: "cấp huyện"}, {Value: 60, Unit: "%", Subject: "cấp xã"}}},
			"90% (cấp tỉnh); 80% (cấp huyện); 60% (cấp xã)"},
		{"100% doanh nghiệp nhà nước thuộc tỉnh; trên 50% doanh nghiệp vừa và nhỏ", Target{Kind: Number, Parts: []Part{
			{Value: 100, Unit: "%", Subject: "doanh nghiệp nhà nước thuộc tỉnh"}, {Op: Above, Value: 50, Unit: "%", Subject: "doanh nghiệp vừa và nhỏ", OpText: "trên"}}},
			"100% (doanh nghiệp nhà nước thuộc tỉnh); > 50% (doanh nghiệp vừa và nhỏ)"},
		{"Trên 80% hộ gia đình; 100% xã, phường", Target{Kind: Number, Parts: []Part{
			{Op: Above, Value: 80, Unit: "%", Subject: "hộ gia đình", OpText: "Trên"}, {Value: 100, Unit: "%", Subject: "xã, phường"}}},
			"> 80% (hộ gia đình); 100% (xã, phường)"},
		{"100% đối với các thủ tục đủ điều kiện", Target{Kind: Number, Parts: []Part{{Value: 100, Unit: "%", Subject: "đối với các thủ tục đủ điều kiện"}}},
			"100% (đối với các thủ tục đủ điều kiện)"},
		{"Ứng dụng", Target{Kind: Milestone, Word: "Ứng dụng"}, "Ứng dụng"},
		{"Đẩy mạnh số hóa", Target{Kind: Text}, "Đẩy mạnh số hóa"},
		{"", Target{}, ""},
	}
	for _, tc := range tests {
		got := Parse(tc.in)
		tc.want.Source = tc.in
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("Parse(%q) (-want +got):\n%s", tc.in, diff)
		}
		if s := got.String(); s != tc.str {
			t.Errorf("Parse(%q).String() = %q, want %q", tc.in, s, tc.str)
		}
	}
}

func TestProblem(t *testing.T) {
	if p, ok := Parse("550%").Problem(); !ok || p.Text.VI != "tỷ lệ 550% vượt quá 100%; kiểm tra lại số (bản quét thường đọc “≥50%” thành “550%”)" || p.Text.EN == "" {
		t.Errorf("550%%: %v %v", p, ok)
	}
	if _, ok := Parse("50-180%").Problem(); !ok {
		t.Error("50-180% accepted")
	}
	for _, s := range []string{"100%", "≥ 50%", "Top 20", "120 doanh nghiệp", "Hoàn thành"} {
		if p, ok := Parse(s).Problem(); ok {
			t.Errorf("%q: %v", s, p)
		}
	}
}

func TestNumeric(t *testing.T) {
	if p, ok := Parse("≥ 50%").Numeric(); !ok || p.Value != 50 {
		t.Errorf("≥ 50%%: %v %v", p, ok)
	}
	for _, s := range []string{"50-80%", "Cấp tỉnh 90%, cấp huyện 80%", "Hoàn thành", "100% đối với các thủ tục đủ điều kiện"} {
		if _, ok := Parse(s).Numeric(); ok {
			t.Errorf("%q is numeric", s)
		}
	}
}

func TestWeaker(t *testing.T) {
	tests := []struct {
		a, b       string
		dir        Direction
		weaker, ok bool
	}{
		{"50%", "70%", Higher, false, true},
		{"100%", "80%", Higher, true, true},
		{"≥ 50%", "Trên 50%", Higher, false, true},
		{"Tối thiểu 10%", "Tối thiểu 30%", Higher, false, true},
		{"10%", "5%", Lower, false, true},
		{"10%", "15%", Lower, true, true},
		{"≤ 5%", "3%", Higher, false, false},
		{"100%", "80 doanh nghiệp", Higher, false, false},
		{"Top 25", "Top 20", Lower, false, true},
		{"Top 20", "Top 25", Lower, true, true},
	}
	for _, tc := range tests {
		ps := Pairs(Parse(tc.a), Parse(tc.b))
		if len(ps) != 1 {
			if tc.ok {
				t.Errorf("Pairs(%q, %q) = %v", tc.a, tc.b, ps)
			}
			continue
		}
		w, ok := Weaker(ps[0][0], ps[0][1], tc.dir)
		if w != tc.weaker || ok != tc.ok {
			t.Errorf("Weaker(%q, %q) = %v, %v; want %v, %v", tc.a, tc.b, w, ok, tc.weaker, tc.ok)
		}
	}
	a := Parse("100% doanh nghiệp nhà nước thuộc tỉnh; trên 50% doanh nghiệp vừa và nhỏ")
	b := Parse("80% doanh nghiệp nhà nước thuộc tỉnh; trên 50% doanh nghiệp")
	ps := Pairs(a, b)
	if len(ps) != 1 || ps[0][0].Value != 100 || ps[0][1].Value != 80 {
		t.Fatalf("Pairs = %v", ps)
	}
	if DirectionOf(Parse("Top 20")) != Lower || DirectionOf(Parse("50%")) != Higher {
		t.Error("DirectionOf")
	}
}
