package scaffold

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"text/template"

	"github.com/kh-tools/kh/ci"
	"github.com/kh-tools/kh/internal/atomicfile"
	"github.com/kh-tools/kh/internal/format"
	"github.com/kh-tools/kh/internal/load"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/schema"
	"github.com/kh-tools/kh/internal/vntext"
	"github.com/kh-tools/kh/plans"
	"github.com/kh-tools/kh/templates"
)

// RepoParams fill a new plans repository.
type RepoParams struct {
	Province string // "Nghệ An"
	Version  string // kh's version, pinned in the CI file
	Year     int    // the year of the example command in README.md
	CI       string // "github", "gitlab", "gitea" or "" for none
}

// CIFiles are the CI systems kh init can set up and where each reads its file.
var CIFiles = map[string]struct{ Source, Target string }{
	"github": {"github-workflow.yml", ".github/workflows/kh.yml"},
	"gitlab": {"gitlab-ci.yml", ".gitlab-ci.yml"},
	"gitea":  {"forgejo-workflow.yml", ".forgejo/workflows/kh.yml"},
}

// Repository renders the files of a new plans repository: kho.yaml, the
// working-day calendar and the central registry as kh ships them, the
// province registry seeded with the agencies after the 2025
// reorganisation, the JSON Schemas (so the schema lines resolve inside the
// repository), .gitignore, README.md, a pre-commit hook and the CI file.
func Repository(p RepoParams) ([]File, error) {
	slug := vntext.Slug(p.Province)
	if slug == "" {
		return nil, msg.InitBadProvince.Error(p.Province)
	}
	data := map[string]any{
		"Province": vntext.NFC(strings.TrimSpace(p.Province)), "Upper": strings.ToUpper(vntext.NFC(strings.TrimSpace(p.Province))),
		"Slug": slug, "Year": p.Year, "CI": CIFiles[p.CI].Target,
	}
	var out []File
	for name, target := range map[string]string{
		"kho.yaml.tmpl": load.RootFile, "co-quan.yaml.tmpl": slug + "/" + load.RegistryFile,
		"gitignore.tmpl": ".gitignore", "README.md.tmpl": "README.md",
	} {
		f, err := renderRepoFile(name, target, data)
		if err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	for _, name := range []string{load.CalendarFile, "trung-uong/" + load.RegistryFile} {
		b, err := fs.ReadFile(plans.FS, name)
		if err != nil {
			return nil, err
		}
		out = append(out, File{Name: name, Data: schemaLine(b, name)})
	}
	for _, k := range schema.Kinds() {
		out = append(out, File{Name: "schema/" + k.File(), Data: k.JSON()})
	}
	hook, err := fs.ReadFile(ci.FS, "pre-commit")
	if err != nil {
		return nil, err
	}
	out = append(out, File{Name: ".githooks/pre-commit", Data: hook, Exec: true})
	if c, ok := CIFiles[p.CI]; ok {
		b, err := fs.ReadFile(ci.FS, c.Source)
		if err != nil {
			return nil, err
		}
		out = append(out, File{Name: c.Target, Data: pinVersion(b, p.Version)})
	}
	return out, nil
}

func renderRepoFile(name, target string, data map[string]any) (File, error) {
	text, err := fs.ReadFile(templates.FS, "kho/"+name)
	if err != nil {
		return File{}, err
	}
	t, err := template.New(name).Option("missingkey=error").Funcs(template.FuncMap{"q": quote}).Parse(string(text))
	if err != nil {
		return File{}, msg.TemplateBroken.Error(name, err.Error())
	}
	var b bytes.Buffer
	if err := t.Execute(&b, data); err != nil {
		return File{}, msg.TemplateBroken.Error(name, err.Error())
	}
	out := []byte(vntext.NFC(b.String()))
	if strings.HasSuffix(target, ".yaml") {
		// kh-fmt clean from the start, as kh new's files are.
		if out, err = format.Format(out, format.Options{Type: format.GuessType(out)}); err != nil {
			return File{}, msg.TemplateNotYAML.Error(name, err)
		}
	}
	return File{Name: target, Data: out}, nil
}

// schemaLine points a copied file's schema comment at the repository's
// own schema/ folder.
func schemaLine(b []byte, name string) []byte {
	const prefix = "# yaml-language-server: $schema="
	first, rest, _ := bytes.Cut(b, []byte("\n"))
	if !bytes.HasPrefix(first, []byte(prefix)) {
		return b
	}
	rel := strings.Repeat("../", strings.Count(name, "/")) + "schema/" + path.Base(string(first[len(prefix):]))
	return append([]byte(prefix+rel+"\n"), rest...)
}

// pinVersion writes the running kh's version into the CI file's
// KH_VERSION line, so the repository is checked by the kh that made it.
func pinVersion(b []byte, version string) []byte {
	v := strings.TrimPrefix(version, "v")
	if v == "" || strings.HasPrefix(v, "dev") {
		return b
	}
	lines := strings.Split(string(b), "\n")
	for i, l := range lines {
		if k, _, ok := strings.Cut(l, `KH_VERSION: "`); ok && strings.TrimSpace(k) == "" {
			lines[i] = k + `KH_VERSION: "` + v + `"`
		}
	}
	return []byte(strings.Join(lines, "\n"))
}

// WriteRepository writes files under dir, which may exist (a fresh git
// clone, say) but must hold none of them: everything is checked before the
// first file is written, and a failure removes what was written.
func WriteRepository(dir string, files []File) error {
	for _, f := range files {
		if _, err := os.Lstat(filepath.Join(dir, filepath.FromSlash(f.Name))); err == nil {
			return msg.InitExists.Error(f.Name)
		} else if !errors.Is(err, fs.ErrNotExist) {
			return err
		}
	}
	var written []string
	for _, f := range files {
		p := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			removeAll(written)
			return err
		}
		perm := os.FileMode(0o644)
		if f.Exec {
			perm = 0o755
		}
		if err := atomicfile.WriteBytes(p, f.Data, perm); err != nil {
			removeAll(written)
			return err
		}
		written = append(written, p)
	}
	return nil
}

func removeAll(paths []string) {
	for _, p := range paths {
		os.Remove(p)
	}
}
