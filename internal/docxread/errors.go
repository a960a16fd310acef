package docxread

import "github.com/kh-tools/kh/internal/msg"

// Kinds of unreadable input; test them with errors.Is. Every refusal is a
// catalogue error (*msg.Error) saying what to do, in both languages.
var (
	ErrNotDocx    = msg.DocxNotWord.Error()
	ErrWorkbook   = msg.DocxWorkbook.Error()
	ErrEncrypted  = msg.DocxEncrypted.Error()
	ErrLegacy     = msg.DocxLegacy.Error()
	ErrTooLarge   = msg.DocxTooLarge.Error("")
	ErrMalformed  = msg.DocxMalformed.Error("")
	ErrNotRegular = msg.DocxNotRegular.Error("")
)

func tooLarge(what msg.Text) error { return msg.DocxTooLarge.Error(what) }

func malformed(detail msg.Text) error { return msg.DocxMalformed.Error(detail) }
