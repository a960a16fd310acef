package changed

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestPreCommitHook runs ci/pre-commit in a temporary repository with a
// stand-in kh that records its arguments, so the hook's choice of files and
// commands is pinned without building kh.
func TestPreCommitHook(t *testing.T) {
	if _, err := exec.LookPath("sh"); err != nil {
		t.Skip("no sh")
	}
	hook, err := filepath.Abs("../../ci/pre-commit")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		stage    []string
		fmtFails bool
		wantCode int
		wantLog  string
	}{
		{name: "no YAML staged", stage: []string{"README.md"}, wantLog: ""},
		{name: "staged plan file with a space in its folder", stage: []string{"plans/tỉnh a/kh-x/ke-hoach.yaml"},
			wantLog: "fmt --check plans/tỉnh a/kh-x/ke-hoach.yaml\ncheck --changed HEAD\n"},
		{name: "formatting fails first", stage: []string{"plans/b/pl01.yaml"}, fmtFails: true, wantCode: 1,
			wantLog: "fmt --check plans/b/pl01.yaml\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			top := newRepo(t)
			for _, f := range tt.stage {
				write(f, "id: x\n")(t, top)
				run(t, top, "git", "add", "--", f)
			}
			logFile := filepath.Join(t.TempDir(), "log")
			stub := filepath.Join(t.TempDir(), "kh")
			script := "#!/bin/sh\nfor a in \"$@\"; do printf '%s ' \"$a\"; done >> " + logFile + "\necho >> " + logFile + "\n"
			if tt.fmtFails {
				script += "[ \"$1\" = fmt ] && exit 1\n"
			}
			script += "exit 0\n"
			if err := os.WriteFile(stub, []byte(script), 0o755); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command("sh", hook)
			cmd.Dir = top
			cmd.Env = append(os.Environ(), "KH="+stub)
			out, err := cmd.CombinedOutput()
			code := 0
			if ee, ok := err.(*exec.ExitError); ok {
				code = ee.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			if code != tt.wantCode {
				t.Errorf("exit %d, want %d\n%s", code, tt.wantCode, out)
			}
			got, _ := os.ReadFile(logFile)
			if g := strings.ReplaceAll(string(got), " \n", "\n"); g != tt.wantLog {
				t.Errorf("kh was called with\n%s\nwant\n%s", g, tt.wantLog)
			}
		})
	}
}
