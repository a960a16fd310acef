package diag

import (
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"testing"
)

func TestWriteGitHub(t *testing.T) {
	pos := Pos{File: "plans/a/ke-hoach.yaml", Line: 3, Column: 5}
	tests := []struct {
		name string
		d    Diagnostic
		lang Lang
		want string
	}{
		{
			name: "error",
			d:    Diagnostic{Rule: "KH012", Severity: Error, Pos: pos, Message: Text{VI: "không có nhiệm vụ", EN: "no task"}},
			want: "::error file=plans/a/ke-hoach.yaml,line=3,col=5,title=KH012::không có nhiệm vụ\n",
		},
		{
			name: "english warning",
			d:    Diagnostic{Rule: "KH024", Severity: Warning, Pos: pos, Message: Text{VI: "thừa", EN: "stray"}},
			lang: EN,
			want: "::warning file=plans/a/ke-hoach.yaml,line=3,col=5,title=KH024::stray\n",
		},
		{
			name: "info is a notice",
			d:    Diagnostic{Rule: "KH100", Severity: Info, Pos: pos, Message: Text{VI: "sắp đến hạn"}},
			want: "::notice file=plans/a/ke-hoach.yaml,line=3,col=5,title=KH100::sắp đến hạn\n",
		},
		{
			name: "data escapes percent, CR and LF but not colon or comma",
			d:    Diagnostic{Rule: "KH033", Severity: Error, Pos: pos, Message: Text{VI: "lề 100%:\r\nhết, %0A là chữ"}},
			want: "::error file=plans/a/ke-hoach.yaml,line=3,col=5,title=KH033::lề 100%25:%0D%0Ahết, %250A là chữ\n",
		},
		{
			name: "properties also escape colon and comma",
			d:    Diagnostic{Rule: "KH0:1,x", Severity: Error, Pos: Pos{File: "C:/kế hoạch,1%/a.yaml", Line: 1, Column: 1}, Message: Text{VI: "m"}},
			want: "::error file=C%3A/kế hoạch%2C1%25/a.yaml,line=1,col=1,title=KH0%3A1%2Cx::m\n",
		},
		{
			name: "a message ending in :: cannot close the command early",
			d:    Diagnostic{Rule: "KH001", Severity: Error, Pos: pos, Message: Text{VI: "::error::giả\n::warning x::y"}},
			want: "::error file=plans/a/ke-hoach.yaml,line=3,col=5,title=KH001::::error::giả%0A::warning x::y\n",
		},
		{
			name: "unknown line and column are left out",
			d:    Diagnostic{Rule: "KH016", Severity: Error, Pos: Pos{File: "plans/kho.yaml"}, Message: Text{VI: "thiếu"}},
			want: "::error file=plans/kho.yaml,title=KH016::thiếu\n",
		},
		{
			name: "related positions become extra lines",
			d: Diagnostic{Rule: "KH005", Severity: Error, Pos: pos, Message: Text{VI: "trùng"}, Related: []Related{
				{Pos: Pos{File: "b.yaml", Line: 7, Column: 2}, Message: Text{VI: "lần đầu"}},
				{Pos: Pos{File: "c.yaml", Line: 1, Column: 1}, Path: "nhom[0]"},
			}},
			want: "::error file=plans/a/ke-hoach.yaml,line=3,col=5,title=KH005::trùng%0Ab.yaml:7:2: lần đầu%0Ac.yaml:1:1: nhom[0]\n",
		},
		{
			name: "suppressed findings are skipped",
			d:    Diagnostic{Rule: "KH012", Severity: Error, Pos: pos, Message: Text{VI: "x"}, Suppressed: true, SuppressReason: "đúng văn bản"},
			want: "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			if err := WriteGitHub(&b, []Diagnostic{tt.d}, tt.lang); err != nil {
				t.Fatal(err)
			}
			if got := b.String(); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestWriteGitHubOneLinePerCommand guards the property the escaping exists
// for: whatever the message, each finding is exactly one runner line.
func TestWriteGitHubOneLinePerCommand(t *testing.T) {
	ds := []Diagnostic{
		{Rule: "KH001", Severity: Error, Pos: Pos{File: "a.yaml", Line: 1, Column: 1}, Message: Text{VI: "a\nb\rc\r\n"}},
		{Rule: "KH002", Severity: Warning, Pos: Pos{File: "b\n.yaml", Line: 2, Column: 1}, Message: Text{VI: "d"}},
	}
	var b strings.Builder
	if err := WriteGitHub(&b, ds, VI); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(lines) != len(ds) {
		t.Fatalf("got %d lines, want %d:\n%s", len(lines), len(ds), b.String())
	}
	for _, l := range lines {
		if strings.ContainsRune(l, '\r') {
			t.Errorf("raw CR in %q", l)
		}
	}
}

// matcherFile is the shape of a GitHub problem-matcher file, as far as the
// test needs it.
type matcherFile struct {
	ProblemMatcher []struct {
		Owner    string `json:"owner"`
		Severity string `json:"severity"`
		Pattern  []struct {
			Regexp  string `json:"regexp"`
			File    int    `json:"file"`
			Line    int    `json:"line"`
			Column  int    `json:"column"`
			Message int    `json:"message"`
			Code    int    `json:"code"`
		} `json:"pattern"`
	} `json:"problemMatcher"`
}

// annotation is what the runner would make of one matched line.
type annotation struct {
	severity, file, line, col, message, code string
}

// applyMatcher runs every matcher over every line the way the Actions runner
// does (first matching matcher wins). The regexps use only syntax that RE2
// and .NET read alike, so Go's regexp stands in for the runner's.
func applyMatcher(t *testing.T, m matcherFile, out string) []annotation {
	t.Helper()
	var got []annotation
	for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		for _, pm := range m.ProblemMatcher {
			p := pm.Pattern[0]
			sub := regexp.MustCompile(p.Regexp).FindStringSubmatch(line)
			if sub == nil {
				continue
			}
			got = append(got, annotation{pm.Severity, sub[p.File], sub[p.Line], sub[p.Column], sub[p.Message], sub[p.Code]})
			break
		}
	}
	return got
}

func TestProblemMatcher(t *testing.T) {
	data, err := os.ReadFile("../../ci/kh-problem-matcher.json")
	if err != nil {
		t.Fatal(err)
	}
	var m matcherFile
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	pos := Pos{File: "plans/nghe-an/kh-2026-cds/ke-hoach.yaml", Line: 41, Column: 9}
	ds := []Diagnostic{
		New("KH012", pos, "noi_dung[0]", "nv-9", " (có phải \"nv-8\"?)").
			With(Pos{File: "plans/b.yaml", Line: 2, Column: 3}, "nhom[0]", Text{VI: "ở đây", EN: "here"}),
		New("KH024", Pos{File: "plans/a:b/pl01.yaml", Line: 7, Column: 1}, "x", Text{VI: "dấu cách thừa [x]: ở cuối", EN: "a trailing space [x]: at the end"}),
		New("KH016", Pos{File: "plans/kho.yaml"}, "phu_luc[0]", "pl09.yaml"),
		{Rule: "KH117", Severity: Info, Pos: pos, Message: Text{VI: "sắp đến hạn", EN: "due soon"}},
		func() Diagnostic {
			d := New("KH030", pos, "noi_nhan")
			d.Suppressed, d.SuppressReason = true, "giữ nguyên văn bản"
			return d
		}(),
	}
	for _, lang := range []Lang{VI, EN} {
		var b strings.Builder
		if err := WriteText(&b, ds, lang, true); err != nil {
			t.Fatal(err)
		}
		want := []annotation{
			{"error", pos.File, "41", "9", ds[0].Message.In(lang), "KH012"},
			{"warning", "plans/a:b/pl01.yaml", "7", "1", ds[1].Message.In(lang), "KH024"},
			{"error", "plans/kho.yaml", "", "", ds[2].Message.In(lang), "KH016"},
		}
		got := applyMatcher(t, m, b.String())
		if len(got) != len(want) {
			t.Fatalf("lang %d: matched %d lines, want %d:\n%s\n%+v", lang, len(got), len(want), b.String(), got)
		}
		for i := range want {
			if got[i] != want[i] {
				t.Errorf("lang %d line %d:\ngot  %+v\nwant %+v", lang, i, got[i], want[i])
			}
		}
	}
}
