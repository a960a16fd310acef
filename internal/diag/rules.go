package diag

import (
	"sort"

	"github.com/kh-tools/kh/internal/msg"
)

// Rule describes one check: its stable code, default severity, a short name,
// a one-line summary in both languages (README, SARIF metadata) and the
// message templates in both languages.
type Rule struct {
	Code     string
	Severity Severity
	Name     string
	Summary  Text
	VI, EN   string
}

// rules is the catalogue. Codes never change meaning once published:
// suppressions in users' plans refer to them.
var rules = append([]Rule{
	// Schema and YAML.
	{"KH001", Error, "yaml-syntax", Text{VI: "Tệp YAML không đọc được", EN: "YAML file cannot be parsed"},
		"không đọc được YAML: %s", "cannot parse YAML: %s"},
	{"KH002", Error, "unknown-key", Text{VI: "Khóa không có trong lược đồ", EN: "Key not in the schema"},
		"khóa %q không có ở đây%s; xóa hoặc sửa tên khóa", "key %q is not allowed here%s; remove or rename it"},
	{"KH003", Error, "wrong-type", Text{VI: "Giá trị sai kiểu", EN: "Value of the wrong type"},
		"%q cần %s, nhưng giá trị là %s", "%q needs %s, but the value is %s"},
	{"KH004", Error, "missing-field", Text{VI: "Thiếu trường bắt buộc", EN: "Required field missing"},
		"thiếu trường bắt buộc %q; thêm %q vào mục này", "required field %q is missing; add %q to this item"},
	{"KH005", Error, "duplicate-id", Text{VI: "Mã (id) trùng lặp", EN: "Duplicate id"},
		"mã %q đã dùng ở %s; mỗi mục cần một mã riêng", "id %q is already used at %s; give each item its own id"},
	{"KH006", Error, "bad-date", Text{VI: "Ngày không đúng dạng ISO", EN: "Date not in ISO form"},
		"ngày %q không hợp lệ; viết theo dạng NNNN-TT-NN, ví dụ 2025-03-17", "date %q is invalid; write it as YYYY-MM-DD, e.g. 2025-03-17"},
	{"KH007", Error, "bad-value", Text{VI: "Giá trị không thuộc danh sách cho phép", EN: "Value not among the allowed ones"},
		"giá trị %q không hợp lệ cho %q; dùng một trong: %s", "value %q is not valid for %q; use one of: %s"},
	{"KH008", Error, "bad-id", Text{VI: "Mã (id) sai dạng", EN: "Malformed id"},
		"mã %q sai dạng; chỉ dùng chữ thường không dấu, số và dấu gạch ngang, tối đa 64 ký tự, ví dụ %q", "id %q is malformed; use lowercase ASCII letters, digits and hyphens, at most 64 characters, e.g. %q"},
	{"KH009", Error, "duplicate-key", Text{VI: "Khóa lặp lại trong cùng một khối", EN: "Key repeated in one mapping"},
		"khóa %q đã có ở dòng %d; gộp hai khóa làm một", "key %q already appears on line %d; merge them"},
	// References.
	{"KH010", Error, "unknown-agency", Text{VI: "Cơ quan không có trong danh mục", EN: "Agency not in the registry"},
		"không có cơ quan mã %q trong danh mục của tỉnh%s; thêm vào tệp co-quan.yaml hoặc sửa mã", "no agency with id %q in the province registry%s; add it to co-quan.yaml or fix the id"},
	{"KH011", Error, "agency-alias", Text{VI: "Dùng tên gọi thay cho mã cơ quan", EN: "Agency name used where an id is expected"},
		"%q là tên gọi của cơ quan mã %q; ghi mã %q", "%q is a name of the agency with id %q; write the id %q"},
	{"KH012", Error, "unknown-task", Text{VI: "Tham chiếu tới nhiệm vụ không tồn tại", EN: "Reference to a task that does not exist"},
		"không có nhiệm vụ mã %q%s; sửa mã hoặc xóa tham chiếu", "no task with id %q%s; fix the id or remove the reference"},
	{"KH013", Error, "unknown-appendix", Text{VI: "Tham chiếu tới phụ lục không tồn tại", EN: "Reference to an appendix that does not exist"},
		"không có phụ lục %q trong kế hoạch; các phụ lục hiện có: %s", "no appendix %q in this plan; the plan has: %s"},
	{"KH014", Error, "unknown-plan", Text{VI: "Tham chiếu tới kế hoạch không có trong kho", EN: "Reference to a plan not in the repository"},
		"không có kế hoạch mã %q trong kho; sửa mã hoặc thêm kế hoạch đó vào plans/", "no plan with id %q in the repository; fix the id or add that plan to plans/"},
	{"KH015", Error, "unknown-citation", Text{VI: "Tham chiếu tới văn bản không có trong căn cứ", EN: "Reference to a document not among the citations"},
		"%q không phải mã của một văn bản căn cứ hay kế hoạch trong kho; thêm vào can_cu hoặc sửa mã", "%q is neither a cited document nor a plan in the repository; add it to can_cu or fix the id"},
	{"KH016", Error, "missing-file", Text{VI: "Tệp được khai báo không tồn tại", EN: "Declared file does not exist"},
		"không tìm thấy tệp %q; kiểm tra tên tệp trong danh sách phu_luc", "file %q not found; check the name in the phu_luc list"},
	// Reading files (issue 12: kh reads only regular files inside the repository).
	{"KH017", Error, "not-a-file", Text{VI: "Tệp của kho không phải tệp thông thường", EN: "Repository file is not a regular file"},
		"%q %s; kh chỉ đọc tệp YAML thông thường, thay bằng tệp hoặc đổi tên", "%q %s; kh reads only regular YAML files, replace it with a file or rename it"},
	{"KH018", Error, "file-too-large", Text{VI: "Tệp quá lớn", EN: "File too large"},
		"tệp %q lớn hơn %d MiB nên không được đọc; tách thành nhiều phụ lục", "file %q is larger than %d MiB and is not read; split it into several appendices"},
	{"KH019", Error, "multiple-documents", Text{VI: "Tệp chứa nhiều tài liệu YAML", EN: "File holds several YAML documents"},
		"sau dòng \"---\" là một tài liệu YAML thứ hai mà kh không đọc; xóa dòng \"---\" hoặc chuyển phần sau sang tệp riêng", "after a \"---\" line comes a second YAML document, which kh does not read; remove the \"---\" or move the rest to a file of its own"},
	{"KH034", Error, "outside-repository", Text{VI: "Tệp nằm ngoài kho kế hoạch", EN: "File outside the repository"},
		"%q dẫn ra ngoài kho kế hoạch (liên kết hoặc đường dẫn \"..\"); kh chỉ đọc tệp trong kho, chép tệp vào kho", "%q leads outside the plans repository (a link or a \"..\" path); kh reads only files inside the repository, copy the file in"},
	{"KH035", Error, "unreadable-file", Text{VI: "Không đọc được tệp", EN: "File cannot be read"},
		"không đọc được tệp %q: %s; kiểm tra quyền đọc", "cannot read file %q: %s; check its permissions"},
	// Text.
	{"KH020", Error, "not-nfc", Text{VI: "Văn bản chưa chuẩn hóa Unicode NFC", EN: "Text not in Unicode NFC"},
		"văn bản dùng dấu tổ hợp rời (NFD), ví dụ %q; chạy kh fmt để chuẩn hóa sang NFC", "text uses decomposed marks (NFD), e.g. %q; run kh fmt to normalise it to NFC"},
	{"KH021", Error, "mojibake", Text{VI: "Văn bản bị lỗi mã (TCVN3/VNI)", EN: "Text garbled by a legacy encoding (TCVN3/VNI)"},
		"văn bản có dấu hiệu lỗi bảng mã %s (%q); chuyển mã đoạn văn sang Unicode rồi dán lại", "text looks garbled by the %s encoding (%q); convert it to Unicode and paste it again"},
	{"KH022", Error, "astral-char", Text{VI: "Ký tự ngoài mặt phẳng cơ bản (emoji)", EN: "Character outside the basic plane (emoji)"},
		"ký tự %q (U+%04X) không in được trong văn bản hành chính; xóa ký tự này", "character %q (U+%04X) cannot be printed in an administrative document; remove it"},
	{"KH023", Error, "typed-numbering", Text{VI: "Số thứ tự được gõ tay", EN: "Numbering typed by hand"},
		"văn bản bắt đầu bằng số thứ tự gõ tay %q; xóa số này, kh tự đánh số theo cấu trúc (đoạn văn cần số thì đặt thành một mục con không tiêu đề)", "text starts with the typed number %q; remove it, kh numbers the outline itself (make a paragraph that needs a number a sub-section without a heading)"},
	{"KH024", Warning, "control-char", Text{VI: "Khoảng trắng hoặc ký tự điều khiển thừa", EN: "Stray whitespace or control character"},
		"văn bản có %s; xóa để bản in không bị lệch", "text has %s; remove it so the printout stays aligned"},
	// Document form.
	{"KH030", Error, "recipients-archive", Text{VI: "Nơi nhận phải kết thúc bằng \"Lưu: VT, …\"", EN: "Recipients must end with \"Lưu: VT, …\""},
		"dòng cuối của nơi nhận phải là \"Lưu: VT, …\" (NĐ 30/2020, Phụ lục I, II.9); thêm hoặc chuyển dòng đó xuống cuối", "the last recipient line must be \"Lưu: VT, …\" (Decree 30/2020, Annex I, II.9); add it or move it last"},
	{"KH031", Error, "signature", Text{VI: "Khối chữ ký thiếu thông tin", EN: "Signature block incomplete"},
		"khối chữ ký thiếu %s", "the signature block lacks %s"},
	{"KH032", Error, "doc-symbol", Text{VI: "Số, ký hiệu văn bản sai dạng", EN: "Document number or symbol malformed"},
		"ký hiệu %q sai dạng: %s", "symbol %q is malformed: %s"},
	{"KH033", Error, "layout-range", Text{VI: "Thông số thể thức ngoài khoảng cho phép", EN: "Layout value outside the allowed range"},
		"%s = %v nằm ngoài khoảng %s của %s", "%s = %v is outside the range %s of %s"},
	// As printed: labels, numbers and dates a signed document prints.
	{"KH040", Warning, "printed-label-duplicate", Text{VI: "Số thứ tự in trùng với mục trước", EN: "Printed label repeats an earlier one"},
		"số in %q của %s trùng với số của %s; văn bản đúng phải đánh %q", "printed label %q of %s repeats that of %s; it should read %q"},
	{"KH041", Warning, "printed-label-skipped", Text{VI: "Số thứ tự in bỏ qua số", EN: "Printed numbering skips a number"},
		"số in %q của %s bỏ qua %s sau %q; văn bản đúng phải đánh %q", "printed label %q of %s skips %s after %q; it should read %q"},
	{"KH042", Warning, "printed-label-order", Text{VI: "Số thứ tự in sai thứ tự", EN: "Printed label out of order"},
		"số in %q của %s đứng sau %q, sai thứ tự; văn bản đúng phải đánh %q", "printed label %q of %s comes after %q, out of order; it should read %q"},
	{"KH043", Warning, "printed-date-impossible", Text{VI: "Ngày in không có thật", EN: "Printed date does not exist"},
		"ngày in %q không phải là một ngày có thật (%s); ghi ngày đúng vào ngay và giữ ngày in ở ngay_in", "printed date %q is not a real date (%s); put the right date in ngay and keep the printed one in ngay_in"},
	{"KH044", Warning, "printed-date-differs", Text{VI: "Ngày in khác ngày ban hành", EN: "Printed date differs from the issue date"},
		"ngày in %q khác ngày ban hành %s; kiểm tra lại một trong hai", "printed date %q differs from the issue date %s; check one of them"},
	{"KH045", Warning, "citation-wording", Text{VI: "Lời văn căn cứ không khớp dữ liệu", EN: "Citation wording disagrees with its fields"},
		"lời văn căn cứ %q không có %s %q của căn cứ; sửa lời văn hoặc dữ liệu", "the citation's wording %q lacks its %s %q; fix the wording or the fields"},
	{"KH046", Warning, "written-agency", Text{VI: "Tên cơ quan ghi trong ô không khớp mã", EN: "Agency name as written disagrees with the ids"},
		"ô ghi %q nhưng không nêu %s (mã %q); sửa chữ ghi hoặc mã cơ quan", "the cell reads %q but does not name %s (id %q); fix the text or the agency ids"},
	{"KH047", Warning, "printed-deadline", Text{VI: "Thời hạn in khác thời hạn", EN: "Printed deadline differs from the deadline"},
		"thời hạn in %q không cùng nghĩa với thời hạn %q; sửa một trong hai", "printed deadline %q does not mean the same as the deadline %q; fix one of them"},
	// Suppressions.
	// Importing existing documents (kh import-doc): found in the source
	// document, positioned at its line, paragraph or table row.
	{"KH050", Warning, "import-agency-unknown", Text{VI: "Tên cơ quan trong văn bản không có trong danh mục", EN: "Agency named in the document not in the registry"},
		"không tìm thấy %q trong danh mục cơ quan%s; đã ghi nguyên tên, thêm cơ quan vào co-quan.yaml hoặc sửa tên rồi chạy kh fmt", "%q is not in the agency registry%s; it is written as is: add the agency to co-quan.yaml or fix the name, then run kh fmt"},
	{"KH051", Warning, "import-agency-successor", Text{VI: "Cơ quan đã không còn vào ngày của văn bản", EN: "Agency no longer existed on the document's date"},
		"%q đã không còn tồn tại vào ngày %s; đã ghi đơn vị kế thừa %s", "%q no longer existed on %s; its successor %s is written instead"},
	{"KH052", Warning, "import-deadline", Text{VI: "Thời hạn trong văn bản không đọc được", EN: "Deadline in the document cannot be read"},
		"thời hạn %q không đọc được (%s); đã giữ nguyên chữ, sửa lại để kh tính được ngày", "deadline %q cannot be read (%s); it is kept as written, rewrite it so kh can date it"},
	{"KH053", Warning, "import-target", Text{VI: "Mục tiêu trong văn bản không hợp lý", EN: "Target in the document is not plausible"},
		"mục tiêu %q: %s; đối chiếu với bản gốc", "target %q: %s; check it against the original"},
	{"KH054", Info, "import-encoding", Text{VI: "Văn bản gõ bằng bảng mã cũ đã được chuyển sang Unicode", EN: "Text in a legacy encoding converted to Unicode"},
		"văn bản gõ bằng bảng mã %s đã được chuyển sang Unicode; đọc lại các chữ có dấu", "the text was typed in %s and has been converted to Unicode; proofread its accented letters"},
	{"KH055", Info, "import-nfc", Text{VI: "Văn bản ở dạng Unicode tổ hợp đã được chuẩn hóa NFC", EN: "Decomposed Unicode text normalised to NFC"},
		"%d đoạn ở dạng Unicode tổ hợp (NFD) đã được chuyển sang dạng dựng sẵn (NFC)", "%d paragraphs in decomposed Unicode (NFD) have been converted to NFC"},
	{"KH056", Warning, "import-unplaced", Text{VI: "Đoạn văn bản không xác định được vị trí", EN: "Text the import could not place"},
		"không xác định được đoạn %q thuộc phần nào của văn bản; đoạn này không được nhập, thêm vào bằng tay nếu cần", "could not tell which part of the document %q belongs to; it was not imported, add it by hand if needed"},
	{"KH057", Warning, "import-column", Text{VI: "Cột của bảng không tương ứng trường nào", EN: "Table column matches no field"},
		"cột %q của bảng %s không tương ứng trường nào của kh; nội dung được ghi vào ghi_chu", "column %q of table %s matches no kh field; its content is written to ghi_chu"},
	{"KH058", Error, "import-structure", Text{VI: "Không nhận ra cấu trúc văn bản", EN: "Document structure not recognised"},
		"không nhận ra %s của văn bản; kh chỉ nhập văn bản có tên loại và trích yếu, không ghi gì", "could not find the document's %s; kh imports documents that have a type name and a title, nothing was written"},
	{"KH059", Info, "import-inline-table", Text{VI: "Bảng trong thân văn bản được ghi thành phụ lục", EN: "Table in the body written as an appendix"},
		"bảng trong mục %q được ghi thành %s (kh chưa có bảng trong thân văn bản); chuyển lại bằng tay nếu cần", "the table in section %q is written as %s (kh has no tables in the body yet); move it back by hand if needed"},
	{"KH090", Error, "suppression-reason", Text{VI: "Bỏ qua quy tắc không có lý do hoặc sai mã", EN: "Suppression without a reason or with a wrong code"},
		"bỏ qua %q %s", "suppression of %q %s"},
	{"KH091", Warning, "suppression-unused", Text{VI: "Bỏ qua không khớp phát hiện nào", EN: "Suppression matches nothing"},
		"bỏ qua quy tắc %s không khớp phát hiện nào; xóa mục bỏ qua này", "suppression of %s matches no finding; remove it"},
	// Deadlines.
	{"KH100", Error, "deadline-syntax", Text{VI: "Thời hạn không đọc được", EN: "Deadline cannot be read"},
		"thời hạn %q không đọc được: %s%s", "deadline %q cannot be read: %s%s"},
	{"KH101", Error, "deadline-outside-period", Text{VI: "Thời hạn ngoài thời kỳ của kế hoạch", EN: "Deadline outside the plan's period"},
		"thời hạn %q (%s) nằm ngoài thời kỳ của kế hoạch (%s); sửa thời hạn hoặc thời kỳ", "deadline %q (%s) is outside the plan's period (%s); fix the deadline or the period"},
	{"KH102", Error, "deadline-before-issue", Text{VI: "Thời hạn trước ngày ban hành", EN: "Deadline before the issue date"},
		"thời hạn %q kết thúc ngày %s, trước ngày ban hành kế hoạch %s", "deadline %q ends on %s, before the plan's issue date %s"},
	{"KH103", Error, "dependency-order", Text{VI: "Nhiệm vụ đến hạn trước nhiệm vụ nó phụ thuộc", EN: "Task due before a task it depends on"},
		"nhiệm vụ %q (hạn %s) đến hạn trước nhiệm vụ %q mà nó phụ thuộc (hạn %s)", "task %q (due %s) falls due before task %q it depends on (due %s)"},
	{"KH104", Error, "dependency-cycle", Text{VI: "Phụ thuộc vòng tròn giữa các nhiệm vụ", EN: "Cycle among task dependencies"},
		"các nhiệm vụ phụ thuộc vòng tròn: %s; bỏ một quan hệ \"sau\"", "tasks depend on each other in a cycle: %s; remove one \"sau\" link"},
	{"KH105", Error, "report-chain", Text{VI: "Cấp báo cáo dưới không đủ thời gian trước cấp trên", EN: "Lower reporting level too close to the next"},
		"báo cáo %q (hạn %s) phải xong trước báo cáo %q (hạn %s) ít nhất %d ngày làm việc, hiện chỉ còn %d", "report %[1]q (due %[2]s) must be due at least %[5]d working days before report %[3]q (due %[4]s); there are %[6]d"},
	{"KH106", Error, "parent-task-deadline", Text{VI: "Nhiệm vụ con đến hạn sau nhiệm vụ của kế hoạch cấp trên", EN: "Task due after the parent plan's task"},
		"nhiệm vụ %q (hạn %s) thực hiện nhiệm vụ %q của kế hoạch %q nhưng đến hạn muộn hơn (hạn %s)", "task %q (due %s) implements task %q of plan %q but falls due later (due %s)"},
	{"KH107", Error, "parent-period", Text{VI: "Thời kỳ kế hoạch ngoài thời kỳ kế hoạch cấp trên", EN: "Plan period outside the parent plan's period"},
		"thời kỳ %s nằm ngoài thời kỳ %s của kế hoạch cấp trên %q", "period %s lies outside the period %s of parent plan %q"},
	{"KH108", Error, "citation-after-issue", Text{VI: "Văn bản căn cứ ban hành sau kế hoạch", EN: "Cited document dated after the plan"},
		"văn bản căn cứ %q đề ngày %s, sau ngày ban hành kế hoạch %s; kiểm tra lại ngày hoặc bỏ căn cứ", "cited document %q is dated %s, after the plan's issue date %s; check the date or drop the citation"},
	{"KH109", Error, "citation-symbol", Text{VI: "Số, ký hiệu văn bản căn cứ sai dạng", EN: "Cited number/symbol malformed"},
		"số, ký hiệu %q sai dạng; văn bản nhà nước viết \"171/KH-UBND\", văn bản của Đảng viết \"16-NQ/TU\"", "number/symbol %q is malformed; state documents write \"171/KH-UBND\", Party documents \"16-NQ/TU\""},
	{"KH110", Warning, "number-sequence", Text{VI: "Số văn bản không khớp thứ tự trong năm", EN: "Document number out of the year's sequence"},
		"số %s ngày %s không khớp thứ tự số của %s trong năm: %s", "number %s of %s does not fit the %s sequence of the year: %s"},
	{"KH111", Error, "step-order", Text{VI: "Bước của lịch trình đến hạn trước bước trước nó", EN: "Schedule step due before the step it builds on"},
		"bước %q (hạn %s) đến hạn trước bước %q (hạn %s) mà nó tiếp nối", "step %q (due %s) falls due before step %q (due %s) it builds on"},
	{"KH112", Error, "agency-not-existing", Text{VI: "Cơ quan không tồn tại vào thời điểm của nhiệm vụ", EN: "Agency did not exist on the task's dates"},
		"%s không còn tồn tại từ %s; dùng %s", "%s no longer existed from %s; use %s"},
	{"KH113", Warning, "scope-longer-than-deadline", Text{VI: "Nội dung nêu phạm vi dài hơn thời hạn", EN: "Text states a longer scope than the deadline"},
		"nội dung nêu %q nhưng thời hạn chỉ là %q; kiểm tra lại thời hạn", "the text says %q but the deadline is only %q; check the deadline"},
	{"KH114", Warning, "deadline-day-off", Text{VI: "Thời hạn rơi vào ngày nghỉ", EN: "Deadline on a day off"},
		"thời hạn %s là %s; theo Điều 148 Bộ luật Dân sự 2015, hạn chuyển sang ngày làm việc tiếp theo %s", "deadline %s is a day off (%s); under Civil Code 2015 Art. 148 it moves to the next working day, %s"},
	{"KH115", Error, "period-syntax", Text{VI: "Thời kỳ kế hoạch không đọc được", EN: "Plan period cannot be read"},
		"thời kỳ %q không đọc được: %s%s", "period %q cannot be read: %s%s"},
	{"KH116", Warning, "conditional-ref", Text{VI: "Thời hạn theo văn bản chưa khớp văn bản nào", EN: "Conditional deadline names an unknown document"},
		"thời hạn %q dựa theo %q nhưng không có văn bản đó trong căn cứ hay kho kế hoạch", "deadline %q follows %q but no such document is cited or in the repository"},
	{"KH117", Info, "due-soon", Text{VI: "Nhiệm vụ sắp đến hạn", EN: "Task due soon"},
		"%s: nhiệm vụ %q đến hạn %s (còn %d ngày)", "%s: task %q is due %s (in %d days)"},
	{"KH118", Warning, "overdue", Text{VI: "Nhiệm vụ quá hạn chưa có kết quả hoàn thành", EN: "Task overdue without a completion record"},
		"%s: nhiệm vụ %q đã quá hạn %s (%d ngày) mà chưa ghi nhận hoàn thành", "%s: task %q passed its deadline %s (%d days ago) with no completion recorded"},
	{"KH119", Info, "calendar-year-missing", Text{VI: "Lịch làm việc chưa có dữ liệu của năm", EN: "Working-day calendar has no data for the year"},
		"lịch làm việc (lich-lam-viec.yaml) chưa có năm %s, năm có thời hạn của kế hoạch này, nên ngày nghỉ bù, làm bù của năm đó chưa được tính; khi có thông báo chính thức về nghỉ lễ, tết của năm, thêm năm vào lich-lam-viec.yaml kèm nguồn (nguon)",
		"the working-day calendar (lich-lam-viec.yaml) has no data for %s, a year of this plan's deadlines, so that year's official day swaps are not counted; when the official notice of the year's holidays is out, add the year to lich-lam-viec.yaml with its source (nguon)"},
	// Progress records.
	{"KH120", Error, "progress-record", Text{VI: "Bản ghi tiến độ không hợp lệ", EN: "Invalid progress record"},
		"bản ghi tiến độ: %s", "progress record: %s"},
	{"KH121", Error, "progress-period", Text{VI: "Kỳ báo cáo của bản ghi tiến độ không đọc được", EN: "Progress record period cannot be read"},
		"kỳ báo cáo %q không đọc được; viết 2026 (năm), 2026-H1 (6 tháng), 2026-Q1 (quý) hoặc 2026-03 (tháng)", "period %q cannot be read; write 2026 (year), 2026-H1 (half), 2026-Q1 (quarter) or 2026-03 (month)"},
	{"KH122", Error, "progress-unknown-task", Text{VI: "Bản ghi tiến độ nói về nhiệm vụ không có trong kế hoạch", EN: "Progress reported for a task not in the plan"},
		"không có nhiệm vụ mã %q trong kế hoạch %q; sửa mã hoặc xóa mục này", "plan %[2]q has no task with id %[1]q; fix the id or remove the entry"},
	{"KH123", Error, "progress-not-lead", Text{VI: "Cơ quan báo cáo không chủ trì nhiệm vụ", EN: "Reporting agency does not lead the task"},
		"%s không chủ trì nhiệm vụ %q; chỉ cơ quan chủ trì báo cáo tiến độ, chuyển mục này sang bản ghi của cơ quan chủ trì", "%s does not lead task %q; only the lead agency reports on it, move the entry to the lead agency's record"},
	{"KH124", Error, "progress-date", Text{VI: "Ngày hoàn thành không hợp lệ", EN: "Invalid completion date"},
		"ngày hoàn thành %s %s", "completion date %s %s"},
	{"KH125", Error, "progress-location", Text{VI: "Bản ghi tiến độ nằm sai chỗ", EN: "Progress record in the wrong place"},
		"%s; bản ghi phải nằm ở %s", "%s; the record belongs at %s"},
}, append(append(append(reviewRules, hardenRules...), roundRules...), followRules...)...)

// byCode indexes the catalogue and enters every rule's templates, and its
// summary, into the message catalogue, whose test checks that both
// languages take the same arguments.
var byCode = func() map[string]*entry {
	m := make(map[string]*entry, len(rules))
	for i := range rules {
		r := &rules[i]
		m[r.Code] = &entry{Rule: r, msg: msg.New(r.Code, r.VI, r.EN)}
		msg.New(r.Code+".summary", r.Summary.VI, r.Summary.EN)
	}
	return m
}()

type entry struct {
	*Rule
	msg *msg.Message
}

// Lookup returns the rule with code, if any.
func Lookup(code string) (Rule, bool) {
	r, ok := byCode[code]
	if !ok {
		return Rule{}, false
	}
	return *r.Rule, true
}

// Rules lists the catalogue sorted by code.
func Rules() []Rule {
	out := append([]Rule(nil), rules...)
	sort.Slice(out, func(i, j int) bool { return out[i].Code < out[j].Code })
	return out
}
