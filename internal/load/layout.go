package load

import (
	"errors"
	"io/fs"
	"path"
	"sort"
	"strings"
)

// File names that give a file its role in a repository. They are matched
// here only: every other package asks RoleOf or reads a Layout.
const (
	PlanFile     = "ke-hoach.yaml"
	RegistryFile = "co-quan.yaml"
	CalendarFile = "lich-lam-viec.yaml"
	RootFile     = "kho.yaml"
	// ProgressDir is the folder of a plan that holds its progress records.
	ProgressDir = "tien-do"
	// AnswersDir is the folder of a plan that holds the answers of its
	// comment rounds.
	AnswersDir = "gop-y"
)

// Role is what a file is to the repository.
type Role uint8

// Roles of repository files. An appendix is known only from the plan that
// lists it, so RoleOf never returns RoleAppendix.
const (
	RoleNone     Role = iota
	RoleConfig        // kho.yaml at the root
	RoleCalendar      // lich-lam-viec.yaml at the root
	RoleRegistry      // co-quan.yaml in any folder
	RolePlan          // ke-hoach.yaml in a plan folder
	RoleAppendix      // a file named in a plan's phu_luc
	RoleProgress      // a .yaml file below a plan's tien-do or gop-y folder
)

// RoleOf tells the role of a file from its slash-separated path relative
// to the repository root, as far as the path alone tells it.
func RoleOf(name string) Role {
	base := path.Base(name)
	switch {
	case name == RootFile:
		return RoleConfig
	case name == CalendarFile:
		return RoleCalendar
	case RecordPlanDir(name) != "":
		return RoleProgress
	case base == RegistryFile:
		return RoleRegistry
	case base == PlanFile:
		return RolePlan
	}
	return RoleNone
}

// RecordPlanDir returns the plan folder of a record path (a .yaml file
// anywhere below <plan folder>/tien-do/ or <plan folder>/gop-y/), or "".
func RecordPlanDir(name string) string {
	dir, _ := recordOf(name)
	return dir
}

// IsAnswer reports whether a record path is a comment round's answer
// (below gop-y/) rather than a progress record.
func IsAnswer(name string) bool {
	_, answer := recordOf(name)
	return answer
}

func recordOf(name string) (planDir string, answer bool) {
	if path.Ext(name) != ".yaml" {
		return "", false
	}
	for dir := path.Dir(name); dir != "." && dir != "/"; dir = path.Dir(dir) {
		if b := path.Base(dir); b == ProgressDir || b == AnswersDir {
			return path.Dir(dir), b == AnswersDir
		}
	}
	return "", false
}

// Layout is the files of a repository by role, as one walk finds them.
// Names are slash-separated paths relative to the repository root, sorted.
type Layout struct {
	Config     string // "" when absent
	Calendar   string
	Registries []string
	Plans      []string
	// Records are the record files (progress records and comment round
	// answers) of each plan folder.
	Records map[string][]string
	// Refused are entries with a repository file's name that cannot be
	// read as one: folders, devices, pipes, links leaving the repository.
	Refused []Refusal
}

// Refusal is a repository file kh will not read, and why.
type Refusal struct {
	Name string
	Err  error
}

// PlanDir is the folder of a plan file.
func PlanDir(planFile string) string { return path.Dir(planFile) }

// Discover walks fsys once and sorts its files by role. Hidden folders
// (.git and the like) are skipped, and symbolic links to folders are not
// followed. A progress record counts only under a folder that holds a
// plan.
func Discover(fsys fs.FS) (*Layout, error) {
	l := &Layout{Records: map[string][]string{}}
	records := map[string][]string{}
	err := fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			if name == "." {
				return err
			}
			l.Refused = append(l.Refused, Refusal{name, err})
			return nil
		}
		if d.IsDir() && name != "." && strings.HasPrefix(d.Name(), ".") {
			return fs.SkipDir
		}
		role := RoleOf(name)
		if role == RoleNone {
			return nil
		}
		if err := readable(fsys, name, d); err != nil {
			l.Refused = append(l.Refused, Refusal{name, err})
			return nil
		}
		switch role {
		case RoleConfig:
			l.Config = name
		case RoleCalendar:
			l.Calendar = name
		case RoleRegistry:
			l.Registries = append(l.Registries, name)
		case RolePlan:
			l.Plans = append(l.Plans, name)
		case RoleProgress:
			dir := RecordPlanDir(name)
			records[dir] = append(records[dir], name)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Strings(l.Registries)
	sort.Strings(l.Plans)
	for _, p := range l.Plans {
		if rs := records[PlanDir(p)]; len(rs) > 0 {
			sort.Strings(rs)
			l.Records[PlanDir(p)] = rs
		}
	}
	return l, nil
}

// readable reports why the entry cannot be read as a file, or nil.
func readable(fsys fs.FS, name string, d fs.DirEntry) error {
	if d.IsDir() {
		return ErrFolder
	}
	info, err := fs.Stat(fsys, name)
	if err != nil {
		if errors.Is(err, ErrOutside) {
			return err
		}
		// The entry exists, so a file that cannot be found behind it is
		// a link to nothing, or a loop of links.
		return ErrBrokenLink
	}
	switch {
	case info.IsDir():
		return ErrFolder
	case !info.Mode().IsRegular():
		return ErrNotRegular
	}
	return nil
}

// Errors of reading repository files, reported as findings.
var (
	// ErrFolder: a name that should be a file is a folder.
	ErrFolder = errors.New("is a folder")
	// ErrNotRegular: a device, a pipe, a socket or a link kh does not follow.
	ErrNotRegular = errors.New("not a regular file")
	// ErrBrokenLink: a symbolic link to nothing, or a loop of links.
	ErrBrokenLink = errors.New("broken link")
	// ErrOutside: a symbolic link that leads out of the repository.
	ErrOutside = errors.New("link leads outside the repository")
	// ErrTooLarge: a file over MaxFileSize.
	ErrTooLarge = errors.New("file too large")
)

// MaxFileSize bounds every file kh reads as YAML: the largest real plan
// file is well under 1 MiB.
const MaxFileSize = 32 << 20
