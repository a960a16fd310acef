package semdiff_test

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/semdiff"
)

var cutLine = regexp.MustCompile(`^_… (?:còn )?(\d+) (?:dòng không hiện|more rows left out)`)

// TestCommentLimit cuts the long diff of the real plan (every task of
// 2026 brought to Quý III) at several limits: the comment stays within
// the limit, is the full comment's beginning cut at a table row (an open
// <details> closed), and its closing line counts exactly the rows left
// out and names the command that shows them all.
func TestCommentLimit(t *testing.T) {
	dir := longDraft(t)
	r := semdiff.Compare(side(t, dir, "old/"+realPlan), side(t, dir, "new/"+realPlan))
	for _, lang := range []diag.Lang{diag.VI, diag.EN} {
		var full bytes.Buffer
		if err := semdiff.WriteMarkdown(&full, r, lang); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(full.String(), "\n---\n") {
			t.Fatalf("%d: the real diff (%d characters) is cut at %d", lang, utf8.RuneCount(full.Bytes()), semdiff.CommentLimit)
		}
		fullRows := tableRows(full.String())
		for _, tt := range []struct {
			limit int
			cut   bool
		}{
			{1200, true}, {4000, true}, {9000, true}, {utf8.RuneCount(full.Bytes()), false}, {semdiff.CommentLimit, false},
		} {
			t.Run(strconv.Itoa(int(lang))+"/"+strconv.Itoa(tt.limit), func(t *testing.T) {
				var b bytes.Buffer
				if err := semdiff.WriteMarkdownLimit(&b, r, lang, tt.limit); err != nil {
					t.Fatal(err)
				}
				got := b.String()
				if n := utf8.RuneCountInString(got); n > tt.limit {
					t.Errorf("%d characters, over the limit %d", n, tt.limit)
				}
				if !tt.cut {
					if got != full.String() {
						t.Error("cut although it fits")
					}
					return
				}
				body, note, ok := strings.Cut(got, "\n---\n\n")
				if !ok {
					t.Fatalf("not cut at %d:\n%s", tt.limit, got)
				}
				m := cutLine.FindStringSubmatch(note)
				if m == nil || !strings.Contains(note, "`kh diff old/"+realPlan+" new/"+realPlan+"`") {
					t.Fatalf("closing line %q", note)
				}
				rows := tableRows(body)
				if left, _ := strconv.Atoi(m[1]); left != fullRows-rows || rows == 0 {
					t.Errorf("closing line says %d rows left out; %d of %d shown", left, rows, fullRows)
				}
				if open, closed := strings.Count(body, "<details>"), strings.Count(body, "</details>"); open != closed {
					t.Errorf("%d <details> opened, %d closed", open, closed)
				}
				trimmed := strings.TrimSuffix(body, "\n</details>\n")
				if !strings.HasPrefix(full.String(), trimmed) || !strings.HasSuffix(trimmed, "|\n") {
					t.Errorf("not the full comment's beginning cut after a row:\n%s", body)
				}
			})
		}
	}
}

// tableRows counts the data rows of a Markdown comment's tables.
func tableRows(s string) int {
	n := 0
	for _, l := range strings.Split(s, "\n") {
		switch {
		case strings.HasPrefix(l, "|---"):
			n-- // the head row above it is no data row
		case strings.HasPrefix(l, "| "):
			n++
		}
	}
	return n
}
