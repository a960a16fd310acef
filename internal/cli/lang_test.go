package cli

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/spf13/cobra"

	"github.com/kh-tools/kh/internal/diag"
)

// errorPaths are the ways each command fails before or while doing its
// work. Data in the fixtures is ASCII where a message quotes it, so any
// Vietnamese letter in an English message is untranslated text.
var errorPaths = []struct {
	name string
	args []string
	code int
}{
	{"no command", []string{"frob"}, ExitUsage},
	{"near command", []string{"chek"}, ExitUsage},
	{"help of no command", []string{"help", "frob"}, ExitUsage},
	{"root flag", []string{"--nope"}, ExitUsage},
	{"check flag", []string{"check", "--formt", "x"}, ExitUsage},
	{"check flag value missing", []string{"check", "--format"}, ExitUsage},
	{"check format", []string{"check", "--format", "xml"}, ExitUsage},
	{"check output", []string{"check", "--output", "xml=a"}, ExitUsage},
	{"check as-of", []string{"check", "--as-of", "15/3/2026"}, ExitUsage},
	{"check missing path", []string{"check", "plans/khong-co"}, ExitUsage},
	{"check missing path, no cache", []string{"check", "--no-cache", "plans/khong-co"}, ExitUsage},
	{"check outside git", []string{"check", "--changed", "main", "plans"}, ExitFailure},
	{"show args", []string{"show"}, ExitUsage},
	{"show format", []string{"show", "--format", "xml", "plans"}, ExitUsage},
	{"show unknown plan", []string{"show", "khong-co"}, ExitUsage},
	{"build missing path", []string{"build", "plans/khong-co"}, ExitUsage},
	{"build unwritable", []string{"build", "--out", "plans/kho.yaml", "plans"}, ExitFailure},
	{"fmt missing path", []string{"fmt", "khong-co"}, ExitUsage},
	{"fmt stdin and path", []string{"fmt", "-", "plans"}, ExitUsage},
	{"diff args", []string{"diff", "a", "b", "c"}, ExitUsage},
	{"diff one path", []string{"diff", "plans"}, ExitUsage},
	{"diff missing path", []string{"diff", "plans", "khong-co"}, ExitUsage},
	{"diff format", []string{"diff", "--format", "xml", "plans", "plans"}, ExitUsage},
	{"diff range outside git", []string{"diff", "HEAD~1..HEAD"}, ExitFailure},
	{"forms period missing", []string{"forms", "plans/tinh-mau/kh-mau"}, ExitUsage},
	{"forms period wrong", []string{"forms", "plans/tinh-mau/kh-mau", "--period", "2026-Q5"}, ExitUsage},
	{"import args", []string{"import"}, ExitUsage},
	{"import not a form", []string{"import", "plans/kho.yaml"}, ExitFindings},
	{"import missing file", []string{"import", "khong-co.xlsx"}, ExitUsage},
	{"status args", []string{"status"}, ExitUsage},
	{"status as-of", []string{"status", "plans/tinh-mau/kh-mau", "--as-of", "x"}, ExitUsage},
	{"status format", []string{"status", "plans/tinh-mau/kh-mau", "--format", "x"}, ExitUsage},
	{"theo-doi unknown", []string{"theo-doi", "x"}, ExitUsage},
	{"chua-bao-cao period missing", []string{"theo-doi", "chua-bao-cao", "plans/tinh-mau/kh-mau"}, ExitUsage},
	{"chua-bao-cao period wrong", []string{"theo-doi", "chua-bao-cao", "plans/tinh-mau/kh-mau", "--period", "2026-Q5"}, ExitUsage},
	{"chua-bao-cao due", []string{"theo-doi", "chua-bao-cao", "plans/tinh-mau/kh-mau", "--period", "2026-Q1", "--han", "x"}, ExitUsage},
	{"chua-bao-cao format", []string{"theo-doi", "chua-bao-cao", "plans/tinh-mau/kh-mau", "--period", "2026-Q1", "--format", "x"}, ExitUsage},
	{"don-doc soon", []string{"theo-doi", "don-doc", "plans/tinh-mau/kh-mau", "--sap-han", "-1"}, ExitUsage},
	{"don-doc agency", []string{"theo-doi", "don-doc", "plans/tinh-mau/kh-mau", "--co-quan", "khong-co"}, ExitUsage},
	{"don-doc compiler", []string{"theo-doi", "don-doc", "plans/tinh-mau/kh-mau", "--tong-hop", "khong-co"}, ExitUsage},
	{"bao-cao period missing", []string{"theo-doi", "bao-cao", "plans/tinh-mau/kh-mau"}, ExitUsage},
	{"bao-cao due", []string{"theo-doi", "bao-cao", "plans/tinh-mau/kh-mau", "--period", "2026-Q1", "--han", "x"}, ExitUsage},
	{"schema kind", []string{"schema", "--kind", "x"}, ExitUsage},
	{"schema args", []string{"schema", "x"}, ExitUsage},
	{"new kind", []string{"new", "x", "plans/tinh-mau/kh-moi"}, ExitUsage},
	{"new id", []string{"new", "so-ket", "plans/tinh-mau/KH"}, ExitUsage},
	{"new outside province", []string{"new", "so-ket", "plans/kh-moi"}, ExitUsage},
	{"new outside repository", []string{"new", "so-ket", "khac/kh-moi"}, ExitUsage},
	{"new unknown lead", []string{"new", "so-ket", "plans/tinh-mau/kh-moi", "--chu-tri", "so-x"}, ExitUsage},
	{"new year", []string{"new", "so-ket", "plans/tinh-mau/kh-moi", "--nam", "x"}, ExitUsage},
	{"new --tu with a kind", []string{"new", "so-ket", "plans/tinh-mau/kh-moi", "--tu", "kh-mau"}, ExitUsage},
	{"new --tu no plan", []string{"new", "plans/tinh-mau/kh-moi", "--tu", "khong-co"}, ExitUsage},
	{"new --tu and --nam", []string{"new", "plans/tinh-mau/kh-moi", "--tu", "kh-mau", "--nam", "2027"}, ExitUsage},
	{"new --tu bad id", []string{"new", "plans/tinh-mau/kh-moi", "--tu", "kh-mau", "--id", "KH"}, ExitUsage},
	{"new --tu into a plan", []string{"new", "plans/tinh-mau/kh-mau", "--tu", "kh-mau", "--id", "kh-moi"}, ExitUsage},
	{"import-doc args", []string{"import-doc", "x"}, ExitUsage},
	{"import-doc missing file", []string{"import-doc", "khong-co.docx", "plans/tinh-mau/kh-moi"}, ExitUsage},
	{"import-doc not a document", []string{"import-doc", "plans/kho.yaml", "plans/tinh-mau/kh-moi"}, ExitFindings},
	{"import-doc bad id", []string{"import-doc", "plans/kho.yaml", "plans/tinh-mau/kh-moi", "--id", "KH"}, ExitUsage},
	{"version args", []string{"version", "x"}, ExitUsage},
	{"completion shell", []string{"completion", "tcsh"}, ExitUsage},
	{"init without province", []string{"init", "kho-moi"}, ExitUsage},
	{"init bad ci", []string{"init", "kho-moi", "--tinh", "Hue", "--ci", "jenkins"}, ExitUsage},
	{"init over a repository", []string{"init", "plans", "--tinh", "Hue", "--no-git"}, ExitUsage},
	{"site as-of", []string{"site", "--as-of", "1/5/2026", "plans"}, ExitUsage},
	{"site missing path", []string{"site", "plans/khong-co"}, ExitUsage},
	{"site into a plan", []string{"site", "--out", "plans/tinh-mau/kh-mau/web", "plans"}, ExitUsage},
	{"site over the repository", []string{"site", "--out", ".", "plans"}, ExitUsage},
	{"site over a folder kh did not make", []string{"site", "--out", "plans/tinh-mau", "plans"}, ExitUsage},
}

// TestErrorLanguage runs every error path in both languages: the exit code
// is the same, something is said, and it is said in the chosen language
// only.
func TestErrorLanguage(t *testing.T) {
	wd := formRepo(t)
	for _, tt := range errorPaths {
		t.Run(tt.name, func(t *testing.T) {
			for _, lang := range []string{"vi", "en"} {
				code, out, errs := runForm(t, wd, append([]string{"--lang", lang}, tt.args...)...)
				said := strings.TrimSpace(out + errs)
				if code != tt.code || said == "" {
					t.Fatalf("--lang %s: exit %d (want %d)\n%s", lang, code, tt.code, said)
				}
				if lang == "en" {
					if w := vietnamese(said); w != "" {
						t.Errorf("--lang en says %q in Vietnamese:\n%s", w, said)
					}
				} else if w := english(said); w != "" {
					t.Errorf("--lang vi says %q in English:\n%s", w, said)
				}
			}
		})
	}
}

// TestHelpLanguage: the help of every command, cobra's words included, is
// in the chosen language.
func TestHelpLanguage(t *testing.T) {
	var names [][]string
	var walk func(c *cobra.Command, path []string)
	walk = func(c *cobra.Command, path []string) {
		names = append(names, path)
		for _, sub := range c.Commands() {
			if sub.IsAvailableCommand() || sub.Name() == "help" {
				walk(sub, append(append([]string(nil), path...), sub.Name()))
			}
		}
	}
	walk(NewRoot(System(), diag.VI), nil)
	for _, path := range names {
		for _, lang := range []string{"vi", "en"} {
			code, out, errs := run(t, ".", append(append([]string{"--lang", lang}, path...), "--help")...)
			if code != ExitClean || errs != "" {
				t.Fatalf("kh %v --help: exit %d %s", path, code, errs)
			}
			if lang == "en" {
				if w := vietnamese(out); w != "" {
					t.Errorf("kh %v --help --lang en says %q:\n%s", path, w, out)
				}
			} else if w := english(out); w != "" {
				t.Errorf("kh %v --help says %q in English:\n%s", path, w, out)
			}
		}
	}
}

// TestNoRepository: outside any repository every command that needs one
// says how to make one, in Vietnamese by default.
func TestNoRepository(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.xlsx"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"check"}, {"build"}, {"fmt"}, {"show", "na-kh-2026-cds"}, {"status", "x"}, {"forms", "x", "--period", "2026"}, {"import", "a.xlsx"}} {
		code, _, errs := run(t, dir, args...)
		if code != ExitUsage || !strings.Contains(errs, "không tìm thấy kho kế hoạch (kho.yaml) ở thư mục này hay các thư mục cha; tạo bằng kh init") {
			t.Errorf("kh %s: exit %d\n%s", strings.Join(args, " "), code, errs)
		}
	}
}

// TestFromSubfolder: inside a repository the default is the whole
// repository, wherever the command is run.
func TestFromSubfolder(t *testing.T) {
	wd := formRepo(t)
	sub := filepath.Join(wd, "plans", "tinh-mau", "kh-mau")
	code, out, errs := runForm(t, sub, "check")
	if code != ExitClean {
		t.Fatalf("check from a plan folder: exit %d\n%s%s", code, out, errs)
	}
	code, out, errs = runForm(t, sub, "show", "kh-mau-2026")
	if code != ExitClean || !strings.Contains(out, "KH-UBND") {
		t.Fatalf("show by id from a plan folder: exit %d\n%s%s", code, out, errs)
	}
	if _, err := os.Stat(filepath.Join(sub, "out")); err == nil {
		t.Error("show wrote out/")
	}
}

// vietnamese returns the first word holding a letter only Vietnamese uses
// among the languages kh speaks.
func vietnamese(s string) string {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		for _, r := range w {
			if r > unicode.MaxASCII && unicode.IsLetter(r) {
				return w
			}
		}
	}
	return ""
}

var (
	// Not words: flags, paths, quoted values, placeholders.
	notWords = regexp.MustCompile(`--?[a-z][a-z-]*|"[^"]*"|\S*[/.=]\S*|\b[A-Z][A-Z0-9-]+\b`)
	// Not placeholders: flags and environment variables (KH_CACHE_DIR).
	notPlaceholders = regexp.MustCompile(`--?[a-z][a-z-]*|\b[A-Z0-9]+(_[A-Z0-9]+)+\b`)
	// Common English words that are not Vietnamese words written without
	// marks ("in" and "an" are), nor kh's command names ("new", "help").
	englishWords = map[string]bool{}
	// English words standing for what the user writes, in usage lines,
	// flag values and texts ("--out DIR", "FORMAT=FILE", "REV1..REV2").
	englishPlaceholders = map[string]bool{}
)

func init() {
	for _, w := range strings.Fields(`the is are not no cannot unknown file files folder found such or and of for
		to with use must invalid missing accepts arg args argument arguments flag flags command commands
		usage error failed did you mean see exist exists does has have only value needs received
		permission denied directory takes got give write read outside inside nothing written plans plan
		path format shell cache checkout pull request unified draft stderr stdout default print`) {
		englishWords[w] = true
	}
	for _, w := range strings.Fields(`PLAN PATH DIR FILE FORM FORMAT REV REV1 REV2 KIND NAME DATE OLD NEW ID
		FOLDER VALUE LANGUAGE PERIOD YEAR TITLE`) {
		englishPlaceholders[w] = true
	}
}

func english(s string) string {
	s = notPlaceholders.ReplaceAllString(s, " ")
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if englishPlaceholders[w] {
			return w
		}
	}
	s = notWords.ReplaceAllString(s, " ")
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
		if englishWords[strings.ToLower(w)] {
			return w
		}
	}
	return ""
}
