package diag

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// The types below are written from the SARIF 2.1.0 specification, not from
// sarif.go, and decoding disallows unknown fields: a misspelt property name
// in the writer fails the test instead of being silently ignored by viewers.
type specLog struct {
	Schema  string    `json:"$schema"`
	Version string    `json:"version"`
	Runs    []specRun `json:"runs"`
}

type specRun struct {
	Tool struct {
		Driver struct {
			Name           string `json:"name"`
			InformationURI string `json:"informationUri"`
			Version        string `json:"version"`
			SemanticVer    string `json:"semanticVersion"`
			Rules          []struct {
				ID               string `json:"id"`
				Name             string `json:"name"`
				ShortDescription struct {
					Text string `json:"text"`
				} `json:"shortDescription"`
				FullDescription struct {
					Text string `json:"text"`
				} `json:"fullDescription"`
				Help struct {
					Text     string `json:"text"`
					Markdown string `json:"markdown"`
				} `json:"help"`
				HelpURI              string `json:"helpUri"`
				DefaultConfiguration struct {
					Level string `json:"level"`
				} `json:"defaultConfiguration"`
			} `json:"rules"`
		} `json:"driver"`
	} `json:"tool"`
	ColumnKind string       `json:"columnKind"`
	Results    []specResult `json:"results"`
}

type specResult struct {
	RuleID    string `json:"ruleId"`
	RuleIndex *int   `json:"ruleIndex"`
	Level     string `json:"level"`
	Message   struct {
		Text string `json:"text"`
	} `json:"message"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	Locations           []specLocation    `json:"locations"`
	RelatedLocations    []specLocation    `json:"relatedLocations"`
	Suppressions        []struct {
		Kind          string `json:"kind"`
		Status        string `json:"status"`
		Justification string `json:"justification"`
	} `json:"suppressions"`
}

type specLocation struct {
	ID               *int `json:"id"`
	PhysicalLocation struct {
		ArtifactLocation struct {
			URI string `json:"uri"`
		} `json:"artifactLocation"`
		Region *struct {
			StartLine   int `json:"startLine"`
			StartColumn int `json:"startColumn"`
		} `json:"region"`
	} `json:"physicalLocation"`
	Message *struct {
		Text string `json:"text"`
	} `json:"message"`
}

func sarifFixture() []Diagnostic {
	return []Diagnostic{
		New("KH012", Pos{File: "plans/nghe-an/kh-2026/ke-hoach.yaml", Line: 12, Column: 7}, "noi_dung[0]", "nv-9", "").
			With(Pos{File: "plans/nghe-an/kh-2026/pl02.yaml", Line: 4, Column: 3}, "nhom[0]", Text{VI: "nhiệm vụ gần nhất", EN: "nearest task"}),
		{Rule: "KH024", Severity: Warning, Pos: Pos{File: "plans/a b/ke-hoạch.yaml", Line: 2}, Message: Text{VI: "thừa", EN: "stray"}},
		{Rule: "KH100", Severity: Info, Pos: Pos{File: "plans/x.yaml"}, Message: Text{VI: "sắp đến hạn", EN: "due soon"}},
		{Rule: "KH030", Severity: Error, Pos: Pos{File: "plans/y.yaml", Line: 9, Column: 1}, Message: Text{VI: "nơi nhận", EN: "recipients"},
			Suppressed: true, SuppressReason: "giữ nguyên văn bản đã ban hành"},
		{Rule: "KH999", Severity: Error, Message: Text{VI: "không có quy tắc"}},
	}
}

func decodeSARIF(t *testing.T, lang Lang) specLog {
	t.Helper()
	return decodeSARIFOf(t, lang, true)
}

func decodeSARIFOf(t *testing.T, lang Lang, withSuppressed bool) specLog {
	t.Helper()
	var b bytes.Buffer
	if err := WriteSARIF(&b, sarifFixture(), lang, "v1.2.3", withSuppressed); err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(&b)
	dec.DisallowUnknownFields()
	var log specLog
	if err := dec.Decode(&log); err != nil {
		t.Fatalf("not a SARIF log: %v", err)
	}
	return log
}

func TestWriteSARIFStructure(t *testing.T) {
	log := decodeSARIF(t, EN)
	if log.Version != "2.1.0" || !strings.Contains(log.Schema, "sarif-2.1.0") || len(log.Runs) != 1 {
		t.Fatalf("log header: version %q schema %q runs %d", log.Version, log.Schema, len(log.Runs))
	}
	run := log.Runs[0]
	d := run.Tool.Driver
	if d.Name != "kh" || d.Version != "1.2.3" || !strings.HasPrefix(d.InformationURI, "https://") {
		t.Errorf("driver = %q %q %q", d.Name, d.Version, d.InformationURI)
	}
	if run.ColumnKind != "unicodeCodePoints" {
		t.Errorf("columnKind = %q", run.ColumnKind)
	}
	if len(d.Rules) != len(Rules()) {
		t.Fatalf("%d rules, catalogue has %d", len(d.Rules), len(Rules()))
	}
	for i, r := range Rules() {
		got := d.Rules[i]
		if got.ID != r.Code || got.Name != r.Name || got.ShortDescription.Text != r.Summary.EN || got.DefaultConfiguration.Level != sarifLevel(r.Severity) {
			t.Errorf("rule %d = %+v, want %s", i, got, r.Code)
		}
	}
	if len(run.Results) != len(sarifFixture()) {
		t.Fatalf("%d results, want %d", len(run.Results), len(sarifFixture()))
	}
	for i, res := range run.Results {
		checkResult(t, i, res, func(j int) string { return d.Rules[j].ID })
	}
}

// checkResult asserts what the specification requires of every result.
func checkResult(t *testing.T, i int, res specResult, ruleID func(int) string) {
	t.Helper()
	if res.Message.Text == "" {
		t.Errorf("result %d: empty message", i)
	}
	switch res.Level {
	case "error", "warning", "note":
	default:
		t.Errorf("result %d: level %q", i, res.Level)
	}
	if res.RuleIndex != nil && ruleID(*res.RuleIndex) != res.RuleID {
		t.Errorf("result %d: ruleIndex %d names %s, ruleId is %s", i, *res.RuleIndex, ruleID(*res.RuleIndex), res.RuleID)
	}
	for _, l := range append(res.Locations, res.RelatedLocations...) {
		uri := l.PhysicalLocation.ArtifactLocation.URI
		if uri == "" || strings.Contains(uri, `\`) || strings.HasPrefix(uri, "/") {
			t.Errorf("result %d: uri %q is not a relative URI", i, uri)
		}
		if r := l.PhysicalLocation.Region; r != nil && (r.StartLine < 1 || r.StartColumn < 1) {
			t.Errorf("result %d: region %+v not 1-based", i, *r)
		}
	}
}

func TestWriteSARIFResults(t *testing.T) {
	type loc struct {
		uri       string
		line, col int
	}
	tests := []struct {
		name       string
		lang       Lang
		i          int
		level      string
		msg        string
		locs       []loc
		related    []loc
		suppressed string
		noIndex    bool
	}{
		{name: "error with related", lang: EN, i: 0, level: "error", msg: `no task with id "nv-9"; fix the id or remove the reference`,
			locs: []loc{{"plans/nghe-an/kh-2026/ke-hoach.yaml", 12, 7}}, related: []loc{{"plans/nghe-an/kh-2026/pl02.yaml", 4, 3}}},
		{name: "vietnamese message", lang: VI, i: 0, level: "error", msg: `không có nhiệm vụ mã "nv-9"; sửa mã hoặc xóa tham chiếu`,
			locs: []loc{{"plans/nghe-an/kh-2026/ke-hoach.yaml", 12, 7}}, related: []loc{{"plans/nghe-an/kh-2026/pl02.yaml", 4, 3}}},
		{name: "unknown column clamps to 1, uri is percent-encoded", lang: EN, i: 1, level: "warning", msg: "stray",
			locs: []loc{{"plans/a%20b/ke-ho%E1%BA%A1ch.yaml", 2, 1}}},
		{name: "whole-file finding has no region", lang: EN, i: 2, level: "note", msg: "due soon", locs: []loc{{"plans/x.yaml", 0, 0}}},
		{name: "suppressed keeps its reason", lang: EN, i: 3, level: "error", msg: "recipients",
			locs: []loc{{"plans/y.yaml", 9, 1}}, suppressed: "giữ nguyên văn bản đã ban hành"},
		{name: "no file, rule outside the catalogue", lang: EN, i: 4, level: "error", msg: "không có quy tắc", noIndex: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := decodeSARIF(t, tt.lang).Runs[0].Results[tt.i]
			if res.Level != tt.level || res.Message.Text != tt.msg {
				t.Errorf("level %q message %q, want %q %q", res.Level, res.Message.Text, tt.level, tt.msg)
			}
			if (res.RuleIndex == nil) != tt.noIndex {
				t.Errorf("ruleIndex = %v, want absent: %v", res.RuleIndex, tt.noIndex)
			}
			flat := func(ls []specLocation) []loc {
				var out []loc
				for _, l := range ls {
					x := loc{uri: l.PhysicalLocation.ArtifactLocation.URI}
					if r := l.PhysicalLocation.Region; r != nil {
						x.line, x.col = r.StartLine, r.StartColumn
					}
					out = append(out, x)
				}
				return out
			}
			if got := flat(res.Locations); !slices.Equal(got, tt.locs) {
				t.Errorf("locations %v, want %v", got, tt.locs)
			}
			if got := flat(res.RelatedLocations); !slices.Equal(got, tt.related) {
				t.Errorf("related %v, want %v", got, tt.related)
			}
			var reason string
			for _, s := range res.Suppressions {
				if s.Kind != "inSource" {
					t.Errorf("suppression kind %q", s.Kind)
				}
				reason = s.Justification
			}
			if reason != tt.suppressed {
				t.Errorf("suppression %q, want %q", reason, tt.suppressed)
			}
		})
	}
}

func TestSARIFURI(t *testing.T) {
	tests := map[string]string{
		"plans/a.yaml":     "plans/a.yaml",
		`plans\b\c.yaml`:   "plans/b/c.yaml",
		"/tmp/kho/a.yaml":  "file:///tmp/kho/a.yaml",
		"C:/kho/a.yaml":    "file:///C:/kho/a.yaml",
		"thư mục/a#1.yaml": "th%C6%B0%20m%E1%BB%A5c/a%231.yaml",
	}
	for in, want := range tests {
		if got := sarifURI(in); got != want {
			t.Errorf("sarifURI(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestSARIFForCodeScanning: what GitHub code scanning and the SARIF
// Multitool's GitHub rules ask of each rule and result.
func TestSARIFForCodeScanning(t *testing.T) {
	log := decodeSARIF(t, VI)
	d := log.Runs[0].Tool.Driver
	if d.Version != "1.2.3" || d.SemanticVer != "1.2.3" {
		t.Errorf("version %q, semanticVersion %q", d.Version, d.SemanticVer)
	}
	for _, r := range d.Rules {
		if r.FullDescription.Text == "" || strings.Contains(r.FullDescription.Text, "%") || r.Help.Text == "" || r.Help.Markdown == "" ||
			r.HelpURI != rulesURI+strings.ToLower(r.ID) {
			t.Errorf("%s: incomplete metadata %+v", r.ID, r)
		}
	}
	seen := map[string]bool{}
	for _, res := range log.Runs[0].Results {
		fp := res.PartialFingerprints["khFinding/v1"]
		if fp == "" || seen[fp] {
			t.Errorf("%s: fingerprint %q missing or repeated", res.RuleID, fp)
		}
		seen[fp] = true
		for _, s := range res.Suppressions {
			if s.Kind != "inSource" || s.Status != "accepted" || s.Justification == "" {
				t.Errorf("suppression %+v", s)
			}
		}
	}
	// By default the upload leaves accepted findings out, since code
	// scanning ignores SARIF suppressions; the others keep their
	// fingerprints.
	kept := decodeSARIFOf(t, VI, false).Runs[0].Results
	if len(kept) != len(log.Runs[0].Results)-1 {
		t.Fatalf("%d results without the suppressed one, want %d", len(kept), len(log.Runs[0].Results)-1)
	}
	for _, res := range kept {
		if len(res.Suppressions) > 0 || !seen[res.PartialFingerprints["khFinding/v1"]] {
			t.Errorf("%s: suppressed, or fingerprint changed: %+v", res.RuleID, res)
		}
	}
	// A finding keeps its fingerprint when lines move above it.
	a := Fingerprints([]Diagnostic{{Rule: "KH012", Pos: Pos{File: "f.yaml", Line: 3}, Path: "nhom[0]"}})
	b := Fingerprints([]Diagnostic{{Rule: "KH012", Pos: Pos{File: "f.yaml", Line: 30}, Path: "nhom[0]"}})
	if a[0] != b[0] {
		t.Error("fingerprint depends on the line")
	}
	if got := numericVersion("dev"); got != "0.0.0" {
		t.Errorf("numericVersion(dev) = %q", got)
	}
}
