package cache

import (
	"bytes"
	"crypto/sha256"
	"encoding/gob"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"os"
	"path/filepath"

	"github.com/kh-tools/kh/internal/diag"
)

// EnvDir overrides the cache folder (tests, CI caches).
const EnvDir = "KH_CACHE_DIR"

// layout versions the on-disk format; bump it when an entry's shape changes
// so old entries are ignored rather than misread.
const layout = "v2"

// Dir is the folder kh keeps its cache in: $KH_CACHE_DIR, else kh under the
// user's cache folder.
func Dir() (string, error) {
	if d := os.Getenv(EnvDir); d != "" {
		return d, nil
	}
	d, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(d, "kh"), nil
}

// store keeps JSON entries named by a key. Writers never expose a partial
// entry (temp file + rename in the same folder), and readers treat a
// missing, unreadable or altered entry as a miss, so concurrent runs need no
// lock: the worst case is two runs computing the same entry. Each entry
// starts with the SHA-256 of its content, checked on every read: an entry
// edited by hand or damaged on disk is never trusted.
type store struct{ dir string }

func (s store) path(kind, key string) string {
	return filepath.Join(s.dir, layout, kind, key[:2], key)
}

func (s store) get(kind, key string, v any) bool {
	payload, ok := s.read(kind, key)
	return ok && json.Unmarshal(payload, v) == nil
}

// read returns the entry's content if its checksum holds.
func (s store) read(kind, key string) ([]byte, bool) {
	data, err := os.ReadFile(s.path(kind, key))
	if err != nil {
		return nil, false
	}
	sum, payload, ok := bytes.Cut(data, []byte("\n"))
	return payload, ok && string(sum) == hashBytes(payload)
}

// getGob and putGob are get and put in gob, for the one large entry read
// on every run, which gob decodes several times faster than JSON.
func (s store) getGob(kind, key string, v any) bool {
	payload, ok := s.read(kind, key)
	return ok && gob.NewDecoder(bytes.NewReader(payload)).Decode(v) == nil
}

func (s store) putGob(kind, key string, v any) error {
	var b bytes.Buffer
	if err := gob.NewEncoder(&b).Encode(v); err != nil {
		return err
	}
	return s.write(kind, key, b.Bytes())
}

// put writes the entry; a failure only costs a later miss, so callers may
// ignore it.
func (s store) put(kind, key string, v any) error {
	payload, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return s.write(kind, key, payload)
}

// write stores payload under its checksum, atomically.
func (s store) write(kind, key string, payload []byte) error {
	data := append([]byte(hashBytes(payload)+"\n"), payload...)
	p := s.path(kind, key)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(p), ".tmp-*")
	if err != nil {
		return err
	}
	_, werr := f.Write(data)
	cerr := f.Close()
	if err := errors.Join(werr, cerr); err != nil {
		os.Remove(f.Name())
		return err
	}
	if err := os.Rename(f.Name(), p); err != nil {
		os.Remove(f.Name())
		return err
	}
	return nil
}

// hasher builds keys from length-prefixed parts, so ("ab","c") and
// ("a","bc") differ.
type hasher struct{ h hash.Hash }

func newHasher(kind string) *hasher {
	h := &hasher{sha256.New()}
	h.add(kind)
	return h
}

func (h *hasher) add(parts ...string) *hasher {
	for _, p := range parts {
		fmt.Fprintf(h.h, "%d:%s;", len(p), p)
	}
	return h
}

func (h *hasher) sum() string { return hex.EncodeToString(h.h.Sum(nil)) }

func hashBytes(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// rulesHash fingerprints the rule catalogue (codes, severities, names and
// message templates), so changing any rule invalidates every entry even
// when the version string stays the same, as in a development build.
func rulesHash() string {
	h := newHasher("rules")
	for _, r := range diag.Rules() {
		h.add(r.Code, fmt.Sprint(int(r.Severity)), r.Name, r.Summary.VI, r.Summary.EN, r.VI, r.EN)
	}
	return h.sum()
}
