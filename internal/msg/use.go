package msg

// The usage lines of the commands. The first word is the command's name,
// the same in both languages (cobra reads it there); the words standing
// for what the user writes are in the chosen language.
var (
	UseBuild = New("use.build", "build [KẾ-HOẠCH...] [--out THƯ-MỤC]", "build [PLAN...] [--out DIR]")
	UseCheck = New("use.check", "check [ĐƯỜNG-DẪN...]", "check [PATH...]")
	UseDiff  = New("use.diff",
		"diff {CŨ MỚI | PHIÊN-BẢN | PB1..PB2 | A...B} [ĐƯỜNG-DẪN|KẾ-HOẠCH...] [--format text|markdown|json] [--exit-code]",
		"diff {OLD NEW | REV | REV1..REV2 | A...B} [PATH|PLAN...] [--format text|markdown|json] [--exit-code]")
	UseFmt       = New("use.fmt", "fmt [ĐƯỜNG-DẪN...] [--check] [--diff]", "fmt [PATH...] [--check] [--diff]")
	UseForms     = New("use.forms", "forms KẾ-HOẠCH --period 2026-Q1 [--out THƯ-MỤC]", "forms PLAN --period 2026-Q1 [--out DIR]")
	UseGopySend  = New("use.gop-y.gui", "gui KẾ-HOẠCH [--du-thao N] [--out THƯ-MỤC]", "gui PLAN [--du-thao N] [--out DIR]")
	UseGopyRead  = New("use.gop-y.nhan", "nhan TỆP... [--apply MÃ,...] [--force]", "nhan FILE... [--apply ID,...] [--force]")
	UseGopyTable = New("use.gop-y.bang", "bang KẾ-HOẠCH [--du-thao N] [--out THƯ-MỤC]", "bang PLAN [--du-thao N] [--out DIR]")
	UseImport    = New("use.import", "import BIỂU-MẪU.xlsx...", "import FORM.xlsx...")
	UseImportDoc = New("use.import-doc", "import-doc TỆP THƯ-MỤC", "import-doc FILE DIR")
	UseInit      = New("use.init", "init [THƯ-MỤC] --tinh TÊN", "init [DIR] --tinh NAME")
	UseNew       = New("use.new", "new LOẠI THƯ-MỤC", "new KIND DIR")
	UseSchema    = New("use.schema", "schema [--kind %s] [--out THƯ-MỤC]", "schema [--kind %s] [--out DIR]")
	UseShow      = New("use.show", "show KẾ-HOẠCH [--format text|json]", "show PLAN [--format text|json]")
	UseStatus    = New("use.status", "status KẾ-HOẠCH [--as-of NGÀY] [--full] [--format text|json]", "status PLAN [--as-of DATE] [--full] [--format text|json]")
)
