package layout

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kh-tools/kh/internal/golden"
)

const (
	repoTemplates = "../../templates"
	goldenDir     = "../../testdata/pdf/layout"
)

func TestBuiltinsValid(t *testing.T) {
	for _, name := range []string{StateName, PartyName} {
		tpl, err := Default(name)
		if err != nil {
			t.Fatal(err)
		}
		if ds := tpl.Validate(); len(ds) > 0 {
			t.Errorf("%s: %v", name, ds)
		}
	}
}

func TestLoad(t *testing.T) {
	tests := []struct {
		dir, name, wantSource, wantForm string
	}{
		{repoTemplates, StateName, "../../templates/nha-nuoc.yaml", FormState},
		{repoTemplates, PartyName, "../../templates/dang.yaml", FormParty},
		{t.TempDir(), StateName, "templates/nha-nuoc.yaml", FormState},
	}
	for _, tt := range tests {
		tpl, err := Load(tt.dir, tt.name)
		if err != nil {
			t.Fatal(err)
		}
		if tpl.Source != tt.wantSource || tpl.Form != tt.wantForm {
			t.Errorf("Load(%s, %s) = %s %s, want %s %s", tt.dir, tt.name, tpl.Source, tpl.Form, tt.wantSource, tt.wantForm)
		}
	}
	if _, err := Load(t.TempDir(), "khong-co"); err == nil {
		t.Error("an unknown template name loaded")
	}
}

func TestParseRejects(t *testing.T) {
	tests := map[string]string{
		"unknown key":  "the_thuc: nha_nuoc\nle: {tren: 20, giua: 3}\n",
		"unknown form": "the_thuc: khac\n",
		"not a number": "the_thuc: nha_nuoc\ngian_dong: rộng\n",
	}
	for name, src := range tests {
		if _, err := Parse([]byte(src), "x.yaml"); err == nil {
			t.Errorf("%s: parsed", name)
		}
	}
}

// TestValidateGolden pins the KH033 findings, with positions, for
// templates whose values leave the decree's ranges.
func TestValidateGolden(t *testing.T) {
	for _, name := range []string{"nha-nuoc-sai", "dang-sai"} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(goldenDir, name+".yaml")
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			tpl, err := Parse(data, name+".yaml")
			if err != nil {
				t.Fatal(err)
			}
			var b strings.Builder
			for _, d := range tpl.Validate() {
				fmt.Fprintf(&b, "%s %s %s\n", d.Pos, d.Rule, d.Message.VI)
			}
			golden.Check(t, filepath.Join(goldenDir, name+".golden"), b.String())
		})
	}
}
