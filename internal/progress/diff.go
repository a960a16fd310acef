package progress

import "time"

// Change is one field of one task that an import would change.
type Change struct {
	Task, Field string
	Old, New    string
}

// Diff lists what replacing old with new would change, task by task in the
// order of new, then tasks only old has.
func Diff(old, new *Record) []Change {
	before := map[string]*Entry{}
	for _, e := range old.Tasks {
		before[e.ID] = e
	}
	var out []Change
	seen := map[string]bool{}
	for _, e := range new.Tasks {
		seen[e.ID] = true
		out = append(out, entryDiff(e.ID, before[e.ID], e)...)
	}
	for _, e := range old.Tasks {
		if !seen[e.ID] {
			out = append(out, entryDiff(e.ID, e, nil)...)
		}
	}
	return out
}

func entryDiff(id string, a, b *Entry) []Change {
	fa, fb := fields(a), fields(b)
	var out []Change
	for i, name := range fieldNames {
		if fa[i] != fb[i] {
			out = append(out, Change{Task: id, Field: name, Old: fa[i], New: fb[i]})
		}
	}
	return out
}

var fieldNames = []string{"tinh_trang", "ngay_hoan_thanh", "ket_qua", "kho_khan", "de_xuat"}

func fields(e *Entry) []string {
	if e == nil {
		return make([]string, len(fieldNames))
	}
	date := ""
	if !e.DoneOn.IsZero() {
		date = e.DoneOn.Format(time.DateOnly)
	}
	return []string{e.Status, date, e.Result, e.Difficulty, e.Proposal}
}
