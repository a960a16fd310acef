package benchdata_test

import (
	"crypto/sha256"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kh-tools/kh/internal/benchdata"
	"github.com/kh-tools/kh/internal/check"
	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/load"
)

func generate(t *testing.T, opt benchdata.Options) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "kho")
	if _, err := benchdata.Generate(dir, opt); err != nil {
		t.Fatal(err)
	}
	return dir
}

// digest maps every file of dir to the hash of its content.
func digest(t *testing.T, dir string) map[string][32]byte {
	t.Helper()
	out := map[string][32]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		out[rel] = sha256.Sum256(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestDeterministic(t *testing.T) {
	for _, tc := range []struct {
		name string
		a, b benchdata.Options
		same bool
	}{
		{"same options", benchdata.Options{Plans: 12}, benchdata.Options{Plans: 12}, true},
		{"default seed", benchdata.Options{Plans: 12}, benchdata.Options{Plans: 12, Seed: benchdata.DefaultSeed}, true},
		{"other seed", benchdata.Options{Plans: 12}, benchdata.Options{Plans: 12, Seed: 7}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, b := digest(t, generate(t, tc.a)), digest(t, generate(t, tc.b))
			if same := cmp.Equal(a, b); same != tc.same {
				t.Errorf("outputs equal: %v, want %v", same, tc.same)
			}
		})
	}
}

// TestDefects checks that kh check finds exactly the planted defects, one
// of each kind per DefectEvery plans, and nothing else: the rest of the
// data is clean Vietnamese (NFC) text with consistent dates. Information
// findings (KH147 lists the open-ended deadlines every plan has) are no
// defects.
func TestDefects(t *testing.T) {
	root := generate(t, benchdata.Options{Plans: 2 * benchdata.DefectEvery})
	res, err := load.Repo(root, load.Options{Base: root})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, d := range check.Run(res.Repo, res.Diags, check.Options{Calendar: res.Calendar, Base: root}) {
		if d.Severity != diag.Info {
			got[d.Rule]++
		}
	}
	want := map[string]int{"KH010": 2, "KH101": 2, "KH103": 2}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("findings by rule (-want +got):\n%s", diff)
	}
	if n := len(res.Repo.Plans); n != 2*benchdata.DefectEvery {
		t.Errorf("%d plans loaded", n)
	}
}

func TestSize(t *testing.T) {
	const plans = 10
	st, err := benchdata.Generate(filepath.Join(t.TempDir(), "kho"), benchdata.Options{Plans: plans})
	if err != nil {
		t.Fatal(err)
	}
	if per := st.Bytes / plans; per < 60_000 || per > 100_000 {
		t.Errorf("%d bytes per plan, want 60–100 KB like the real plans", per)
	}
	if want := 1 + 1 + 5 + 3*plans; st.Files != want {
		t.Errorf("%d files, want %d", st.Files, want)
	}
}

func TestRefusesNonEmptyFolder(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "old.yaml"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := benchdata.Generate(dir, benchdata.Options{Plans: 1}); err == nil {
		t.Error("generated into a folder that holds other files")
	}
}
