package fidelity

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kh-tools/kh/internal/build"
	"github.com/kh-tools/kh/internal/golden"
	"github.com/kh-tools/kh/internal/load"
)

const (
	refDir    = "../../testdata/fidelity"
	plansDir  = "../../plans"
	templates = "../../templates"
)

// worseEnv, set to 1 beside KH_UPDATE_GOLDEN=1, rewrites a ratchet even
// though the document got worse: for a corrected reference text.
const worseEnv = "KH_FIDELITY_WORSE"

// allow lists the differences between a signed document and kh's PDF that
// are accepted, each with its reason. Everything else is a defect of the
// PDF (or of the model) that the ratchet tracks until it is fixed.
var allow = map[string][]Allowance{}

// TestFidelity builds the PDF of every plan that has a reference text,
// compares it with the signed text word by word and holds the result to
// the committed ratchet (testdata/fidelity/<plan>.diff): it fails when a
// document's match rate drops or a new difference appears, and asks for
// the ratchet to be raised when the PDF has come closer to the signed text.
func TestFidelity(t *testing.T) {
	refs, err := filepath.Glob(filepath.Join(refDir, "*.txt"))
	if err != nil || len(refs) == 0 {
		t.Fatalf("no reference texts in %s (%v)", refDir, err)
	}
	res, err := load.Repo(plansDir, load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range refs {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(name, func(t *testing.T) {
			ref := readReference(t, path)
			p := res.Repo.Plan(ref.Meta["plan"])
			if p == nil {
				t.Fatalf("%s: plan %q not in %s", path, ref.Meta["plan"], plansDir)
			}
			data, err := build.PDF(res.Repo, p, templates)
			if err != nil {
				t.Fatal(err)
			}
			got, err := FromPDF(data)
			if err != nil {
				t.Fatal(err)
			}
			r := Compare(ref, got, allow[name])
			t.Logf("%s: %.2f %% (%d of %d signed words given back, %d missing or changed, %d added; %d differences)",
				name, r.Rate(), r.Matched, r.Words, r.Missing, r.Extra, open(r))
			ratchet(t, filepath.Join(refDir, name+".diff"), r, Report(name, r))
		})
	}
}

func open(r *Result) int {
	n := 0
	for _, h := range r.Hunks {
		if h.Allowed == "" {
			n++
		}
	}
	return n
}

func readReference(t *testing.T, path string) *Reference {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ref, err := ParseReference(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return ref
}

func ratchet(t *testing.T, path string, r *Result, report string) {
	t.Helper()
	var failures []string
	raise := true
	if data, err := os.ReadFile(path); err == nil {
		rt, err := ParseRatchet(string(data))
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		failures, raise = rt.Check(r)
	} else if !golden.Updating() {
		t.Fatalf("%v (run %s=1 go test ./internal/fidelity)", err, golden.Env)
	}
	if golden.Updating() && (len(failures) == 0 || os.Getenv(worseEnv) == "1") {
		if err := os.WriteFile(path, []byte(report), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	for _, f := range failures {
		t.Errorf("%s", f)
	}
	if len(failures) > 0 && golden.Updating() {
		t.Errorf("%s not rewritten: the document got worse (after correcting its reference text, add %s=1)", filepath.Base(path), worseEnv)
	}
	if len(failures) == 0 && raise {
		t.Errorf("the PDF is closer to the signed text than %s records: raise the ratchet with %s=1 go test ./internal/fidelity (and commit it)", filepath.Base(path), golden.Env)
	}
}
