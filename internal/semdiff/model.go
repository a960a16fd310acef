// Package semdiff compares two sets of plans by meaning rather than by lines:
// items are matched by their ids, so a reworded task is one change and a task
// moved to another group is a move, not a removal plus an addition. The
// Report is the single model every writer (text, Markdown, JSON) renders.
package semdiff

import "github.com/kh-tools/kh/internal/worddiff"

// FormatVersion is the version of the JSON shape. It is raised only when a
// field is removed or changes meaning; new fields may appear without it.
const FormatVersion = 1

// Change says what happened to a plan or an item.
type Change string

// The changes. An item both moved and edited is Changed with Moved set.
const (
	Added   Change = "added"
	Removed Change = "removed"
	Changed Change = "changed"
)

// Report is the difference between two sides, each a plan, a plan folder, a
// repository of plans or a git revision of one.
type Report struct {
	FormatVersion int    `json:"format_version"`
	From          string `json:"from"`
	To            string `json:"to"`
	// FromRev and ToRev describe sides read from git; absent for paths.
	FromRev *Revision `json:"from_rev,omitempty"`
	ToRev   *Revision `json:"to_rev,omitempty"`
	Summary Summary   `json:"summary"`
	// Plans is sorted by id and is empty, never null, when nothing differs.
	Plans []PlanDiff `json:"plans"`
}

// Revision is a side read from git.
type Revision struct {
	// Name is the revision as the user gave it ("main", "HEAD~1"); Commit
	// the commit id it resolved to and Date that commit's date
	// (YYYY-MM-DD).
	Name   string `json:"name"`
	Commit string `json:"commit"`
	Date   string `json:"date"`
	// MergeBase is set when the side is the merge base of Name and the
	// other side ("main...HEAD"), Commit being that merge base.
	MergeBase bool `json:"merge_base,omitempty"`
	// Worktree is set for the working tree, which has no commit.
	Worktree bool `json:"worktree,omitempty"`
}

// Summary counts the differences. Each plan added or removed, each header
// field and each item changed counts once; Slips and Advances count deadline
// changes among them.
type Summary struct {
	Differences int `json:"differences"`
	Slips       int `json:"slips"`
	Advances    int `json:"advances"`
	// Weakened and Strengthened count target changes by verdict.
	Weakened     int `json:"weakened"`
	Strengthened int `json:"strengthened"`
}

// Empty reports whether the sides are the same.
func (r *Report) Empty() bool { return r.Summary.Differences == 0 }

// PlanDiff is what changed in one plan. A plan added or removed carries only
// its identity: its content is all new or all gone.
type PlanDiff struct {
	ID     string `json:"id"`
	Change Change `json:"change"`
	// Ref and Title identify the plan to a reader, from the newer side
	// when there is one: "1174/KH-UBND", the trích yếu.
	Ref   string `json:"ref"`
	Title string `json:"title"`
	// FromDir and ToDir are the plan's folder on each side, empty on the
	// side the plan is missing from.
	FromDir string `json:"from_dir"`
	ToDir   string `json:"to_dir"`
	// FromDoc and ToDoc name the document on each side of a changed plan,
	// for the header of the comparison table.
	FromDoc    *Edition      `json:"from_doc,omitempty"`
	ToDoc      *Edition      `json:"to_doc,omitempty"`
	Header     []FieldChange `json:"header"`
	Citations  []ItemChange  `json:"citations"`
	Sections   []ItemChange  `json:"sections"`
	Appendices []ItemChange  `json:"appendices"`
	Groups     []ItemChange  `json:"groups"`
	Tasks      []ItemChange  `json:"tasks"`
	Indicators []ItemChange  `json:"indicators"`
	// Documents are the rows of document lists (danh mục văn bản).
	Documents []ItemChange `json:"documents"`
}

// ItemChange is one citation, section, appendix, group, task, indicator or
// listed document that was added, removed or changed.
type ItemChange struct {
	ID     string `json:"id"`
	Change Change `json:"change"`
	// Kind is "citation", "section", "appendix", "group", "task",
	// "indicator" or "document" (a row of a document list).
	Kind string `json:"kind"`
	// Text names the item for a reader: a task's noi_dung, a section's
	// number and heading, a citation's so_ky_hieu; from the newer side.
	Text string `json:"text"`
	// From and To are where the item is on each side; null on the side it
	// is missing from.
	From *Place `json:"from"`
	To   *Place `json:"to"`
	// Moved is set when the item changed container or its order relative
	// to the other items of its container.
	Moved  bool          `json:"moved"`
	Fields []FieldChange `json:"fields"`
	// Values are the fields of an item added or removed (its lead agency,
	// deadline, target…), which Fields, being changes, do not hold.
	Values []FieldValue `json:"values,omitempty"`
}

// FieldValue is one field of an item added or removed: its value as
// written and as a reader sees it.
type FieldValue struct {
	Field string `json:"field"`
	Value any    `json:"value"`
	Text  string `json:"text"`
}

// Edition is a plan's document on one side: its name as drafts name each
// other ("Dự thảo lần 2", "Kế hoạch số 1174/KH-UBND"), its du_thao number
// and its date (YYYY-MM-DD, "" for an undated draft).
type Edition struct {
	// Type is the document's type name ("Kế hoạch", "Nghị quyết").
	Type  string `json:"type"`
	Name  string `json:"name"`
	Draft int    `json:"draft"`
	Date  string `json:"date"`
}

// Place locates an item in its plan.
type Place struct {
	// Appendix is the appendix id and AppendixNumber its printed number
	// ("02"); both empty for the body of the plan.
	Appendix       string `json:"appendix"`
	AppendixNumber string `json:"appendix_number"`
	// Parent is the id of the group or body section holding the item,
	// with its printed Number ("II", "2.") and Heading; empty at top level.
	Parent  string `json:"parent"`
	Number  string `json:"number"`
	Heading string `json:"heading"`
	// Position is the item's printed row number ("STT", numbered through
	// the whole appendix), or its rank where rows are not numbered.
	Position int `json:"position"`
	// Rank is the 1-based order of the item among its siblings.
	Rank int `json:"rank"`
	// Label is the item's number as the resolved view prints it ("14",
	// "a" for "a)", "III" for a group, "02" for an appendix), "" when it
	// prints none; Path the printed numbers of the groups or sections
	// holding it, outermost first (["III"], ["II", "1"]).
	Label string   `json:"label"`
	Path  []string `json:"path"`
}

// FieldChange is one field whose value differs, named by its YAML key
// ("thoi_han", "chu_tri", "ky.ho_ten").
type FieldChange struct {
	Field string `json:"field"`
	// From and To are the values as written in the YAML: a string, a
	// number, a boolean, a date as "YYYY-MM-DD", or a list of strings;
	// null when the field is absent.
	From any `json:"from"`
	To   any `json:"to"`
	// FromText and ToText are the values as a reader sees them: agency
	// names instead of ids, deadlines in canonical spelling, dd/mm/yyyy.
	FromText string `json:"from_text"`
	ToText   string `json:"to_text"`
	// Slip is set for a deadline whose latest date moved.
	Slip *Slip `json:"slip,omitempty"`
	// Words is the word-level change of a text (a task's or indicator's
	// text, a heading, paragraphs, a title, a citation) present on both
	// sides: the full old and new text as a list of operations.
	Words []worddiff.Op `json:"words,omitempty"`
	// Added and Removed are the agencies an agency list gained and lost.
	Added   []AgencyName `json:"added,omitempty"`
	Removed []AgencyName `json:"removed,omitempty"`
	// Target reads a changed target (muc_tieu) as values.
	Target *TargetChange `json:"target,omitempty"`
}

// AgencyName is an agency id with its name as the side names it.
type AgencyName struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// Slip is how far a deadline moved: positive months and days when it is
// later, negative when earlier (deadline.Slip's calendar arithmetic).
type Slip struct {
	Months int `json:"months"`
	Days   int `json:"days"`
}

// Later reports whether the deadline moved later.
func (s Slip) Later() bool { return s.Months > 0 || s.Days > 0 }

// Alarming reports whether the change is one a reviewer must not miss: a
// deadline moved later or a target lowered.
func (f FieldChange) Alarming() bool {
	return (f.Slip != nil && f.Slip.Later()) || (f.Target != nil && f.Target.Verdict == Weakened)
}

// Reworded reports whether the item's own text (a task's or indicator's
// noi_dung, a heading) changed, so that its field change, with the words
// marked, names the item.
func (it ItemChange) Reworded() bool {
	for _, f := range it.Fields {
		if (f.Field == "noi_dung" || f.Field == "tieu_de") && inlineWords(f) {
			return true
		}
	}
	return false
}
