package msg_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/msg"
)

// TestCatalogue is the guarantee of the catalogue: every message, the rule
// templates and summaries of diag included, exists in both languages and
// both templates take the same arguments.
func TestCatalogue(t *testing.T) {
	if len(diag.Rules()) == 0 {
		t.Fatal("no rules")
	}
	ids := map[string]bool{}
	for _, m := range msg.All() {
		if m.ID == "" || ids[m.ID] {
			t.Errorf("message id %q empty or repeated", m.ID)
		}
		ids[m.ID] = true
		if err := msg.CheckPair(m.VI, m.EN); err != nil {
			t.Errorf("%s: %v", m.ID, err)
		}
	}
	for _, r := range diag.Rules() {
		if !ids[r.Code] || !ids[r.Code+".summary"] {
			t.Errorf("rule %s is not in the catalogue", r.Code)
		}
	}
}

// TestNoInlineTexts keeps the catalogue the one place for words: outside
// internal/msg and diag's rule tables, no code builds a two-language text
// from string literals ({VI: "…", EN: "…"}, or fields named like Msg and
// MsgEN). Texts built from data ({VI: id, EN: id}) are fine.
func TestNoInlineTexts(t *testing.T) {
	root := filepath.Join("..", "..")
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			if strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata" || d.Name() == "out" || rel == "internal/msg" {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(rel, ".go") || strings.HasSuffix(rel, "_test.go") ||
			strings.HasPrefix(rel, "internal/diag/rules") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if lit, ok := n.(*ast.CompositeLit); ok && inlinePair(lit) {
				t.Errorf("%s: a two-language text written inline; declare it in internal/msg", fset.Position(lit.Pos()))
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// inlinePair reports a composite literal with an English field (EN, or a
// name ending in EN) next to its Vietnamese one, where either holds words
// in a string literal.
func inlinePair(lit *ast.CompositeLit) bool {
	fields := map[string]ast.Expr{}
	for _, e := range lit.Elts {
		if kv, ok := e.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok {
				fields[id.Name] = kv.Value
			}
		}
	}
	for name, en := range fields {
		if !strings.HasSuffix(name, "EN") {
			continue
		}
		vi := fields[strings.TrimSuffix(name, "EN")]
		if name == "EN" {
			vi = fields["VI"]
		}
		if vi != nil && (wordy(vi) || wordy(en)) {
			return true
		}
	}
	return false
}

// wordy reports a string literal holding a letter anywhere in e.
func wordy(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if b, ok := n.(*ast.BasicLit); ok && b.Kind == token.STRING && strings.IndexFunc(b.Value, unicode.IsLetter) >= 0 {
			found = true
		}
		return !found
	})
	return found
}

func TestInlinePair(t *testing.T) {
	tests := []struct {
		src  string
		want bool
	}{
		{`diag.Text{VI: "tệp rỗng", EN: "the file is empty"}`, true},
		{`diag.Text{VI: fmt.Sprintf("số %d", n), EN: fmt.Sprintf("no. %d", n)}`, true},
		{`ParseError{Col: 1, Msg: "rỗng", MsgEN: "empty"}`, true},
		{`diag.Text{VI: id, EN: id}`, false},
		{`diag.Text{VI: s, EN: strings.ReplaceAll(s, ",", ";")}`, false},
		{`msg.Text{VI: strings.Join(vi, " "), EN: strings.Join(en, " ")}`, false},
	}
	for _, tt := range tests {
		e, err := parser.ParseExpr(tt.src)
		if err != nil {
			t.Fatal(err)
		}
		if got := inlinePair(e.(*ast.CompositeLit)); got != tt.want {
			t.Errorf("%s: %v, want %v", tt.src, got, tt.want)
		}
	}
}
