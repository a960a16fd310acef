package cli

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/kh-tools/kh/internal/load"
	"github.com/kh-tools/kh/internal/msg"
)

// sourceTreePlans is where kh's own source tree keeps its plans repository,
// so that `go run ./cmd/kh build` works from the top of the checkout.
const sourceTreePlans = "plans"

// repoRoot finds the plans repository a command works on when no path is
// given: the nearest folder holding kho.yaml, from the working directory
// upwards; else, at the top of kh's source tree, plans/. Without one the
// user is told to create it with kh init.
func repoRoot(s *IO) (string, error) {
	wd, err := s.Getwd()
	if err != nil {
		return "", failure(err)
	}
	for dir := wd; ; dir = filepath.Dir(dir) {
		if isFile(filepath.Join(dir, load.RootFile)) {
			return dir, nil
		}
		if filepath.Dir(dir) == dir {
			break
		}
	}
	if sub := filepath.Join(wd, sourceTreePlans); isFile(filepath.Join(sub, load.RootFile)) {
		return sub, nil
	}
	return "", usage(msg.NoRepo.Error())
}

// pathArgs returns the paths a command was given, checked to exist, or the
// repository around the working directory when none was given. A path
// that does not exist is a usage error shown as the user typed it.
func pathArgs(s *IO, args []string) ([]string, error) {
	if len(args) == 0 {
		root, err := repoRoot(s)
		if err != nil {
			return nil, err
		}
		return []string{root}, nil
	}
	wd, err := s.Getwd()
	if err != nil {
		return nil, failure(err)
	}
	for _, a := range args {
		if _, err := os.Stat(absIn(wd, a)); err != nil {
			return nil, usage(msg.PathNotFound.Error(a))
		}
	}
	return args, nil
}

func isFile(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.Mode().IsRegular()
}

// repoDir is a folder a repository keeps beside its plans: inside the
// repository (as kh init lays it out), else beside it (as in kh's source
// tree, where plans/ is the repository and templates/, schema/ sit next
// to it).
func repoDir(root, name string) string {
	inside := filepath.Join(root, name)
	if isDir(inside) {
		return inside
	}
	if beside := filepath.Join(filepath.Dir(root), name); isDir(beside) {
		return beside
	}
	return inside
}

func isDir(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.IsDir()
}

func absIn(wd, p string) string {
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(wd, p)
}

// outBase is the folder the default out/ goes in: the repository's root
// when the command runs inside the repository (from a plan's folder, say),
// so outputs land in the one out/ that .gitignore names; else the working
// directory (the top of kh's source tree, beside plans/).
func outBase(s *IO, wd string) string {
	root, err := repoRoot(s)
	if err != nil {
		return wd
	}
	if rel, err := filepath.Rel(root, wd); err == nil && !strings.HasPrefix(rel, "..") {
		return root
	}
	return wd
}
