package diag

import (
	"encoding/json"
	"io"
	"net/url"
	"path"
	"regexp"
	"strings"
)

// SARIF constants: the version GitHub code scanning accepts and where users
// learn about the tool.
const (
	sarifVersion   = "2.1.0"
	sarifSchema    = "https://json.schemastore.org/sarif-2.1.0.json"
	informationURI = "https://github.com/kh-tools/kh"
	// rulesURI is the README's rule table; every rule has an anchor there.
	rulesURI = informationURI + "/blob/main/README.md#"
)

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool sarifTool `json:"tool"`
	// ColumnKind is declared because yaml.v3 columns count code points,
	// while SARIF's default is UTF-16 code units, which differ for astral
	// characters.
	ColumnKind string        `json:"columnKind"`
	Results    []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name            string      `json:"name"`
	InformationURI  string      `json:"informationUri"`
	Version         string      `json:"version"`
	SemanticVersion string      `json:"semanticVersion,omitempty"`
	Rules           []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string       `json:"id"`
	Name                 string       `json:"name"`
	ShortDescription     sarifMessage `json:"shortDescription"`
	FullDescription      sarifMessage `json:"fullDescription"`
	Help                 sarifHelp    `json:"help"`
	HelpURI              string       `json:"helpUri"`
	DefaultConfiguration sarifConfig  `json:"defaultConfiguration"`
}

type sarifHelp struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown"`
}

type sarifConfig struct {
	Level string `json:"level"`
}

type sarifMessage struct {
	Text string `json:"text"`
}

type sarifResult struct {
	RuleID              string             `json:"ruleId"`
	RuleIndex           *int               `json:"ruleIndex,omitempty"`
	Level               string             `json:"level"`
	Message             sarifMessage       `json:"message"`
	PartialFingerprints map[string]string  `json:"partialFingerprints,omitempty"`
	Locations           []sarifLocation    `json:"locations,omitempty"`
	RelatedLocations    []sarifLocation    `json:"relatedLocations,omitempty"`
	Suppressions        []sarifSuppression `json:"suppressions,omitempty"`
}

type sarifLocation struct {
	ID               *int                  `json:"id,omitempty"`
	PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
	Message          *sarifMessage         `json:"message,omitempty"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           *sarifRegion  `json:"region,omitempty"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
}

type sarifSuppression struct {
	Kind          string `json:"kind"`
	Status        string `json:"status"`
	Justification string `json:"justification,omitempty"`
}

// WriteSARIF writes ds as a SARIF 2.1.0 log with one run of the tool "kh",
// for GitHub code scanning and other SARIF viewers. The driver lists the
// whole rule catalogue with summaries in lang. Suppressed findings are left
// out unless withSuppressed: GitHub code scanning does not read SARIF
// suppressions (github/codeql-action#1230; they are not in its supported
// subset) and would open an alert for every reviewed published defect.
// With withSuppressed they come with an inSource suppression carrying the
// reviewed reason, for viewers that honour it. Fingerprints are the same
// either way. toolVersion may be empty.
func WriteSARIF(w io.Writer, ds []Diagnostic, lang Lang, toolVersion string, withSuppressed bool) error {
	rules := Rules()
	index := make(map[string]int, len(rules))
	driver := sarifDriver{Name: "kh", InformationURI: informationURI, Version: numericVersion(toolVersion),
		SemanticVersion: strings.TrimPrefix(toolVersion, "v"), Rules: make([]sarifRule, len(rules))}
	for i, r := range rules {
		index[r.Code] = i
		driver.Rules[i] = sarifRuleOf(r, lang)
	}
	run := sarifRun{Tool: sarifTool{Driver: driver}, ColumnKind: "unicodeCodePoints", Results: []sarifResult{}}
	fps := Fingerprints(ds)
	for i, d := range ds {
		if d.Suppressed && !withSuppressed {
			continue
		}
		res := sarifResultOf(d, lang, index)
		res.PartialFingerprints = map[string]string{"khFinding/v1": fps[i]}
		run.Results = append(run.Results, res)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(sarifLog{Schema: sarifSchema, Version: sarifVersion, Runs: []sarifRun{run}})
}

func sarifResultOf(d Diagnostic, lang Lang, index map[string]int) sarifResult {
	res := sarifResult{RuleID: d.Rule, Level: sarifLevel(d.Severity), Message: sarifMessage{Text: d.Message.In(lang)}}
	if i, ok := index[d.Rule]; ok {
		res.RuleIndex = &i
	}
	if d.Pos.IsValid() {
		res.Locations = []sarifLocation{{PhysicalLocation: sarifPhysical(d.Pos)}}
	}
	for i, r := range d.Related {
		if !r.Pos.IsValid() {
			continue
		}
		id := i + 1
		loc := sarifLocation{ID: &id, PhysicalLocation: sarifPhysical(r.Pos)}
		if text := r.Message.In(lang); text != "" {
			loc.Message = &sarifMessage{Text: text}
		}
		res.RelatedLocations = append(res.RelatedLocations, loc)
	}
	if d.Suppressed {
		// A bo_qua entry in the plan is a reviewed, accepted defect of the
		// published document (SARIF 2.1.0 §3.35: kind inSource, status accepted).
		res.Suppressions = []sarifSuppression{{Kind: "inSource", Status: "accepted", Justification: d.SuppressReason}}
	}
	return res
}

func sarifLevel(s Severity) string {
	switch s {
	case Error:
		return "error"
	case Warning:
		return "warning"
	}
	return "note"
}

// sarifPhysical leaves the region out for a finding about a whole file and
// clamps the column to 1, the SARIF default, when only the line is known.
func sarifPhysical(p Pos) sarifPhysicalLocation {
	loc := sarifPhysicalLocation{ArtifactLocation: sarifArtifact{URI: sarifURI(p.File)}}
	if p.Line > 0 {
		loc.Region = &sarifRegion{StartLine: p.Line, StartColumn: max(p.Column, 1)}
	}
	return loc
}

// sarifURI turns a displayed file name into a URI reference: relative names
// stay relative (code scanning resolves them against the checkout), absolute
// ones become file URIs, and both are percent-encoded as URIs require.
func sarifURI(name string) string {
	name = strings.ReplaceAll(name, `\`, "/")
	if path.IsAbs(name) || (len(name) > 1 && name[1] == ':') {
		if !strings.HasPrefix(name, "/") {
			name = "/" + name
		}
		return (&url.URL{Scheme: "file", Path: name}).String()
	}
	return (&url.URL{Path: name}).String()
}

// sarifRuleOf describes a rule as code-scanning services show it: the
// summary, the message template with its blanks as "…" for the full
// description, and help pointing at the rule's row in the README.
func sarifRuleOf(r Rule, lang Lang) sarifRule {
	tmpl := r.VI
	if lang == EN {
		tmpl = r.EN
	}
	full := blanks.ReplaceAllString(tmpl, "…")
	summary := r.Summary.In(lang)
	uri := rulesURI + strings.ToLower(r.Code)
	return sarifRule{
		ID: r.Code, Name: r.Name,
		ShortDescription: sarifMessage{Text: summary},
		FullDescription:  sarifMessage{Text: full},
		Help: sarifHelp{
			Text:     summary + ". " + full + " " + uri,
			Markdown: "**" + r.Code + " " + summary + "**\n\n" + full + "\n\n[" + r.Code + "](" + uri + ")",
		},
		HelpURI:              uri,
		DefaultConfiguration: sarifConfig{Level: sarifLevel(r.Severity)},
	}
}

// blanks are a template's fmt verbs.
var blanks = regexp.MustCompile(`%(\[\d+\])?[-+# 0]*\d*(\.\d+)?[a-zA-Z]`)

// numericVersion is the dotted numeric part of a version ("v1.2.3-rc1" →
// "1.2.3"), which SARIF validators ask of tool.driver.version; a
// development build reports 0.0.0 and keeps its name in semanticVersion.
func numericVersion(v string) string {
	m := dotted.FindString(strings.TrimPrefix(v, "v"))
	if m == "" {
		return "0.0.0"
	}
	return m
}

var dotted = regexp.MustCompile(`^\d+(\.\d+)*`)
