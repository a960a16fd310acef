// Command release builds kh for every release platform and packs dist/:
// one archive per platform with the guides, and SHA256SUMS (make dist).
// Builds are static (CGO_ENABLED=0), -trimpath, stamped with the version,
// and the archives dated with the commit's time, so two runs of one commit
// give identical files.
//
//	go run ./internal/release/cmd -version v1.2.0 -time 1767225600 -out dist
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"github.com/kh-tools/kh/internal/release"
)

func main() {
	version := flag.String("version", "dev", "release version (the git tag)")
	epoch := flag.Int64("time", 0, "time of every archive entry, seconds since 1970 (the commit's time)")
	bin := flag.String("bin", "out/dist-bin", "work folder for the binaries, one per GOOS_GOARCH")
	out := flag.String("out", "dist", "output folder")
	flag.Parse()
	if err := run(*version, time.Unix(*epoch, 0).UTC(), *bin, *out); err != nil {
		fmt.Fprintln(os.Stderr, "release:", err)
		os.Exit(1)
	}
}

// docs travel in every archive: the README (its first screen in
// Vietnamese), the officers' guide and the pictures it shows.
var docs = []string{"README.md", "HUONG-DAN.md", "docs/*.png"}

func run(version string, mod time.Time, bin, out string) error {
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	extra, err := docFiles()
	if err != nil {
		return err
	}
	var names []string
	for _, t := range release.Targets {
		exe, err := build(t, version, filepath.Join(bin, t.OS+"_"+t.Arch, t.Binary()))
		if err != nil {
			return err
		}
		files := append([]release.File{{Name: t.Binary(), Data: exe, Exec: true}}, extra...)
		var b bytes.Buffer
		if err := release.Pack(&b, t, files, mod); err != nil {
			return err
		}
		name := t.Archive(version)
		if err := os.WriteFile(filepath.Join(out, name), b.Bytes(), 0o644); err != nil {
			return err
		}
		names = append(names, name)
		fmt.Println(filepath.Join(out, name))
	}
	sums, err := release.Checksums(out, names)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, "SHA256SUMS"), sums, 0o644); err != nil {
		return err
	}
	fmt.Println(filepath.Join(out, "SHA256SUMS"))
	return nil
}

func docFiles() ([]release.File, error) {
	var files []release.File
	for _, pattern := range docs {
		names, err := filepath.Glob(pattern)
		if err != nil || len(names) == 0 {
			return nil, fmt.Errorf("no file matches %s", pattern)
		}
		for _, n := range names {
			data, err := os.ReadFile(n)
			if err != nil {
				return nil, err
			}
			files = append(files, release.File{Name: filepath.ToSlash(n), Data: data})
		}
	}
	return files, nil
}

// versionVar is the variable kh reads its version from.
const versionVar = "github.com/kh-tools/kh/internal/cli.Version"

func build(t release.Target, version, exe string) ([]byte, error) {
	cmd := exec.Command("go", "build", "-trimpath", "-buildvcs=false",
		"-ldflags", "-s -w -buildid= -X "+versionVar+"="+version, "-o", exe, "./cmd/kh")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0", "GOOS="+t.OS, "GOARCH="+t.Arch)
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("go build %s/%s: %w", t.OS, t.Arch, err)
	}
	return os.ReadFile(exe)
}
