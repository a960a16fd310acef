package msg

// Importing existing documents (internal/docimport, kh import-doc).
var (
	ImportNoType = New("import.no-type",
		"tên loại văn bản (KẾ HOẠCH, NGHỊ QUYẾT, …)",
		"type name (the kind of document in capitals above the title)")
	ImportNoTitle = New("import.no-title",
		"trích yếu (dòng nội dung ngay dưới tên loại)",
		"title (the line under the type name)")
	ImportStructure = New("import.structure",
		"không nhận ra cấu trúc văn bản; không ghi gì",
		"the document's structure was not recognised; nothing was written")
	ImportClosest = New("import.closest",
		"; gần nhất: %s",
		"; closest: %s")
)

// Reading documents to import.
var (
	ImportTooLarge = New("import.too-large",
		"%s lớn quá %d MiB; văn bản kế hoạch không lớn như vậy, kiểm tra lại tệp",
		"%s is larger than %d MiB; a plan document is never that large, check the file")
	ImportBinary = New("import.binary",
		"%s không phải văn bản (.txt), Word (.docx) hay Excel (.xlsx)",
		"%s is not a text (.txt), Word (.docx) or Excel (.xlsx) file")
)

// Appendix tables of a workbook.
var ImportNoTable = New("import.no-table",
	"bảng phụ lục (một trang tính có dòng tiêu đề với cột TT)",
	"appendix table (a sheet with a header row that has a TT column)")

// kh import-doc.
var (
	CmdImportDoc = New("cmd.import-doc.short",
		"Nhập văn bản có sẵn (Word, Excel, văn bản thuần) thành kế hoạch YAML",
		"Import an existing document (Word, Excel, plain text) as plan YAML")
	CmdImportDocLong = New("cmd.import-doc.long",
		`Đọc TỆP (.docx, .txt, hoặc .xlsx) và tạo thư mục kế hoạch mới THƯ-MỤC: phần đầu
(cơ quan ban hành, số, ký hiệu, địa danh, ngày), tên loại và trích yếu, căn cứ,
các mục với số thứ tự như văn bản in (kể cả đánh số tự động của Word), đoạn văn,
bảng (thành phụ lục), chữ ký, nơi nhận và các phụ lục. Tên cơ quan được đối chiếu
với danh mục cơ quan của tỉnh chứa THƯ-MỤC; thời hạn và mục tiêu được đọc theo cách
viết của văn bản. Văn bản gõ bằng TCVN3 (.VnTime) hoặc VNI được chuyển sang
Unicode. Những gì không nhận ra được liệt kê kèm vị trí; kế hoạch vẫn được ghi để
sửa bằng kh check và kh fmt. Với tệp .xlsx và THƯ-MỤC là một kế hoạch có sẵn, các
bảng được thêm thành phụ lục mới của kế hoạch đó. Không bao giờ ghi đè kế hoạch
có sẵn; văn bản không đọc được hay không nhận ra cấu trúc thì không ghi gì.

Ví dụ:
  kh import-doc ke-hoach-171.docx plans/nghe-an/kh-171-2025
  kh import-doc phu-luc.xlsx plans/nghe-an/kh-2027-cds`,
		`Read FILE (.docx, .txt or .xlsx) and create the new plan folder DIR: the
header (issuing body, number, symbol, place, date), the type name and title,
the citations, the sections with their numbers as the document prints them
(Word's automatic numbering included), paragraphs, tables (as appendices), the
signature, the recipients and the appendices. Agency names are matched against
the registry of the province holding DIR; deadlines and targets are read as the
document writes them. Text typed in TCVN3 (.VnTime) or VNI is converted to
Unicode. What is not recognised is listed with its position; the plan is still
written, to be fixed with kh check and kh fmt. With an .xlsx file and DIR an
existing plan, the tables are added to that plan as new appendices. An existing
plan is never overwritten; a document that cannot be read or whose structure is
not recognised writes nothing.

Examples:
  kh import-doc ke-hoach-171.docx plans/nghe-an/kh-171-2025
  kh import-doc phu-luc.xlsx plans/nghe-an/kh-2027-cds`)
	FlagImportDocID = New("flag.import-doc.id",
		"`MÃ` của kế hoạch (mặc định: tỉnh-loại-số-năm, ví dụ na-kh-171-2025)",
		"the plan's `ID` (default: province-kind-number-year, e.g. na-kh-171-2025)")
	ImportDone = New("import.done",
		"Đã nhập vào %s (%d tệp).",
		"Imported into %s (%d files).")
	ImportCounts = New("import.counts",
		"Nhận ra: %d mục lớn, %d mục, %d đoạn; %d phụ lục, %d bảng: %d nhiệm vụ, %d chỉ tiêu, %d văn bản; %d căn cứ.",
		"Recognised: %d top sections, %d items, %d paragraphs; %d appendices, %d tables: %d tasks, %d indicators, %d documents; %d citations.")
	ImportAgencies = New("import.agencies",
		"Cơ quan: %d khớp danh mục, %d chưa khớp; thời hạn: %d đọc được, %d chưa đọc được.",
		"Agencies: %d matched, %d not matched; deadlines: %d read, %d not read.")
	ImportChecked = New("import.checked",
		"kh check %s: %d lỗi, %d cảnh báo (kể cả phát hiện khi nhập).",
		"kh check %s: %d errors, %d warnings (findings of the import included).")
	ImportNotAPlan = New("import.not-a-plan",
		"%s không phải thư mục của một kế hoạch trong kho; bảng tính chỉ nhập được vào kế hoạch có sẵn",
		"%s is not the folder of a plan in the repository; a workbook can only be imported into an existing plan")
	ImportFileExists = New("import.file-exists",
		"%s đã có; không ghi đè",
		"%s already exists; not overwritten")
)
