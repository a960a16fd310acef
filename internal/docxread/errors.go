package docxread

import (
	"errors"

	"github.com/kh-tools/kh/internal/diag"
)

// Kinds of unreadable input; test them with errors.Is.
var (
	ErrNotDocx    = errors.New("not a Word document")
	ErrEncrypted  = errors.New("password-protected document")
	ErrLegacy     = errors.New("Word 97-2003 document")
	ErrTooLarge   = errors.New("document over the size limits")
	ErrMalformed  = errors.New("malformed document")
	ErrNotRegular = errors.New("not a regular file")
)

// Error is a refusal to read a document, with a message for the officer in
// both languages saying what to do.
type Error struct {
	Kind error
	Text diag.Text
}

func (e *Error) Error() string { return e.Text.VI }

// Unwrap lets errors.Is find the kind.
func (e *Error) Unwrap() error { return e.Kind }

func fail(kind error, vi, en string) error {
	return &Error{Kind: kind, Text: diag.Text{VI: vi, EN: en}}
}

func notDocx() error {
	return fail(ErrNotDocx,
		"không phải tệp Word (.docx); mở bằng Word hoặc LibreOffice rồi lưu lại dưới dạng .docx",
		"not a Word document (.docx); open it in Word or LibreOffice and save it as .docx")
}

func malformed(detail string) error {
	return fail(ErrMalformed,
		"tệp .docx bị hỏng ("+detail+"); mở bằng Word để sửa rồi lưu lại",
		"the .docx file is damaged ("+detail+"); open it in Word to repair it and save it again")
}

func tooLarge(vi, en string) error {
	return fail(ErrTooLarge,
		"tệp .docx vượt giới hạn ("+vi+"); văn bản kế hoạch không lớn như vậy, kiểm tra lại tệp",
		"the .docx file exceeds the limits ("+en+"); a plan document is never that large, check the file")
}
