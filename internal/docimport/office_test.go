package docimport

import (
	"context"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"
)

// soffice converts in with LibreOffice to the format to (a filter name as
// --convert-to takes it) and returns the output file's path; the test is
// skipped where LibreOffice is not installed, and fails there when
// KH_LIBREOFFICE=1 (.ci/run installs LibreOffice and sets it, so CI cannot
// pass by skipping).
func soffice(t *testing.T, in, to, infilter string) string {
	t.Helper()
	bin, err := exec.LookPath("soffice")
	if err != nil {
		if os.Getenv("KH_LIBREOFFICE") == "1" {
			t.Fatal("soffice not found, but KH_LIBREOFFICE=1: install libreoffice-writer-nogui and libreoffice-calc-nogui")
		}
		t.Skip("LibreOffice (soffice) not installed (set KH_LIBREOFFICE=1 to require it)")
	}
	out := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	args := []string{"--headless", "--norestore"}
	if infilter != "" {
		args = append(args, "--infilter="+infilter)
	}
	// soffice takes no "--"; in is an absolute path, never an option.
	args = append(args, "--convert-to", to, "--outdir", out, in)
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Env = append(os.Environ(), "HOME="+t.TempDir())
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, b)
	}
	ext := to
	if i := strings.Index(ext, ":"); i >= 0 {
		ext = ext[:i]
	}
	name := strings.TrimSuffix(filepath.Base(in), filepath.Ext(in)) + "." + ext
	return filepath.Join(out, name)
}

// textToHTML writes a document's text as the paragraphs and tables of a
// Word file would hold them: a block of wrapped lines is one paragraph, a
// list of dash items, a signature or a Nơi nhận block one paragraph a line,
// tab-separated lines the rows of a table, **…** bold.
func textToHTML(text string) string {
	var b strings.Builder
	b.WriteString("<html><head><meta charset=\"utf-8\"></head><body>\n")
	inTable := false
	para := func(s string) {
		bold := strings.Contains(s, "**")
		s = html.EscapeString(strings.ReplaceAll(s, "**", ""))
		if bold {
			s = "<b>" + s + "</b>"
		}
		b.WriteString("<p>" + s + "</p>\n")
	}
	var pending []string // the paragraph being built, written when the next one starts
	flush := func() {
		if len(pending) > 0 {
			para(strings.Join(pending, " "))
			pending = nil
		}
	}
	for _, block := range strings.Split(text, "\n\n") {
		lines := strings.Split(strings.Trim(block, "\n"), "\n")
		if len(lines) == 0 || strings.TrimSpace(block) == "" {
			continue
		}
		// A block starting in lower case is the rest of a paragraph the
		// text cut at a page break.
		if l, _ := splitLabel(lines[0]); l == "" && unicode.IsLower([]rune(lines[0])[0]) && len(pending) > 0 {
			pending = append(pending, lines...)
			continue
		}
		flush()
		if strings.Contains(lines[0], "\t") {
			flush()
			if !inTable {
				b.WriteString("<table border=\"1\">\n")
				inTable = true
			}
			for _, l := range lines {
				b.WriteString("<tr>")
				for _, c := range strings.Split(l, "\t") {
					b.WriteString("<td>" + html.EscapeString(c) + "</td>")
				}
				b.WriteString("</tr>\n")
			}
			continue
		}
		if inTable {
			b.WriteString("</table>\n")
			inTable = false
		}
		if lineByLine(lines) {
			for _, l := range lines {
				para(l)
			}
			continue
		}
		// A title in capitals and the sub-title under it are two paragraphs.
		for _, l := range lines {
			if len(pending) > 0 && isCaps(appendixPrefix.ReplaceAllString(strings.ReplaceAll(pending[len(pending)-1], "**", ""), "")) && !isCaps(l) {
				flush()
			}
			pending = append(pending, l)
		}
	}
	flush()
	if inTable {
		b.WriteString("</table>\n")
	}
	b.WriteString("</body></html>\n")
	return b.String()
}

func lineByLine(lines []string) bool {
	if len(lines) < 2 {
		return false
	}
	for _, l := range lines {
		if !strings.HasPrefix(l, "- ") && !strings.HasPrefix(l, "+ ") && len([]rune(l)) > 45 && !strings.HasPrefix(l, "Nơi nhận") {
			return false
		}
	}
	return true
}

// Test171FromDocx turns the seed text of 171/KH-UBND into a Word file with
// LibreOffice (its tables as Word tables), imports it and measures it as
// the text import is measured.
func Test171FromDocx(t *testing.T) {
	data, err := os.ReadFile(seed171)
	if err != nil {
		t.Fatal(err)
	}
	in := filepath.Join(t.TempDir(), "171.html")
	if err := os.WriteFile(in, []byte(textToHTML(string(data))), 0o644); err != nil {
		t.Fatal(err)
	}
	docx := soffice(t, in, "docx:MS Word 2007 XML", "HTML (StarWriter)")
	src, err := ReadFile(docx)
	if err != nil {
		t.Fatal(err)
	}
	repo := loadPlans(t)
	r, err := Build(Detect(src), repo, Options{Dir: plansDir + "/nghe-an/kh-nhap"})
	if err != nil {
		t.Fatal(err)
	}
	report171(t, "Word", repo, r)
}
