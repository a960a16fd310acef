package docimport

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/golden"
)

const rulesDir = "../../testdata/import/rules"

// TestImportRules runs every case of testdata/import/rules: a document whose
// import must give exactly the findings of its .want (Vietnamese) and
// .want.en (English) files; ok.txt gives none. Together with
// testdata/rules they give every rule of the catalogue a failing case.
func TestImportRules(t *testing.T) {
	cases, _ := filepath.Glob(filepath.Join(rulesDir, "*.txt"))
	if len(cases) == 0 {
		t.Fatal("no import rule cases")
	}
	repo := loadPlans(t)
	for _, c := range cases {
		name := strings.TrimSuffix(filepath.Base(c), ".txt")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(c)
			if err != nil {
				t.Fatal(err)
			}
			r, _ := Build(Detect(FromText(name+".txt", data)), repo, Options{Dir: plansDir + "/nghe-an/kh-nhap"})
			for _, f := range r.Findings {
				if name != "ok" && f.Rule != name && !(name == "KH055" && f.Rule == "KH055") {
					t.Errorf("%s gives %s: %s", name, f.Rule, f.Message.EN)
				}
			}
			for _, lang := range []diag.Lang{diag.VI, diag.EN} {
				var b bytes.Buffer
				if err := diag.WriteText(&b, r.Findings, lang, false); err != nil {
					t.Fatal(err)
				}
				path := filepath.Join(rulesDir, name+".want")
				if lang == diag.EN {
					path += ".en"
				}
				golden.Check(t, path, b.String())
			}
		})
	}
}
