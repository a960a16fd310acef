package diag

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
)

// Fingerprints gives each diagnostic a stable identity for code-scanning
// services, which match findings across runs by it: the rule, the file and
// the data path, not the line, so a finding keeps its identity (and its
// review state) when lines above it are added or removed. Findings sharing
// all three are told apart by their order.
func Fingerprints(ds []Diagnostic) []string {
	out := make([]string, len(ds))
	seen := map[string]int{}
	for i, d := range ds {
		key := d.Rule + "\x00" + d.Pos.File + "\x00" + d.Path
		n := seen[key]
		seen[key]++
		sum := sha256.Sum256([]byte(key + "\x00" + strconv.Itoa(n)))
		out[i] = hex.EncodeToString(sum[:16])
	}
	return out
}
