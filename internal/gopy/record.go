package gopy

import (
	"bytes"
	"reflect"
	"strconv"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/kh-tools/kh/internal/format"
	"github.com/kh-tools/kh/internal/load"
	"github.com/kh-tools/kh/internal/outpath"
	"github.com/kh-tools/kh/internal/plan"
)

// Folder is the round's folder name inside gop-y/: "du-thao-1".
func Folder(draft int) string { return "du-thao-" + strconv.Itoa(draft) }

// Path is where the answer of agency in the round on draft is kept in
// planDir; agency comes from a returned file, so it is checked as a name.
func Path(planDir string, draft int, agency string) (string, error) {
	return outpath.Join(planDir, load.AnswersDir, Folder(draft), agency+".yaml")
}

// yamlAnswer mirrors plan.Answer for writing: keys in the model's order,
// empty fields left out, dates unquoted.
type yamlAnswer struct {
	Plan     string        `yaml:"ke_hoach"`
	Draft    int           `yaml:"du_thao"`
	Agency   string        `yaml:"co_quan"`
	Received *isoDate      `yaml:"ngay_nhan,omitempty"`
	Source   string        `yaml:"nguon,omitempty"`
	Agrees   bool          `yaml:"nhat_tri,omitempty"`
	Comments []yamlComment `yaml:"y_kien,omitempty"`
}

type yamlComment struct {
	Item     string `yaml:"muc"`
	Field    string `yaml:"truong,omitempty"`
	Author   string `yaml:"nguoi_gop_y,omitempty"`
	Text     string `yaml:"noi_dung,omitempty"`
	Before   string `yaml:"ban_dau,omitempty"`
	Proposed string `yaml:"de_xuat,omitempty"`
	Response string `yaml:"tra_loi,omitempty"`
	Reason   string `yaml:"ly_do,omitempty"`
	Applied  bool   `yaml:"da_sua,omitempty"`
}

type isoDate string

// MarshalYAML writes the date unquoted, as officers write dates.
func (d isoDate) MarshalYAML() (any, error) {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!timestamp", Value: string(d)}, nil
}

// Marshal renders an answer as YAML, starting with the schema line editors
// use; schema is the path of gop-y.json relative to the file.
func Marshal(a *plan.Answer, schema string) ([]byte, error) {
	out := yamlAnswer{Plan: a.Plan, Draft: a.Draft, Agency: a.Agency, Source: a.Source, Agrees: a.Agrees}
	if !a.Received.IsZero() {
		d := isoDate(a.Received.Format(time.DateOnly))
		out.Received = &d
	}
	for _, c := range a.Comments {
		out.Comments = append(out.Comments, yamlComment{Item: c.Item, Field: c.Field, Author: c.Author, Text: c.Text,
			Before: c.Before, Proposed: c.Proposed, Response: c.Response, Reason: c.Reason, Applied: c.Applied})
	}
	var b bytes.Buffer
	b.WriteString("# yaml-language-server: $schema=" + schema + "\n")
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(out); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	// Through kh fmt, so the file is clean as written (its quoting of
	// text with ": " differs from yaml.v3's).
	return format.Format(b.Bytes(), format.Options{Type: reflect.TypeFor[plan.Answer]()})
}
