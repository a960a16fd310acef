package outpath

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kh-tools/kh/internal/msg"
)

func TestCheck(t *testing.T) {
	tests := []struct {
		name string
		ok   bool
	}{
		{"na-kh-2026-cds.pdf", true},
		{"2026-Q1", true},
		{"so_khcn.xlsx", true},
		{"a.b.c", true},
		{"", false},
		{".", false},
		{"..", false},
		{".pdf", false},
		{"..pdf", false},
		{"/", false},
		{"/.pdf", false},
		{"../../x.pdf", false},
		{"../../../../pwn.xlsx", false},
		{`a\b.pdf`, false},
		{"a/b", false},
		{"-rf", false},
		{"--output=x", false},
		{"trailing.", false},
		{"a..b", false},
		{"a b", false},
		{"sở", false},
		{"a\x00b", false},
		{"CON", false},
		{"nul.xlsx", false},
		{"com1.pdf", false},
		{"lpt9", false},
		{"console.pdf", true},
		{"com10", true},
		{strings.Repeat("a", MaxName), true},
		{strings.Repeat("a", MaxName+1), false},
	}
	for _, tt := range tests {
		err := Check(tt.name)
		if (err == nil) != tt.ok {
			t.Errorf("Check(%q) = %v, want ok=%v", tt.name, err, tt.ok)
		}
		var e *msg.Error
		if err != nil && (!errors.As(err, &e) || msg.In(err, msg.EN) == msg.In(err, msg.VI)) {
			t.Errorf("Check(%q): want a bilingual *Error, got %v", tt.name, err)
		}
	}
}

func TestJoin(t *testing.T) {
	dir := t.TempDir()
	got, err := Join(dir, "forms", "na-kh", "2026-Q1", "so-khcn.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(dir, "forms", "na-kh", "2026-Q1", "so-khcn.xlsx"); got != want {
		t.Fatalf("Join = %q, want %q", got, want)
	}
	for _, names := range [][]string{{"../x.pdf"}, {"forms", ".."}, {"forms", "", "a"}, {"/etc/passwd"}} {
		if p, err := Join(dir, names...); err == nil {
			t.Errorf("Join(%q) = %q, want refusal", names, p)
		}
	}
}

func TestJoinRefusesSymlinkBelowDir(t *testing.T) {
	dir := t.TempDir()
	outside := t.TempDir()
	if err := os.Symlink(outside, filepath.Join(dir, "forms")); err != nil {
		t.Skip(err)
	}
	if p, err := Join(dir, "forms", "a.xlsx"); err == nil {
		t.Fatalf("Join through a link = %q, want refusal", p)
	}
}

func TestInside(t *testing.T) {
	tests := []struct {
		dir, path string
		want      bool
	}{
		{"/w/out", "/w/out", true},
		{"/w/out", "/w/out/a/b.pdf", true},
		{"/w/out", "/w/outside.pdf", false},
		{"/w/out", "/w/x.pdf", false},
		{"/w/out", "/w/out/../x", false},
		{"/w/out", "/w/out/..x", true},
	}
	for _, tt := range tests {
		if got := Inside(tt.dir, tt.path); got != tt.want {
			t.Errorf("Inside(%q, %q) = %v", tt.dir, tt.path, got)
		}
	}
}
