package cache

import (
	"encoding/json"

	"github.com/kh-tools/kh/internal/check"
	"github.com/kh-tools/kh/internal/diag"
)

// Snapshot is the outcome of the last cached run over a repository: for
// each plan file, what its unit was made from, the hash of its index entry
// and its findings before and after the rules across plans. A run in which
// no plan's index entry changed (an edit that moves no id, deadline or
// link) reuses the cross-plan findings and reads this one entry instead of
// every plan's unit.
type Snapshot struct {
	// Cross is the hash of what the rules across plans read besides the
	// index entries (see checkrun).
	Cross string
	Plans map[string]*SnapPlan
	// Loose are the cross-plan findings in no plan's files (templates).
	Loose []diag.Diagnostic
}

// SnapPlan is one plan of a Snapshot.
type SnapPlan struct {
	Hash string
	Deps []File
	// Sum is the hash of the plan's index entry.
	Sum string
	// Unit is the plan's unit without its index entry.
	Unit  *check.Unit
	Cross []diag.Diagnostic
	Final []diag.Diagnostic
}

func (c *Cache) snapKey() string { return newHasher("snapshot").add(c.salt, c.root).sum() }

// Snapshot returns the last run's snapshot, or nil.
func (c *Cache) Snapshot() *Snapshot {
	var s Snapshot
	if !c.st.getGob("snap", c.snapKey(), &s) || s.Plans == nil {
		return nil
	}
	return &s
}

// SaveSnapshot keeps s for the next run; a snapshot lost only costs
// reading the units.
func (c *Cache) SaveSnapshot(s *Snapshot) {
	c.st.putGob("snap", c.snapKey(), s) //nolint:errcheck // a lost snapshot is a later miss
}

// Current reports whether the plan file name and the files sp was made
// from are unchanged, with records its progress record files now.
func (c *Cache) Current(name string, sp *SnapPlan, records []string) bool {
	if h := c.hash(name); h == "" || h[0] == '!' || h != sp.Hash {
		return false
	}
	for _, d := range sp.Deps {
		if c.hash(d.Name) != d.Hash {
			return false
		}
	}
	return sameRecords(sp.Deps, records)
}

// SummaryHash fingerprints an index entry; "" for none.
func SummaryHash(s *check.Summary) string {
	if s == nil {
		return ""
	}
	data, err := json.Marshal(s)
	if err != nil {
		return ""
	}
	return hashBytes(data)
}

// Plan is the snapshot's entry of the plan file name; nil for none.
func (s *Snapshot) Plan(name string) *SnapPlan {
	if s == nil {
		return nil
	}
	return s.Plans[name]
}

// Key hashes parts into a key.
func Key(parts ...string) string { return newHasher("key").add(parts...).sum() }
