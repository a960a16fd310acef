package msg

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	tests := []struct {
		tmpl string
		want string
		err  string
	}{
		{"plain", "", ""},
		{"100%% sure", "", ""},
		{"%q is %d", "1:%v 2:%d", ""},
		{"%[2]d then %[1]s", "1:%v 2:%d", ""},
		{"%[1]q (due %[2]s) … %[5]d … %[3]q (due %[4]s); %[6]d", "1:%v 2:%v 3:%v 4:%v 5:%d 6:%d", ""},
		{"%-13s %04X", "1:%v 2:%d", ""},
		{"%[2]s %s", "", "argument 3 used but only 2"},
		{"%d and %[1]s", "", "argument 1 used as %d and %v"},
		{"%*d", "", "'*' widths"},
		{"%t", "", "unknown verb"},
		{"tail %", "", "ends inside a verb"},
		{"%[x]d", "", "bad argument index"},
	}
	for _, tt := range tests {
		t.Run(tt.tmpl, func(t *testing.T) {
			sig, err := Parse(tt.tmpl)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("error %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil || sig.String() != tt.want {
				t.Fatalf("got %q, %v; want %q", sig, err, tt.want)
			}
		})
	}
}

func TestCheckPair(t *testing.T) {
	tests := []struct {
		vi, en string
		ok     bool
	}{
		{"báo cáo %q", "report %q", true},
		{"%q hạn %d", "due %[2]d: %[1]q", true},
		{"%s", "%q", true}, // quoting may differ by language
		// KH105 as it was: the English template took its arguments in
		// another order and printed %!d(string=nv-kiem-tra).
		{"báo cáo %q (hạn %s) phải xong trước báo cáo %q (hạn %s) ít nhất %d ngày làm việc, hiện chỉ còn %d",
			"report %q (due %s) must be due at least %d working days before report %q (due %s); there are %d", false},
		{"một %s", "one", false},
		{"", "only English", false},
		{"chỉ tiếng Việt", " ", false},
	}
	for _, tt := range tests {
		if err := CheckPair(tt.vi, tt.en); (err == nil) != tt.ok {
			t.Errorf("CheckPair(%q, %q) = %v, want ok=%v", tt.vi, tt.en, err, tt.ok)
		}
	}
}

func TestCheckArgs(t *testing.T) {
	tests := []struct {
		tmpl string
		args []any
		ok   bool
	}{
		{"%q hạn %d", []any{"a", 3}, true},
		{"%q hạn %d", []any{"a", "b"}, false},
		{"%q hạn %d", []any{"a"}, false},
		{"%v", []any{Text{"x", "y"}}, true},
		{"%.1f", []any{1.5}, true},
		{"%d", []any{nil}, false},
	}
	for _, tt := range tests {
		if err := CheckArgs(tt.tmpl, tt.args); (err == nil) != tt.ok {
			t.Errorf("CheckArgs(%q, %v) = %v, want ok=%v", tt.tmpl, tt.args, err, tt.ok)
		}
	}
}

func TestMessageArgumentsByLanguage(t *testing.T) {
	m := &Message{ID: "test", VI: "không đọc được %s: %v", EN: "cannot read %s: %v"}
	cause := UnknownLang.Error("fr")
	got := m.Text(Text{"tệp", "file"}, cause)
	want := Text{VI: "không đọc được tệp: ngôn ngữ \"fr\" không có; dùng vi hoặc en", EN: "cannot read file: unknown language \"fr\"; use vi or en"}
	if got != want {
		t.Fatalf("got %+v\nwant %+v", got, want)
	}
	err := m.Error("x", cause)
	if !errors.Is(err, UnknownLang.Error("other")) {
		t.Error("errors.Is does not see the cause's message")
	}
	if errors.Is(err, FSExist.Error()) {
		t.Error("errors.Is matched another message")
	}
}

func TestArgumentMismatchPanicsInTests(t *testing.T) {
	defer func() {
		if r := recover(); r == nil || !strings.Contains(fmt.Sprint(r), "argument 1 is string") {
			t.Fatalf("recover() = %v", r)
		}
	}()
	(&Message{ID: "test", VI: "%d ngày", EN: "%d days"}).Text("ba")
}

func TestInFileSystemErrors(t *testing.T) {
	dir := t.TempDir()
	_, err := os.Stat(filepath.Join(dir, "khong-co"))
	vi, en := In(err, VI), In(err, EN)
	if !strings.HasSuffix(vi, "khong-co: không tìm thấy tệp hay thư mục") || strings.Contains(vi, "stat") {
		t.Errorf("vi: %q", vi)
	}
	if !strings.HasSuffix(en, "khong-co: no such file or folder") {
		t.Errorf("en: %q", en)
	}
	if got := In(fmt.Errorf("wrapped: %w", fs.ErrPermission), EN); got != "permission denied" {
		t.Errorf("bare fs error: %q", got)
	}
	if got := In(errors.New("library text"), VI); got != "library text" {
		t.Errorf("other error: %q", got)
	}
	if In(nil, VI) != "" {
		t.Error("nil error gives text")
	}
}

func TestParseLang(t *testing.T) {
	for in, want := range map[string]Lang{"": VI, "vi": VI, "EN": EN} {
		if got, err := ParseLang(in); err != nil || got != want {
			t.Errorf("ParseLang(%q) = %v, %v", in, got, err)
		}
	}
	_, err := ParseLang("fr")
	if In(err, EN) != `unknown language "fr"; use vi or en` {
		t.Errorf("got %q", In(err, EN))
	}
}
