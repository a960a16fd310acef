package docimport

import (
	"github.com/kh-tools/kh/internal/planyaml"
	"github.com/kh-tools/kh/internal/scaffold"
)

// Files renders an imported plan as the files of its folder: ke-hoach.yaml
// and one file per appendix, each in kh fmt's canonical form with a schema
// line; schemaDir is the schema folder relative to the plan's folder.
func (r *Result) Files(schemaDir string) ([]scaffold.File, error) {
	return planyaml.Files(r.Plan, r.Appendices, r.FileNames, schemaDir, r.Notes)
}
