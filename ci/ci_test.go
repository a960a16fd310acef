package ci

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"go.yaml.in/yaml/v3"
)

// TestGitLabSchema validates gitlab-ci.yml against GitLab's own JSON Schema
// for .gitlab-ci.yml (the copy in testdata/ci comes from the MIT-licensed
// gitlab-ci-local package, which bundles it from GitLab).
func TestGitLabSchema(t *testing.T) {
	data, err := os.ReadFile("../testdata/ci/gitlab-ci.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	const url = "https://gitlab.com/.gitlab-ci.yml"
	if err := c.AddResource(url, doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile(url)
	if err != nil {
		t.Fatal(err)
	}
	src, err := fs.ReadFile(FS, "gitlab-ci.yml")
	if err != nil {
		t.Fatal(err)
	}
	var v any
	if err := yaml.Unmarshal(src, &v); err != nil {
		t.Fatal(err)
	}
	// Through JSON, so the values have the types a JSON validator expects.
	js, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(js))
	if err != nil {
		t.Fatal(err)
	}
	if err := sch.Validate(inst); err != nil {
		t.Errorf("gitlab-ci.yml does not follow GitLab's schema:\n%v", err)
	}
	bad, _ := jsonschema.UnmarshalJSON(bytes.NewReader([]byte(`{"kh-check": {"script": 5, "artifact": {}}}`)))
	if sch.Validate(bad) == nil {
		t.Error("the schema accepts a job whose script is a number")
	}
}
