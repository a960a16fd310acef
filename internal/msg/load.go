package msg

// Reading a repository (internal/load, internal/gitfs).
var (
	LoadNotInRepo = New("load.not-in-repo",
		"%s không nằm trong kho kế hoạch nào (không thấy tệp kho.yaml ở thư mục này hay thư mục cha); chạy kh trong kho kế hoạch, hoặc tạo kho.yaml ở gốc kho",
		"%s is not inside a plans repository (no kho.yaml in it or in a folder above); run kh inside a plans repository, or create kho.yaml at its root")
	LoadNoSuchPath = New("load.no-such-path",
		"không có tệp hay thư mục %s",
		"no such file or folder: %s")
	LoadCannotRead = New("load.cannot-read",
		"không đọc được %s: %v",
		"cannot read %s: %v")
	LoadNoRepoIn = New("load.no-repo-in",
		"%s không chứa kho kế hoạch nào (không thấy tệp kho.yaml)",
		"%s holds no plans repository (no kho.yaml found)")
	LoadManyRepos = New("load.many-repos",
		"%s chứa %d kho kế hoạch (%s); chỉ rõ một kho",
		"%s holds %d plans repositories (%s); name one")

	LoadEmpty = New("load.empty",
		"tệp rỗng",
		"the file is empty")
	LoadAlias = New("load.alias",
		"không dùng neo và bí danh YAML (&, *) trong kế hoạch",
		"anchors and aliases are not allowed in plans")
	LoadDidYouMean = New("load.did-you-mean",
		" (có phải %q?)",
		" (did you mean %q?)")
	LoadAllowedKeys = New("load.allowed-keys",
		" (các khóa được phép: %s)",
		" (allowed keys: %s)")

	LoadTypeDate   = New("load.type.date", "một ngày", "a date")
	LoadTypeString = New("load.type.string", "một chuỗi", "a string")
	LoadTypeInt    = New("load.type.int", "một số nguyên", "an integer")
	LoadTypeBool   = New("load.type.bool", "true hoặc false", "true or false")
	LoadTypeList   = New("load.type.list", "một danh sách", "a list")
	LoadTypeMap    = New("load.type.map", "một khối khóa: giá trị", "a mapping")

	LoadIsFolder = New("load.is-folder",
		"là một thư mục",
		"is a folder")
	LoadBrokenLink = New("load.broken-link",
		"là một liên kết hỏng (không trỏ tới tệp nào)",
		"is a broken link (it leads to no file)")
	LoadNotRegular = New("load.not-regular",
		"không phải tệp thông thường (thiết bị, ống dẫn hoặc liên kết)",
		"is not a regular file (a device, a pipe or a link)")
	LoadPermission = New("load.permission",
		"không có quyền đọc",
		"permission denied")
)

// YAML syntax errors, in officers' words with the fix (internal/load).
var (
	YAMLUnclosedDouble = New("yaml.unclosed-double",
		`dấu nháy kép mở ở đây chưa được đóng; thêm dấu " ở cuối nội dung (trong nội dung, viết \" cho dấu nháy kép)`,
		`the double quote opened here is never closed; add a " at the end of the text (inside it, write \" for a double quote)`)
	YAMLUnclosedSingle = New("yaml.unclosed-single",
		"dấu nháy đơn mở ở đây chưa được đóng; thêm dấu ' ở cuối nội dung (trong nội dung, viết hai dấu '' cho một dấu nháy đơn)",
		"the single quote opened here is never closed; add a ' at the end of the text (inside it, write '' for a single quote)")
	YAMLColon = New("yaml.colon",
		`nội dung có dấu hai chấm và dấu cách (": ") nên YAML hiểu là một khóa mới; đặt nội dung có dấu hai chấm trong dấu nháy kép`,
		`the text holds a colon and a space (": "), which YAML reads as a new key; put text that contains a colon in double quotes`)
	YAMLIndentKey = New("yaml.indent-key",
		"dòng này thụt lề không khớp với các khóa cùng khối; căn lề thẳng với các khóa phía trên (mỗi cấp 2 dấu cách)",
		"the indentation of this line does not match the keys of its block; align it with the keys above (2 spaces per level)")
	YAMLIndentItem = New("yaml.indent-item",
		`mục danh sách thụt lề không khớp; căn dấu "- " thẳng với các mục khác của danh sách`,
		`a list item is indented unlike the others; align its "- " with the list's other items`)
	YAMLItemHere = New("yaml.item-here",
		`dấu "- " (mục danh sách) đứng sau một giá trị hoặc sai lề; xuống dòng và thụt lề mục danh sách dưới khóa của nó`,
		`a "- " list item follows a value or is misaligned; start it on its own line, indented under its key`)
	YAMLTab = New("yaml.tab",
		"dùng dấu cách để thụt lề, không dùng phím Tab",
		"indent with spaces, not tabs")
	YAMLBadStart = New("yaml.bad-start",
		"ký tự %q không được đứng đầu một giá trị; đặt giá trị trong dấu nháy kép",
		"the character %q cannot start a value; put the value in double quotes")
	YAMLOpenBracket = New("yaml.open-bracket",
		`danh sách trong ngoặc vuông chưa đóng, hoặc một mục có dấu hai chấm; thêm "]" hoặc đặt mục đó trong dấu nháy kép`,
		`a bracketed list is not closed, or an item holds a colon; add "]" or put that item in double quotes`)
	YAMLOpenBrace = New("yaml.open-brace",
		`khối trong ngoặc nhọn chưa đóng; thêm "}" hoặc đặt nội dung trong dấu nháy kép`,
		`a braced mapping is not closed; add "}" or put the text in double quotes`)
	YAMLEndOfFile = New("yaml.end-of-file",
		"tệp kết thúc khi một dấu nháy hoặc ngoặc chưa đóng; đóng nó lại",
		"the file ends inside an unclosed quote or bracket; close it")
	YAMLEscape = New("yaml.escape",
		`trong dấu nháy kép, sau dấu \ phải là ký tự thoát hợp lệ; viết \\ cho dấu \ hoặc dùng dấu nháy đơn`,
		`inside double quotes a \ must start a valid escape; write \\ for a backslash or use single quotes`)
	YAMLNoColon = New("yaml.no-colon",
		`thiếu dấu hai chấm sau khóa (viết "khóa: giá trị")`,
		`a colon is missing after the key (write "key: value")`)
	YAMLNotUTF8 = New("yaml.not-utf8",
		"tệp không phải UTF-8 (có thể đã lưu bằng mã TCVN3, VNI hoặc Windows-1258); lưu lại tệp dạng UTF-8",
		"the file is not UTF-8 (perhaps saved as TCVN3, VNI or Windows-1258); save it as UTF-8")
	YAMLControl = New("yaml.control",
		"tệp chứa ký tự điều khiển; xóa ký tự đó",
		"the file holds a control character; remove it")
	YAMLNoValue = New("yaml.no-value",
		`thiếu giá trị ở đây (có thể thừa dấu "-" hoặc ",")`,
		`a value is missing here (perhaps a stray "-" or ",")`)
	YAMLTooDeep = New("yaml.too-deep",
		"các khối lồng nhau quá sâu",
		"blocks are nested too deeply")
	YAMLOther = New("yaml.other",
		"cú pháp YAML sai: %s",
		"YAML syntax error: %s")
)

// Git revisions read as file systems (internal/gitfs).
var GitOddOutput = New("git.odd-output",
	"git %s: kết quả lạ %q",
	"git %s: unexpected output %q")
