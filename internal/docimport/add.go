package docimport

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"reflect"

	"go.yaml.in/yaml/v3"

	"github.com/kh-tools/kh/internal/atomicfile"
	"github.com/kh-tools/kh/internal/format"
	"github.com/kh-tools/kh/internal/load"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/outpath"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/planyaml"
)

// AddAppendices writes new appendices into an existing plan folder and
// lists them in its ke-hoach.yaml (comments and all else kept): nothing is
// overwritten, and a failure removes what was written.
func AddAppendices(dir string, r *Result, schemaDir string) (err error) {
	var written []string
	defer func() {
		if err != nil {
			for _, w := range written {
				os.Remove(w)
			}
		}
	}()
	for i, a := range r.Appendices {
		p, err := outpath.Join(dir, r.FileNames[i])
		if err != nil {
			return err
		}
		if _, err := os.Lstat(p); !errors.Is(err, fs.ErrNotExist) {
			return msg.ImportFileExists.Error(r.FileNames[i])
		}
		data, err := planyaml.Encode(a, path.Join(schemaDir, "phu-luc.json"), r.Notes)
		if err != nil {
			return err
		}
		if err := atomicfile.WriteBytes(p, data, 0o644); err != nil {
			return err
		}
		written = append(written, p)
	}
	return listAppendices(filepath.Join(dir, load.PlanFile), r.FileNames)
}

// listAppendices appends file names to a plan file's phu_luc list.
func listAppendices(file string, names []string) error {
	src, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil || len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		return msg.ImportNotAPlan.Error(file)
	}
	root := doc.Content[0]
	var list *yaml.Node
	for i := 0; i+1 < len(root.Content); i += 2 {
		if root.Content[i].Value == "phu_luc" {
			list = root.Content[i+1]
		}
	}
	if list == nil {
		list = &yaml.Node{Kind: yaml.SequenceNode}
		root.Content = append(root.Content, str("phu_luc"), list)
	}
	for _, n := range names {
		list.Content = append(list.Content, str(n))
	}
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(&doc); err != nil {
		return err
	}
	if err := enc.Close(); err != nil {
		return err
	}
	out, err := format.Format(b.Bytes(), format.Options{Type: typeOfPlan})
	if err != nil {
		return err
	}
	return atomicfile.WriteBytes(file, out, 0o644)
}

var typeOfPlan = reflect.TypeOf(plan.Plan{})

func str(s string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s} }
