package planyaml

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/kh-tools/kh/internal/format"
	"github.com/kh-tools/kh/internal/load"
	"github.com/kh-tools/kh/internal/plan"
)

const plansDir = "../../plans"

// TestRoundTrip writes every plan of plans/ and its appendices with Encode
// and reads them back: the model is the same, so nothing the model holds
// is lost, and the files are kh-fmt clean.
func TestRoundTrip(t *testing.T) {
	orig, err := load.Repo(plansDir, load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(orig.Repo.Plans) == 0 {
		t.Fatal("no plans")
	}
	root := t.TempDir()
	copyDir(t, plansDir, root)
	for _, p := range orig.Repo.Plans {
		rel, err := filepath.Rel(plansDir, p.Dir)
		if err != nil {
			t.Fatal(err)
		}
		dir := filepath.Join(root, rel)
		write := func(name string, v any, schema string) {
			data, err := Encode(v, schema, nil)
			if err != nil {
				t.Fatalf("%s/%s: %v", p.ID, name, err)
			}
			if out, err := format.Format(data, format.Options{}); err != nil || string(out) != string(data) {
				t.Errorf("%s/%s: not kh-fmt clean (%v)", p.ID, name, err)
			}
			if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		write("ke-hoach.yaml", p, "schema/ke-hoach.json")
		for i, a := range p.Appendices {
			write(p.AppendixFiles[i], a, "schema/phu-luc.json")
		}
	}
	again, err := load.Repo(root, load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	opts := cmp.Options{
		cmpopts.IgnoreTypes(plan.Loc{}),
		cmpopts.IgnoreUnexported(plan.Plan{}),
		cmpopts.IgnoreFields(plan.Plan{}, "Dir", "Records", "Answers"),
		cmpopts.IgnoreFields(plan.Appendix{}, "Plan"),
		cmpopts.EquateEmpty(),
	}
	for _, p := range orig.Repo.Plans {
		q := again.Repo.Plan(p.ID)
		if q == nil {
			t.Errorf("%s not read back", p.ID)
			continue
		}
		if diff := cmp.Diff(p, q, opts); diff != "" {
			t.Errorf("%s changed on the round trip (-plans/ +written):\n%s", p.ID, diff)
		}
	}
}

func copyDir(t *testing.T, from, to string) {
	t.Helper()
	err := filepath.WalkDir(from, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, path)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(to, rel), 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(to, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}
