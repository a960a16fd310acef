package worddiff

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestTokens(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"Quý I/2026", []string{"Quý", " ", "I", "/", "2026"}},
		{"Sở KH&CN; các địa phương.", []string{"Sở", " ", "KH", "&", "CN", ";", " ", "các", " ", "địa", " ", "phương", "."}},
		{"≥ 4,5% và 1.000 hồ sơ, 12.", []string{"≥", " ", "4,5", "%", " ", "và", " ", "1.000", " ", "hồ", " ", "sơ", ",", " ", "12", "."}},
		{"“rõ việc”\n- Hai  dòng", []string{"“", "rõ", " ", "việc", "”", "\n", "-", " ", "Hai", "  ", "dòng"}},
		// Decomposed marks stay with their letter.
		{"ho\u0302\u0300 so\u031b", []string{"ho\u0302\u0300", " ", "so\u031b"}},
	} {
		if got := Tokens(tc.in); !cmp.Equal(got, tc.want) {
			t.Errorf("Tokens(%q):\n%s", tc.in, cmp.Diff(tc.want, got))
		}
	}
}

// render writes ops as git's word diff does.
func render(ops []Op) string {
	var b strings.Builder
	for _, op := range ops {
		switch op.Kind {
		case Delete:
			b.WriteString("[-" + op.Text + "-]")
		case Insert:
			b.WriteString("{+" + op.Text + "+}")
		default:
			b.WriteString(op.Text)
		}
	}
	return b.String()
}

func TestDiff(t *testing.T) {
	for _, tc := range []struct {
		a, b, want string
	}{
		{"", "", ""},
		{"giữ nguyên", "giữ nguyên", "giữ nguyên"},
		{"", "mới", "{+mới+}"},
		{"cũ", "", "[-cũ-]"},
		{"Quý I/2026", "Quý II/2026", "Quý [-I-]{+II+}/2026"},
		{"≥ 60%", "≥ 45%", "≥ [-60-]{+45+}%"},
		// A rewritten phrase is one change, not one per word.
		{"Bố trí tối thiểu một cán bộ có đủ năng lực, trình độ; được đào tạo",
			"Bố trí ít nhất hai cán bộ có đủ năng lực, trình độ chuyên môn; được đào tạo",
			"Bố trí [-tối thiểu một-]{+ít nhất hai+} cán bộ có đủ năng lực, trình độ{+ chuyên môn+}; được đào tạo"},
		{"Sở Khoa học và Công nghệ; Các địa phương", "Sở Văn hóa, Thể thao và Du lịch; Các địa phương",
			"Sở [-Khoa học-]{+Văn hóa, Thể thao+} và [-Công nghệ-]{+Du lịch+}; Các địa phương"},
		{"a b c", "c b a", "[-a b -]c{+ b a+}"},
		{"a  b", "a b", "a[-  -]{+ +}b"},
		{"đoạn một\nđoạn hai", "đoạn một\nđoạn hai mới\nđoạn ba", "đoạn một\nđoạn hai{+ mới\nđoạn ba+}"},
	} {
		ops := Diff(tc.a, tc.b)
		if got := render(ops); got != tc.want {
			t.Errorf("Diff(%q, %q)\n got %s\nwant %s", tc.a, tc.b, got, tc.want)
		}
		check(t, tc.a, tc.b, ops)
	}
}

// check asserts the documented invariants of Diff's result.
func check(t *testing.T, a, b string, ops []Op) {
	t.Helper()
	if Old(ops) != a || New(ops) != b {
		t.Fatalf("Diff(%q, %q) does not rebuild its inputs: %q, %q", a, b, Old(ops), New(ops))
	}
	for i, op := range ops {
		if op.Text == "" {
			t.Fatalf("Diff(%q, %q): empty op %d", a, b, i)
		}
		if i > 0 && ops[i-1].Kind == op.Kind {
			t.Fatalf("Diff(%q, %q): ops %d and %d are both %s", a, b, i-1, i, op.Kind)
		}
		if i > 0 && ops[i-1].Kind == Insert && op.Kind == Delete {
			t.Fatalf("Diff(%q, %q): insertion before deletion at %d", a, b, i)
		}
	}
	if Changed(ops) != (a != b) {
		t.Fatalf("Diff(%q, %q): Changed = %v", a, b, Changed(ops))
	}
}

// TestMinimal checks on small inputs that the changed tokens are as few as
// a longest common subsequence allows.
func TestMinimal(t *testing.T) {
	alphabet := []string{"a", "b", "c"}
	var texts []string
	var gen func(prefix []string, n int)
	gen = func(prefix []string, n int) {
		texts = append(texts, strings.Join(prefix, " "))
		if n == 0 {
			return
		}
		for _, w := range alphabet {
			gen(append(prefix, w), n-1)
		}
	}
	gen(nil, 4)
	for _, a := range texts {
		for _, b := range texts {
			ops := Diff(a, b)
			check(t, a, b, ops)
			ta, tb := strings.Fields(a), strings.Fields(b)
			if got, want := kept(ops), lcs(ta, tb); got < want {
				t.Fatalf("Diff(%q, %q) keeps %d words, an LCS has %d: %s", a, b, got, want, render(ops))
			}
		}
	}
}

func kept(ops []Op) int {
	n := 0
	for _, op := range ops {
		if op.Kind == Equal {
			n += len(strings.Fields(op.Text))
		}
	}
	return n
}

func lcs(a, b []string) int {
	dp := make([][]int, len(a)+1)
	for i := range dp {
		dp[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				dp[i][j] = dp[i+1][j+1] + 1
			} else {
				dp[i][j] = max(dp[i+1][j], dp[i][j+1])
			}
		}
	}
	return dp[0][0]
}

// TestBounded: two long unrelated texts end as one replacement, quickly.
func TestBounded(t *testing.T) {
	var a, b strings.Builder
	for i := range 20000 {
		a.WriteString("x")
		a.WriteString(string(rune('a' + i%7)))
		a.WriteString(" ")
		b.WriteString("y")
		b.WriteString(string(rune('a' + i%5)))
		b.WriteString(" ")
	}
	ops := Diff(a.String(), b.String())
	check(t, a.String(), b.String(), ops)
}

func TestJSON(t *testing.T) {
	ops := Diff("Quý I", "Quý II")
	data, err := json.Marshal(ops)
	if err != nil {
		t.Fatal(err)
	}
	want := `[{"op":"equal","text":"Quý "},{"op":"delete","text":"I"},{"op":"insert","text":"II"}]`
	if string(data) != want {
		t.Fatalf("got %s", data)
	}
	var back []Op
	if err := json.Unmarshal(data, &back); err != nil || !cmp.Equal(back, ops) {
		t.Fatalf("round trip: %v %v", back, err)
	}
	if err := json.Unmarshal([]byte(`[{"op":"move"}]`), &back); err == nil {
		t.Fatal("unknown op accepted")
	}
}

func FuzzDiff(f *testing.F) {
	f.Add("Bố trí tối thiểu một cán bộ", "Bố trí ít nhất hai cán bộ")
	f.Add("Quý I/2026", "Quý II/2026")
	f.Add("a b c a b", "b a c b a c")
	f.Add("4,5%", "4.5 %")
	f.Add("\xff\xfe", "x\xff")
	f.Fuzz(func(t *testing.T, a, b string) {
		check(t, a, b, Diff(a, b))
		if strings.Join(Tokens(a), "") != a {
			t.Fatalf("Tokens(%q) loses text", a)
		}
	})
}

func BenchmarkDiff(b *testing.B) {
	old := strings.Repeat("Tổ chức rà soát kế hoạch, dự án chuyển đổi số các đơn vị, yêu cầu đồng bộ, không trùng lặp nhiệm vụ. ", 20)
	new := strings.ReplaceAll(old, "đồng bộ", "thống nhất, đồng bộ")
	for b.Loop() {
		Diff(old, new)
	}
}
