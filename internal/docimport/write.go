package docimport

import (
	"github.com/kh-tools/kh/internal/planyaml"
	"path"

	"github.com/kh-tools/kh/internal/scaffold"
)

// Files renders an imported plan as the files of its folder: ke-hoach.yaml
// and one file per appendix, each in kh fmt's canonical form with a schema
// line; schemaDir is the schema folder relative to the plan's folder.
func (r *Result) Files(schemaDir string) ([]scaffold.File, error) {
	r.Plan.AppendixFiles = r.FileNames
	out := make([]scaffold.File, 0, len(r.Appendices)+1)
	data, err := planyaml.Encode(r.Plan, path.Join(schemaDir, "ke-hoach.json"), r.Notes)
	if err != nil {
		return nil, err
	}
	out = append(out, scaffold.File{Name: "ke-hoach.yaml", Data: data})
	for i, a := range r.Appendices {
		data, err := planyaml.Encode(a, path.Join(schemaDir, "phu-luc.json"), r.Notes)
		if err != nil {
			return nil, err
		}
		out = append(out, scaffold.File{Name: r.FileNames[i], Data: data})
	}
	return out, nil
}
