package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSite builds the site of plans/ through the command, in both
// languages, and builds it again over itself: the second run replaces the
// folder kh made, and refuses one a user put something else in.
func TestSite(t *testing.T) {
	out := filepath.Join(t.TempDir(), "site")
	for _, tc := range []struct {
		lang, says string
	}{
		{"vi", "Đã dựng trang web: " + filepath.ToSlash(out) + " (45 trang, 10 tệp tải về; tiến độ tính đến ngày 01/5/2026)"},
		{"en", "Site built: " + filepath.ToSlash(out)},
	} {
		code, stdout, stderr := run(t, "../..", "site", "--lang", tc.lang, "--out", out, "--as-of", "2026-05-01", "plans")
		if code != ExitClean {
			t.Fatalf("%s: exit %d: %s", tc.lang, code, stderr)
		}
		if !strings.Contains(stdout, tc.says) {
			t.Errorf("%s: stdout %q lacks %q", tc.lang, stdout, tc.says)
		}
		page, err := os.ReadFile(filepath.Join(out, "ke-hoach/na-kh-2026-cds/tien-do.html"))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(page), `lang="`+tc.lang+`"`) {
			t.Errorf("%s: the progress page is not in %s", tc.lang, tc.lang)
		}
	}
	if err := os.WriteFile(filepath.Join(out, "ghi-chu.txt"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := run(t, "../..", "site", "--out", out, "--as-of", "2026-05-01", "plans"); code != ExitUsage || !strings.Contains(stderr, "ghi-chu.txt") {
		t.Errorf("a site folder with a file kh did not make: exit %d, %s", code, stderr)
	}
}
