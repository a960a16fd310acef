package msg

// Reading Word documents (internal/docxread).
var (
	DocxNotWord = New("docx.not-word",
		"không phải tệp Word (.docx); mở bằng Word hoặc LibreOffice rồi lưu lại dưới dạng .docx",
		"not a Word document (.docx); open it in Word or LibreOffice and save it as .docx")
	DocxWorkbook = New("docx.workbook",
		"đây là bảng tính Excel, không phải văn bản Word",
		"this is an Excel workbook, not a Word document")
	DocxEncrypted = New("docx.encrypted",
		"tài liệu được đặt mật khẩu nên kh không đọc được; mở bằng Word, bỏ mật khẩu (Tệp > Thông tin > Bảo vệ tài liệu > Mã hóa bằng mật khẩu, để trống) rồi lưu lại",
		"the document is password-protected, so kh cannot read it; open it in Word, remove the password (File > Info > Protect Document > Encrypt with Password, leave it empty) and save it again")
	DocxLegacy = New("docx.legacy",
		"đây là tệp Word 97-2003 (.doc); mở bằng Word hoặc LibreOffice và lưu lại dưới dạng .docx",
		"this is a Word 97-2003 file (.doc); open it in Word or LibreOffice and save it as .docx")
	DocxNotRegular = New("docx.not-regular",
		"%s không phải tệp thông thường",
		"%s is not a regular file")
	DocxTooLarge = New("docx.too-large",
		"tệp .docx vượt giới hạn (%s); văn bản kế hoạch không lớn như vậy, kiểm tra lại tệp",
		"the .docx file exceeds the limits (%s); a plan document is never that large, check the file")
	DocxLimitFile = New("docx.limit-file",
		"%d byte",
		"%d bytes")
	DocxLimitEntries = New("docx.limit-entries",
		"%d mục trong tệp nén",
		"%d zip entries")
	DocxLimitPart = New("docx.limit-part",
		"phần %s quá lớn khi giải nén",
		"part %s is too large uncompressed")
	DocxLimitTotal = New("docx.limit-total",
		"tổng dung lượng giải nén",
		"total uncompressed size")
	DocxLimitDepth = New("docx.limit-depth",
		"XML lồng quá sâu trong %s",
		"XML nested too deep in %s")
	DocxMalformed = New("docx.malformed",
		"tệp .docx bị hỏng (%s); mở bằng Word để sửa rồi lưu lại",
		"the .docx file is damaged (%s); open it in Word to repair it and save it again")
	DocxBadXML = New("docx.bad-xml",
		"XML của %s không đọc được: %s",
		"the XML of %s cannot be read: %s")
	DocxDoctype = New("docx.doctype",
		"%s có khai báo DOCTYPE, Word không bao giờ ghi như vậy",
		"%s has a DOCTYPE declaration, which Word never writes")
	DocxNoRoot = New("docx.no-root",
		"%s không có phần tử gốc",
		"%s has no root element")
	DocxDuplicate = New("docx.duplicate",
		"hai mục trùng tên %s",
		"two entries named %s")
	DocxNoBody = New("docx.no-body",
		"%s không có w:body",
		"%s has no w:body")
)

// Writing Word drafts (internal/word, kh build --docx).
var (
	WordBuild = New("word.build",
		"%s: không dựng được bản Word: %s",
		"%s: the Word draft cannot be built: %s")
	FlagBuildDOCX = New("flag.build.docx", "chỉ dựng bản Word (.docx)", "build the Word draft (.docx) only")
)
