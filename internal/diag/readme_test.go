package diag

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/kh-tools/kh/internal/golden"
)

// TestReadmeRules keeps the README's rule table equal to the catalogue, so
// the list users read is the list kh enforces.
func TestReadmeRules(t *testing.T) {
	const path = "../../README.md"
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	const begin, end = "<!-- rules:begin -->\n", "<!-- rules:end -->"
	s := string(data)
	i, j := strings.Index(s, begin), strings.Index(s, end)
	if i < 0 || j < i {
		t.Fatal("README lacks the rules markers")
	}
	want := ruleTable()
	if got := s[i+len(begin) : j]; got != want {
		if !golden.Updating() {
			t.Fatalf("README rule table is stale; run make golden")
		}
		s = s[:i+len(begin)] + want + s[j:]
		if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func ruleTable() string {
	var b strings.Builder
	b.WriteString("| Code | Name | Severity | Tóm tắt | Summary |\n|---|---|---|---|---|\n")
	for _, r := range Rules() {
		fmt.Fprintf(&b, "| <a id=\"%s\"></a>%s | %s | %s | %s | %s |\n", strings.ToLower(r.Code), r.Code, r.Name, r.Severity, r.Summary.VI, r.Summary.EN)
	}
	return b.String()
}
