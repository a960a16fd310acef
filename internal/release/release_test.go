package release

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestPackReproducible: the same files give the same bytes, whatever order
// they come in and whenever the archive is made; the executable keeps its
// bit and every entry carries the commit's time.
func TestPackReproducible(t *testing.T) {
	mod := time.Unix(1767225600, 0).UTC()
	files := []File{{Name: "kh", Data: []byte("binary"), Exec: true}, {Name: "README.md", Data: []byte("# kh\n")}}
	for _, target := range Targets {
		var a, b bytes.Buffer
		if err := Pack(&a, target, files, mod); err != nil {
			t.Fatal(err)
		}
		if err := Pack(&b, target, []File{files[1], files[0]}, mod); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Errorf("%s/%s: two packs differ", target.OS, target.Arch)
		}
		if target.OS == "windows" {
			checkZip(t, a.Bytes(), mod)
		} else {
			checkTar(t, a.Bytes(), mod)
		}
	}
}

func checkTar(t *testing.T, data []byte, mod time.Time) {
	gz, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if gz.Name != "" || !gz.ModTime.IsZero() {
		t.Errorf("gzip header carries %q %v", gz.Name, gz.ModTime)
	}
	tr := tar.NewReader(gz)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		if !h.ModTime.Equal(mod) || (h.Name == "kh") != (h.Mode == 0o755) {
			t.Errorf("%s: mode %o time %v", h.Name, h.Mode, h.ModTime)
		}
	}
}

func checkZip(t *testing.T, data []byte, mod time.Time) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if !f.Modified.Equal(mod) {
			t.Errorf("%s: time %v", f.Name, f.Modified)
		}
	}
}

func TestChecksums(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "b.zip"), []byte("b"), 0o644)
	os.WriteFile(filepath.Join(dir, "a.tar.gz"), []byte("a"), 0o644)
	got, err := Checksums(dir, []string{"b.zip", "a.tar.gz"})
	if err != nil {
		t.Fatal(err)
	}
	want := "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb  a.tar.gz\n" +
		"3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d  b.zip\n"
	if string(got) != want {
		t.Errorf("got\n%s", got)
	}
	if a := (Target{"windows", "amd64"}).Archive("v1.2.0"); a != "kh_1.2.0_windows_amd64.zip" || !strings.HasSuffix((Target{"linux", "arm64"}).Archive("v1.2.0"), "linux_arm64.tar.gz") {
		t.Errorf("archive name %s", a)
	}
}
