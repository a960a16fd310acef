package progress

import (
	"bytes"
	"time"

	"go.yaml.in/yaml/v3"
)

// yamlRecord mirrors Record for writing: dates as ISO strings, empty fields
// left out, keys in the model's order.
type yamlRecord struct {
	Plan   string      `yaml:"ke_hoach"`
	Period string      `yaml:"ky"`
	Agency string      `yaml:"co_quan"`
	Tasks  []yamlEntry `yaml:"nhiem_vu"`
	// Indicators are the indicator results, left out when there are none.
	Indicators []yamlResult `yaml:"chi_tieu,omitempty"`
}

type yamlResult struct {
	ID     string `yaml:"id"`
	Result string `yaml:"ket_qua"`
	Note   string `yaml:"ghi_chu,omitempty"`
}

type yamlEntry struct {
	ID         string  `yaml:"id"`
	Status     string  `yaml:"tinh_trang"`
	DoneOn     isoDate `yaml:"ngay_hoan_thanh,omitempty"`
	Result     string  `yaml:"ket_qua,omitempty"`
	Difficulty string  `yaml:"kho_khan,omitempty"`
	Proposal   string  `yaml:"de_xuat,omitempty"`
}

// Marshal renders the record r as YAML, starting with the schema line editors use to
// validate and complete the file; schema is the path of tien-do.json
// relative to the record.
func Marshal(r *Record, schema string) ([]byte, error) {
	out := yamlRecord{Plan: r.Plan, Period: r.Period, Agency: r.Agency, Tasks: []yamlEntry{}}
	for _, e := range r.Tasks {
		ye := yamlEntry{ID: e.ID, Status: e.Status, Result: e.Result, Difficulty: e.Difficulty, Proposal: e.Proposal}
		if !e.DoneOn.IsZero() {
			ye.DoneOn = isoDate(e.DoneOn.Format(time.DateOnly))
		}
		out.Tasks = append(out.Tasks, ye)
	}
	for _, x := range r.Indicators {
		out.Indicators = append(out.Indicators, yamlResult{ID: x.ID, Result: x.Result, Note: x.Note})
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
	return b.Bytes(), nil
}

// isoDate is written unquoted, as officers write dates in plan files.
type isoDate string

// MarshalYAML implements yaml.Marshaler.
func (d isoDate) MarshalYAML() (any, error) {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!timestamp", Value: string(d)}, nil
}
