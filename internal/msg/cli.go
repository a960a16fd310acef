package msg

// Command-line mistakes: flags, arguments, commands.
var (
	UnknownCommand = New("cli.unknown-command",
		"kh không có lệnh %q%s; xem kh --help",
		"kh has no command %q%s; see kh --help")
	DidYouMean  = New("cli.did-you-mean", " (có phải %s?)", " (did you mean %s?)")
	UnknownFlag = New("cli.unknown-flag",
		"không có tùy chọn %s trong %s%s; xem %[2]s --help",
		"%[2]s has no flag %[1]s%[3]s; see %[2]s --help")
	FlagNeedsValue = New("cli.flag-needs-value",
		"tùy chọn %s cần một giá trị; xem %s --help",
		"flag %s needs a value; see %s --help")
	FlagBadValue = New("cli.flag-bad-value",
		"giá trị %q không hợp lệ cho %s; xem %s --help",
		"%q is not a valid value for %s; see %s --help")
	FlagBadSyntax = New("cli.flag-bad-syntax",
		"tùy chọn viết sai: %s; xem %s --help",
		"malformed flag: %s; see %s --help")
	ArgsExact = New("cli.args-exact",
		"%s cần %d tham số, nhận được %d; cách dùng: %s",
		"%s takes %d argument(s), got %d; usage: %s")
	ArgsMin = New("cli.args-min",
		"%s cần ít nhất %d tham số, nhận được %d; cách dùng: %s",
		"%s takes at least %d argument(s), got %d; usage: %s")
	ArgsMax = New("cli.args-max",
		"%s nhận nhiều nhất %d tham số, nhận được %d; cách dùng: %s",
		"%s takes at most %d argument(s), got %d; usage: %s")
	ArgsNone = New("cli.args-none",
		"%s không nhận tham số (có %q); xem %[1]s --help",
		"%s takes no arguments (got %q); see %[1]s --help")
)

// Shell completion.
var ShellUnknown = New("cli.shell-unknown",
	"không có kịch bản tự hoàn thành cho %q; dùng bash, zsh, fish hoặc powershell",
	"no completion script for %q; use bash, zsh, fish or powershell")
