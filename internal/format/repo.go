package format

import (
	"path"
	"path/filepath"
	"reflect"

	"go.yaml.in/yaml/v3"

	"github.com/kh-tools/kh/internal/load"
	"github.com/kh-tools/kh/internal/plan"
)

var (
	planType     = reflect.TypeOf(plan.Plan{})
	appendixType = reflect.TypeOf(plan.Appendix{})
	registryType = reflect.TypeOf(plan.Registry{})
	configType   = reflect.TypeOf(plan.Config{})
)

// Repo knows the role of every file of a loaded repository, which decides
// the key order, and its registries, which resolve agency names.
type Repo struct {
	res   *load.Result
	base  string
	types map[string]reflect.Type // by absolute path
}

// NewRepo indexes res, loaded with load.Options{Base: base}.
func NewRepo(res *load.Result, base string) *Repo {
	r := &Repo{res: res, base: base, types: map[string]reflect.Type{}}
	r.types[filepath.Join(res.Root, load.RootFile)] = configType
	for _, reg := range res.Repo.Registries {
		r.types[reg.Src.Abs] = registryType
	}
	for _, p := range res.Repo.Plans {
		r.types[p.Src.Abs] = planType
		for _, a := range p.Appendices {
			r.types[a.Src.Abs] = appendixType
		}
	}
	return r
}

// Options returns the formatting options of the file at abs.
func (r *Repo) Options(abs string) Options {
	return Options{Type: r.types[abs], Agency: r.agencyResolver(abs)}
}

// OptionsFor returns the options for content without a path (standard
// input) written in the folder dir: the model type is guessed from the root
// keys.
func (r *Repo) OptionsFor(src []byte, dir string) Options {
	return Options{Type: GuessType(src), Agency: r.agencyResolver(filepath.Join(dir, "-"))}
}

// agencyResolver resolves names as seen from the file at abs: the
// registries of the file's own province come first, as for its plan.
func (r *Repo) agencyResolver(abs string) func(string) (string, bool) {
	// Only Dir matters to AgencyByName; a file outside any plan still has
	// the province of the folder it is in.
	from := &plan.Plan{Dir: path.Dir(load.DisplayName(abs, r.base))}
	return func(name string) (string, bool) {
		if r.res.Repo.Agency(name) != nil {
			return "", false
		}
		a := r.res.Repo.AgencyByName(from, name)
		if a == nil || a.ID == "" {
			return "", false
		}
		return a.ID, true
	}
}

// GuessType returns the model type whose keys cover every root key of src
// and match the most of them, or nil when none fits or two fit equally.
func GuessType(src []byte) reflect.Type {
	var doc yaml.Node
	if yaml.Unmarshal(src, &doc) != nil || len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		return nil
	}
	root := doc.Content[0]
	var best reflect.Type
	bestScore, tie := 0, false
	for _, t := range []reflect.Type{planType, appendixType, registryType, configType} {
		score := coverage(root, t)
		switch {
		case score > bestScore:
			best, bestScore, tie = t, score, false
		case score == bestScore && score > 0:
			tie = true
		}
	}
	if tie {
		return nil
	}
	return best
}

// coverage counts the root keys known to t, or 0 when some key is not.
func coverage(root *yaml.Node, t reflect.Type) int {
	known := fieldTypes(t)
	n := 0
	for i := 0; i+1 < len(root.Content); i += 2 {
		if _, ok := known[root.Content[i].Value]; !ok {
			return 0
		}
		n++
	}
	return n
}
