package msg

import (
	"errors"
	"io/fs"
	"os"
	"syscall"
)

// Error is an error whose text comes from the catalogue. Error() gives the
// Vietnamese text, the default language; In renders it in either.
type Error struct {
	Msg   *Message
	Text  Text
	cause error
}

func (e *Error) Error() string { return e.Text.VI }

// Unwrap returns the error passed as an argument, if any.
func (e *Error) Unwrap() error { return e.cause }

// Is matches another *Error of the same catalogue message, so callers can
// test errors.Is(err, msg.NotInRepo.Error()) without comparing text.
func (e *Error) Is(target error) bool {
	var t *Error
	return errors.As(target, &t) && t.Msg == e.Msg
}

// Localized is an error of another package that renders itself in either
// language (a form that was altered, an unsafe file name).
type Localized interface {
	error
	In(Lang) string
}

// In renders err in lang. Catalogue errors carry both languages; errors of
// the file system are put into words here, since their own text is English
// and, for os.PathError, begins with a system call name. Anything else is
// shown as it is: a bug, or a library's message kh has no translation for.
func In(err error, lang Lang) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Text.In(lang)
	}
	var l Localized
	if errors.As(err, &l) {
		return l.In(lang)
	}
	reason, known := fsReason(err)
	var pe *fs.PathError
	if errors.As(err, &pe) {
		if !known {
			reason = Text{VI: pe.Err.Error(), EN: pe.Err.Error()}
		}
		return PathProblem.In(lang, pe.Path, reason)
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		if !known {
			reason = Text{VI: le.Err.Error(), EN: le.Err.Error()}
		}
		return PathProblem.In(lang, le.New, reason)
	}
	if known {
		return reason.In(lang)
	}
	return err.Error()
}

// fsReason names the common file-system failures.
func fsReason(err error) (Text, bool) {
	for _, r := range []struct {
		target error
		m      *Message
	}{
		{fs.ErrNotExist, FSNotExist},
		{fs.ErrPermission, FSPermission},
		{fs.ErrExist, FSExist},
		{syscall.ENOSPC, FSNoSpace},
		{syscall.ENOTDIR, FSNotDir},
		{syscall.EISDIR, FSIsDir},
	} {
		if errors.Is(err, r.target) {
			return r.m.Text(), true
		}
	}
	return Text{}, false
}
