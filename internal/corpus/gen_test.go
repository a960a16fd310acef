package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// generatedCases are inputs built by code: too large, too deep or too
// binary to keep as text in testdata/bad.
func generatedCases() []Case {
	return []Case{
		gen("gen/deep-nesting", "A list nested 20,000 deep in an appendix.", "exit: 1\ndiag: plans/tinh-mau/kh-mau/pl01-nhiem-vu.yaml:3:1 KH001",
			func(t *testing.T, wd string) {
				writeTo(t, wd, "plans/tinh-mau/kh-mau/pl01-nhiem-vu.yaml", "id: pl\nloai: nhiem_vu\nnhom: "+strings.Repeat("[", 20000)+strings.Repeat("]", 20000)+"\n")
			}),
		gen("gen/long-word-build", "A task whose text is one 1 MB word with no break point: kh build once ran past 60 s breaking it into lines. The text is over an Excel cell (KH029), so only --force builds.",
			"args: build --force plans\nexit: 0\nwrites: out\ndiag: plans/tinh-mau/kh-mau/pl01-nhiem-vu.yaml:14:19 KH029",
			func(t *testing.T, wd string) {
				path := "plans/tinh-mau/kh-mau/pl01-nhiem-vu.yaml"
				data, err := os.ReadFile(filepath.Join(wd, path))
				must(t, err)
				long := strings.Repeat("Chuyểnđổisố", 1<<20/len("Chuyểnđổisố"))
				writeTo(t, wd, path, strings.Replace(string(data), "Kiểm tra việc thực hiện nhiệm vụ chuyển đổi số", long, 1))
			}),
	}
}

// gen builds a generated case from its header, written as a case file's.
func gen(name, desc, header string, build func(t *testing.T, wd string)) Case {
	c := Case{Name: name, Gen: build}
	if err := c.parseHeader(desc + "\n" + header); err != nil {
		panic(name + ": " + err.Error())
	}
	return c
}

func writeTo(t *testing.T, wd, name, content string) {
	t.Helper()
	p := filepath.Join(wd, filepath.FromSlash(name))
	must(t, os.MkdirAll(filepath.Dir(p), 0o755))
	must(t, os.WriteFile(p, []byte(content), 0o644))
}
