package deadline

import (
	"errors"
	"testing"
	"time"
)

func day(y, m, d int) time.Time { return civil(y, m, d) }

// parseCases covers every form found in the seed plans, with the canonical spelling.
var parseCases = []struct {
	in   string
	want Deadline
	str  string
}{
	// Dates.
	{"30/09/2021", Deadline{Kind: Date, From: day(2021, 9, 30), To: day(2021, 9, 30)}, "Ngày 30/9/2021"},
	{"ngày 01/7/2025", Deadline{Kind: Date, From: day(2025, 7, 1), To: day(2025, 7, 1)}, "Ngày 01/7/2025"},
	{"Ngày 05/01/2020", Deadline{Kind: Date, From: day(2020, 1, 5), To: day(2020, 1, 5)}, "Ngày 05/01/2020"},
	{"ngày 30 tháng 9 năm 2021", Deadline{Kind: Date, From: day(2021, 9, 30), To: day(2021, 9, 30)}, "Ngày 30/9/2021"},
	{"20.7.2020", Deadline{Kind: Date, From: day(2020, 7, 20), To: day(2020, 7, 20)}, "Ngày 20/7/2020"},
	{"trước ngày 15/6/2025", Deadline{Kind: Date, Before: true, To: day(2025, 6, 14)}, "Trước ngày 15/6/2025"},
	{"trước 15/6/2025", Deadline{Kind: Date, Before: true, To: day(2025, 6, 14)}, "Trước ngày 15/6/2025"},
	{"hoàn thành trước 01/06/2025", Deadline{Kind: Date, Before: true, To: day(2025, 5, 31)}, "Trước ngày 01/6/2025"},
	{"Hoàn thành báo cáo trước ngày 01/08/2025.", Deadline{Kind: Date, Before: true, To: day(2025, 7, 31)}, "Trước ngày 01/8/2025"},
	{"trước ngày 01/01/2026", Deadline{Kind: Date, Before: true, To: day(2025, 12, 31)}, "Trước ngày 01/01/2026"},
	{"trước quý II/2026", Deadline{Kind: Date, Before: true, To: day(2026, 3, 31)}, "Trước ngày 01/4/2026"},
	{"chậm nhất ngày 25/12/2025", Deadline{Kind: Date, To: day(2025, 12, 25)}, "Chậm nhất ngày 25/12/2025"},
	{"chậm nhất vào ngày 20/12/2025", Deadline{Kind: Date, To: day(2025, 12, 20)}, "Chậm nhất ngày 20/12/2025"},
	// Months, quarters, halves, years.
	{"Tháng 10/2026", Deadline{Kind: Month, From: day(2026, 10, 1), To: day(2026, 10, 31)}, "Tháng 10/2026"},
	{"tháng 02/2022", Deadline{Kind: Month, From: day(2022, 2, 1), To: day(2022, 2, 28)}, "Tháng 02/2022"},
	{"tháng 2 năm 2024", Deadline{Kind: Month, From: day(2024, 2, 1), To: day(2024, 2, 29)}, "Tháng 02/2024"},
	{"trong tháng 8/2025", Deadline{Kind: Month, From: day(2025, 8, 1), To: day(2025, 8, 31)}, "Tháng 8/2025"},
	{"Quý I/2026", Deadline{Kind: Quarter, From: day(2026, 1, 1), To: day(2026, 3, 31)}, "Quý I/2026"},
	{"Quý 2/2026", Deadline{Kind: Quarter, From: day(2026, 4, 1), To: day(2026, 6, 30)}, "Quý II/2026"},
	{"quý iii/2026", Deadline{Kind: Quarter, From: day(2026, 7, 1), To: day(2026, 9, 30)}, "Quý III/2026"},
	{"Quý IV năm 2026", Deadline{Kind: Quarter, From: day(2026, 10, 1), To: day(2026, 12, 31)}, "Quý IV/2026"},
	{"QUÝ  I / 2026", Deadline{Kind: Quarter, From: day(2026, 1, 1), To: day(2026, 3, 31)}, "Quý I/2026"},
	{"6 tháng đầu năm 2026", Deadline{Kind: Half, From: day(2026, 1, 1), To: day(2026, 6, 30)}, "6 tháng đầu năm 2026"},
	{"06 tháng đầu 2026", Deadline{Kind: Half, From: day(2026, 1, 1), To: day(2026, 6, 30)}, "6 tháng đầu năm 2026"},
	{"6 tháng cuối năm 2026", Deadline{Kind: Half, From: day(2026, 7, 1), To: day(2026, 12, 31)}, "6 tháng cuối năm 2026"},
	{"Năm 2026", Deadline{Kind: Year, From: day(2026, 1, 1), To: day(2026, 12, 31)}, "Năm 2026"},
	{"2026", Deadline{Kind: Year, From: day(2026, 1, 1), To: day(2026, 12, 31)}, "Năm 2026"},
	{"trong năm 2026", Deadline{Kind: Year, From: day(2026, 1, 1), To: day(2026, 12, 31)}, "Năm 2026"},
	// Periods and open starts.
	{"giai đoạn 2026-2030", Deadline{Kind: Period, From: day(2026, 1, 1), To: day(2030, 12, 31)}, "Giai đoạn 2026–2030"},
	{"Giai đoạn 2026 —2030", Deadline{Kind: Period, From: day(2026, 1, 1), To: day(2030, 12, 31)}, "Giai đoạn 2026–2030"},
	{"2026 - 2030", Deadline{Kind: Period, From: day(2026, 1, 1), To: day(2030, 12, 31)}, "Giai đoạn 2026–2030"},
	{"2021–2025", Deadline{Kind: Period, From: day(2021, 1, 1), To: day(2025, 12, 31)}, "Giai đoạn 2021–2025"},
	{"từ tháng 8/2022 đến tháng 8/2025", Deadline{Kind: Period, From: day(2022, 8, 1), To: day(2025, 8, 31)}, "Từ tháng 8/2022 đến tháng 8/2025"},
	{"từ tháng 8 năm 2022 đến tháng 8 năm 2025", Deadline{Kind: Period, From: day(2022, 8, 1), To: day(2025, 8, 31)}, "Từ tháng 8/2022 đến tháng 8/2025"},
	{"từ Quý II/2026 đến hết Quý IV/2026", Deadline{Kind: Period, From: day(2026, 4, 1), To: day(2026, 12, 31)}, "Từ Quý II/2026 đến Quý IV/2026"},
	{"từ năm 2026 đến năm 2030", Deadline{Kind: Period, From: day(2026, 1, 1), To: day(2030, 12, 31)}, "Giai đoạn 2026–2030"},
	{"từ ngày 01/7/2025 đến ngày 15/8/2025", Deadline{Kind: Period, From: day(2025, 7, 1), To: day(2025, 8, 15)}, "Từ ngày 01/7/2025 đến ngày 15/8/2025"},
	{"Từ năm 2026", Deadline{Kind: OpenStart, From: day(2026, 1, 1)}, "Từ năm 2026"},
	{"từ 2026", Deadline{Kind: OpenStart, From: day(2026, 1, 1)}, "Từ năm 2026"},
	{"từ Quý II/2026", Deadline{Kind: OpenStart, From: day(2026, 4, 1)}, "Từ Quý II/2026"},
	{"từ tháng 8/2022", Deadline{Kind: OpenStart, From: day(2022, 8, 1)}, "Từ tháng 8/2022"},
	{"từ ngày 01/7/2025", Deadline{Kind: OpenStart, From: day(2025, 7, 1)}, "Từ Quý III/2025"},
	{"từ ngày 15/7/2025", Deadline{Kind: OpenStart, From: day(2025, 7, 15)}, "Từ ngày 15/7/2025"},
	// Recurring.
	{"Thường xuyên", Deadline{Kind: Recurring, Recurrence: Continuous}, "Thường xuyên"},
	{"Hằng tháng", Deadline{Kind: Recurring, Recurrence: Monthly}, "Hằng tháng"},
	{"Hàng tháng", Deadline{Kind: Recurring, Recurrence: Monthly}, "Hằng tháng"},
	{"Hằng quý", Deadline{Kind: Recurring, Recurrence: Quarterly}, "Hằng quý"},
	{"Hàng Quý", Deadline{Kind: Recurring, Recurrence: Quarterly}, "Hằng quý"},
	{"Hằng năm", Deadline{Kind: Recurring, Recurrence: Yearly}, "Hằng năm"},
	{"hàng năm", Deadline{Kind: Recurring, Recurrence: Yearly}, "Hằng năm"},
	{"định kỳ hằng năm", Deadline{Kind: Recurring, Recurrence: Yearly}, "Hằng năm"},
	{"định kỳ 6 tháng", Deadline{Kind: Recurring, Recurrence: HalfYearly}, "Định kỳ 6 tháng"},
	{"6 tháng, hằng năm", Deadline{Kind: Recurring, Recurrence: HalfYearly | Yearly}, "6 tháng, hằng năm"},
	{"hằng quý, 6 tháng, năm", Deadline{Kind: Recurring, Recurrence: Quarterly | HalfYearly | Yearly}, "Hằng quý, 6 tháng, hằng năm"},
	{"thường xuyên; hằng quý", Deadline{Kind: Recurring, Recurrence: Continuous | Quarterly}, "Thường xuyên, hằng quý"},
	// Conditional.
	{"Theo tiến độ Quy hoạch tỉnh", Deadline{Kind: Conditional, Condition: ProgressOf, Ref: "Quy hoạch tỉnh"}, "Theo tiến độ Quy hoạch tỉnh"},
	{"Theo Đề án 06", Deadline{Kind: Conditional, Condition: Following, Ref: "Đề án 06"}, "Theo Đề án 06"},
	{"theo  Đề án   06/CP", Deadline{Kind: Conditional, Condition: Following, Ref: "Đề án 06/CP"}, "Theo Đề án 06/CP"},
	{"Theo yêu cầu của Bộ KH&CN", Deadline{Kind: Conditional, Condition: RequestOf, Ref: "Bộ KH&CN"}, "Theo yêu cầu của Bộ KH&CN"},
	{"Theo yêu cầu Bộ KH&CN", Deadline{Kind: Conditional, Condition: RequestOf, Ref: "Bộ KH&CN"}, "Theo yêu cầu của Bộ KH&CN"},
	{"Theo yêu cầu", Deadline{Kind: Conditional, Condition: RequestOf}, "Theo yêu cầu"},
	{"Khi có yêu cầu xây dựng", Deadline{Kind: Conditional, Condition: OnRequest, Ref: "xây dựng"}, "Khi có yêu cầu xây dựng"},
	{"Theo lộ trình của Bộ Công an", Deadline{Kind: Conditional, Condition: RoadmapOf, Ref: "Bộ Công an"}, "Theo lộ trình của Bộ Công an"},
	{"Theo kế hoạch của Đề án 06", Deadline{Kind: Conditional, Condition: PlanOf, Ref: "Đề án 06"}, "Theo kế hoạch của Đề án 06"},
	{"Theo hướng dẫn của Bộ Nội vụ", Deadline{Kind: Conditional, Condition: GuidanceOf, Ref: "Bộ Nội vụ"}, "Theo hướng dẫn của Bộ Nội vụ"},
	// Relative.
	{"trong 15 ngày làm việc kể từ ngày ký", Deadline{Kind: Relative, Before: true, N: 15, WorkingDays: true, Anchor: Signing}, "Trong 15 ngày làm việc kể từ ngày ký"},
	{"sau 30 ngày kể từ ngày ban hành", Deadline{Kind: Relative, N: 30, Anchor: Issuance}, "Sau 30 ngày kể từ ngày ban hành"},
	{"trong vòng 10 ngày kể từ ngày nhận được văn bản", Deadline{Kind: Relative, Before: true, N: 10, Anchor: OtherAnchor, Ref: "ngày nhận được văn bản"}, "Trong 10 ngày kể từ ngày nhận được văn bản"},
	{"Trong 05 ngày từ ngày ký ban hành", Deadline{Kind: Relative, Before: true, N: 5, Anchor: Signing}, "Trong 5 ngày kể từ ngày ký"},
	{"trong 7 ngày", Deadline{Kind: Relative, Before: true, N: 7}, "Trong 7 ngày"},
	// Compact ranges.
	{"Quý II-III/2027", Deadline{Kind: Period, Range: ByQuarter, From: day(2027, 4, 1), To: day(2027, 9, 30)}, "Quý II–III/2027"},
	{"quý II – quý III năm 2027", Deadline{Kind: Period, Range: ByQuarter, From: day(2027, 4, 1), To: day(2027, 9, 30)}, "Quý II–III/2027"},
	{"Quý IV/2026 - Quý I/2027", Deadline{Kind: Period, Range: ByQuarter, From: day(2026, 10, 1), To: day(2027, 3, 31)}, "Quý IV/2026–Quý I/2027"},
	{"Tháng 6-9/2027", Deadline{Kind: Period, Range: ByMonth, From: day(2027, 6, 1), To: day(2027, 9, 30)}, "Tháng 6–9/2027"},
	{"tháng 01-02/2028", Deadline{Kind: Period, Range: ByMonth, From: day(2028, 1, 1), To: day(2028, 2, 29)}, "Tháng 01–02/2028"},
	{"Tháng 11/2026 - tháng 2/2027", Deadline{Kind: Period, Range: ByMonth, From: day(2026, 11, 1), To: day(2027, 2, 28)}, "Tháng 11/2026–tháng 02/2027"},
	{"Năm 2027-2028", Deadline{Kind: Period, Range: ByYear, From: day(2027, 1, 1), To: day(2028, 12, 31)}, "Năm 2027–2028"},
	{"tháng 6-2026", Deadline{Kind: Month, From: day(2026, 6, 1), To: day(2026, 6, 30)}, "Tháng 6/2026"},
	// Quarters as Q2/2027.
	{"Q2/2027", Deadline{Kind: Quarter, From: day(2027, 4, 1), To: day(2027, 6, 30)}, "Quý II/2027"},
	{"q4 năm 2026", Deadline{Kind: Quarter, From: day(2026, 10, 1), To: day(2026, 12, 31)}, "Quý IV/2026"},
	{"QIII/2027", Deadline{Kind: Quarter, From: day(2027, 7, 1), To: day(2027, 9, 30)}, "Quý III/2027"},
	{"Q1-Q2/2027", Deadline{Kind: Period, Range: ByQuarter, From: day(2027, 1, 1), To: day(2027, 6, 30)}, "Quý I–II/2027"},
	// Without the year (year 0 until the plan's year is given, see TestParseIn).
	{"trước ngày 15/6", Deadline{Kind: Date, Before: true, NoYear: true, To: day(0, 6, 14)}, "Trước ngày 15/6"},
	{"6 tháng đầu năm", Deadline{Kind: Half, NoYear: true, From: day(0, 1, 1), To: day(0, 6, 30)}, "6 tháng đầu năm"},
	{"06 tháng cuối năm", Deadline{Kind: Half, NoYear: true, From: day(0, 7, 1), To: day(0, 12, 31)}, "6 tháng cuối năm"},
	{"Quý II", Deadline{Kind: Quarter, NoYear: true, From: day(0, 4, 1), To: day(0, 6, 30)}, "Quý II"},
	{"tháng 02", Deadline{Kind: Month, NoYear: true, From: day(0, 2, 1), To: day(0, 2, 29)}, "Tháng 02"},
	{"30/9", Deadline{Kind: Date, NoYear: true, From: day(0, 9, 30), To: day(0, 9, 30)}, "Ngày 30/9"},
	{"chậm nhất ngày 20 tháng 12", Deadline{Kind: Date, NoYear: true, To: day(0, 12, 20)}, "Chậm nhất ngày 20/12"},
	{"Quý II-III", Deadline{Kind: Period, Range: ByQuarter, NoYear: true, From: day(0, 4, 1), To: day(0, 9, 30)}, "Quý II–III"},
	{"từ tháng 6 đến tháng 9", Deadline{Kind: Period, NoYear: true, From: day(0, 6, 1), To: day(0, 9, 30)}, "Từ tháng 6 đến tháng 9"},
	{"từ tháng 6 đến tháng 9/2027", Deadline{Kind: Period, From: day(2027, 6, 1), To: day(2027, 9, 30)}, "Từ tháng 6/2027 đến tháng 9/2027"},
	{"Từ Quý II", Deadline{Kind: OpenStart, NoYear: true, From: day(0, 4, 1)}, "Từ Quý II"},
	// Events.
	{"Sau khi có hướng dẫn của Bộ KH&CN", Deadline{Kind: Conditional, Condition: AfterEvent, Ref: "có hướng dẫn của Bộ KH&CN"}, "Sau khi có hướng dẫn của Bộ KH&CN"},
	{"sau  khi Đề án được phê duyệt", Deadline{Kind: Conditional, Condition: AfterEvent, Ref: "Đề án được phê duyệt"}, "Sau khi Đề án được phê duyệt"},
	{"Khi có hướng dẫn của Trung ương", Deadline{Kind: Conditional, Condition: WhenEvent, Ref: "có hướng dẫn của Trung ương"}, "Khi có hướng dẫn của Trung ương"},
	{"khi được phê duyệt", Deadline{Kind: Conditional, Condition: WhenEvent, Ref: "được phê duyệt"}, "Khi được phê duyệt"},
	// Decomposed (NFD) input is normalised first.
	{"Qu\u0079\u0301 I/2026", Deadline{Kind: Quarter, From: day(2026, 1, 1), To: day(2026, 3, 31)}, "Quý I/2026"},
	{"Thu\u031bo\u031b\u0300ng xuye\u0302n", Deadline{Kind: Recurring, Recurrence: Continuous}, "Thường xuyên"},
}

func TestParse(t *testing.T) {
	for _, tc := range parseCases {
		got, err := Parse(tc.in)
		if err != nil {
			t.Errorf("Parse(%q): %v", tc.in, err)
			continue
		}
		if got.Source != tc.in {
			t.Errorf("Parse(%q).Source = %q", tc.in, got.Source)
		}
		got.Source = ""
		if got != tc.want {
			t.Errorf("Parse(%q) =\n %#v, want\n %#v", tc.in, got, tc.want)
		}
		if s := got.String(); s != tc.str {
			t.Errorf("Parse(%q).String() = %q, want %q", tc.in, s, tc.str)
		}
		back, err := Parse(tc.str)
		if err != nil {
			t.Errorf("Parse(%q) of canonical form: %v", tc.str, err)
			continue
		}
		back.Source = ""
		if back != tc.want {
			t.Errorf("round trip %q = %#v, want %#v", tc.str, back, tc.want)
		}
	}
}

var errorCases = []struct {
	in         string
	col        int
	msg        string
	suggestion string
}{
	{"Quy I/2026", 1, "không nhận ra “Quy”", "Quý I/2026"},
	{"Qúy 1/2026", 1, "không nhận ra “Qúy”", "Quý I/2026"},
	{"Quí I/2026", 1, "không nhận ra “Quí”", "Quý I/2026"},
	{"thang 10/2026", 1, "không nhận ra “thang”", "Tháng 10/2026"},
	{"Thuong xuyen", 1, "không nhận ra “Thuong”", "Thường xuyên"},
	{"Hang quy", 1, "không nhận ra “Hang”", "Hằng quý"},
	{"6 thang dau nam 2026", 3, "cần dấu “/” sau ngày", "6 tháng đầu năm 2026"},
	{"Tháng 10 nam 2026", 10, "thừa nội dung sau thời hạn", "Tháng 10/2026"},
	{"Theo tién do Quy hoach tinh", 6, "thiếu hoặc sai dấu: “tién do”", "Theo tiến độ Quy hoach tinh"},
	{"truoc ngay 15/6/2025", 1, "không nhận ra “truoc”", "Trước ngày 15/6/2025"},
	{"Quý 5/2026", 5, "quý không hợp lệ: 5 (chỉ có quý I–IV)", ""},
	{"Quy 111/2026", 1, "không nhận ra “Quy”", "Quý III/2026"},
	{"Quý IIl/2026", 5, "quý không hợp lệ: IIl (chỉ có quý I–IV)", "Quý III/2026"},
	{"Theo yêu cầu cua Bộ KH&CN", 14, "thiếu hoặc sai dấu: “cua”", "Theo yêu cầu của Bộ KH&CN"},
	{"Theo yéu cau cua Bo KH&CN", 6, "thiếu hoặc sai dấu: “yéu cau”", "Theo yêu cầu của Bo KH&CN"},
	{"Quý V/2026", 5, "quý không hợp lệ: V (chỉ có quý I–IV)", ""},
	{"31/02/2026", 1, "ngày 31 không có trong tháng 02/2026", "Ngày 28/02/2026"},
	{"ngày 00/5/2026", 6, "ngày 00 không có trong tháng 5/2026", ""},
	{"tháng 13/2026", 7, "tháng không hợp lệ: 13 (chỉ có tháng 1–12)", ""},
	{"Quý I/26", 7, "năm phải có 4 chữ số, từ 1900 đến 9999", ""},
	{"Quý I/", 7, "thiếu năm (4 chữ số)", ""},
	{"Quý I năm", 10, "thiếu năm (4 chữ số)", ""},
	{"Quý III-II/2027", 9, "thời điểm kết thúc trước thời điểm bắt đầu", ""},
	{"Tháng 9-6/2027", 9, "thời điểm kết thúc trước thời điểm bắt đầu", ""},
	{"Năm 2028-2027", 10, "thời điểm kết thúc trước thời điểm bắt đầu", ""},
	{"Quý II-V/2027", 8, "quý không hợp lệ: V (chỉ có quý I–IV)", ""},
	{"Tháng 6-13/2027", 9, "tháng không hợp lệ: 13 (chỉ có tháng 1–12)", ""},
	{"Q5/2027", 2, "quý không hợp lệ: 5 (chỉ có quý I–IV)", ""},
	{"31/6", 1, "ngày 31 không có trong tháng 6", "Ngày 30/6"},
	{"Sau khi", 8, "cần sự việc sau “Sau khi”", ""},
	{"Khi có", 7, "cần sự việc sau “Khi có”", ""},
	{"Khi nào", 1, "không nhận ra “Khi”", ""},
	{"15/6-20/6/2027", 5, "thừa nội dung sau thời hạn", ""},
	{"giai đoạn 2030-2026", 16, "năm kết thúc trước năm bắt đầu", ""},
	{"từ tháng 8/2025 đến tháng 8/2022", 21, "thời điểm kết thúc trước thời điểm bắt đầu", ""},
	{"7 tháng đầu năm 2026", 9, "thiếu số tháng", ""},
	{"trong 0 ngày", 7, "số ngày phải từ 1 đến 3650", ""},
	{"Quy Vien", 1, "không nhận ra “Quy”", ""},
	{"   ", 1, "không có nội dung thời hạn", ""},
	{"Theo", 5, "cần tên văn bản hoặc cơ quan sau “Theo”", ""},
	{"Quý I/2026 xyz", 12, "thừa nội dung sau thời hạn", ""},
	{"giai đoạn 2026", 15, "cần dấu gạch ngang giữa hai năm", ""},
	{"giai 2026", 6, "cần “đoạn” sau “giai”", ""},
	{"giai doan 2026-2030", 6, "cần “đoạn” sau “giai”", "Giai đoạn 2026–2030"},
	{"2026 -", 7, "thiếu năm (4 chữ số)", ""},
	{"trong 10 tuần", 10, "cần dấu “/” sau ngày", ""},
	{"sau 10 tuần", 8, "cần “ngày”", ""},
	{"trong 10 ngày sau", 15, "cần “kể từ”", ""},
	{"sau ngày", 5, "cần số ngày", ""},
	{"30 9 2021", 4, "cần dấu “/” sau ngày", ""},
	{"ngày", 5, "cần ngày dạng dd/mm/yyyy", ""},
	{"Quý", 4, "cần số quý (I–IV)", ""},
	{"tháng", 6, "thiếu số tháng", ""},
	{"hằng tuần", 6, "sau “hằng” cần “tháng”, “quý” hoặc “năm”", ""},
	{"định kỳ", 8, "không nhận ra kỳ báo cáo", ""},
	{"thường", 7, "cần “xuyên” sau “thường”", ""},
	{"khi nào", 1, "không nhận ra “khi”", ""},
	{"hoàn tất", 6, "cần “thành” sau “hoàn”", ""},
	{"hoan thanh truoc 15/6/2025", 1, "không nhận ra “hoan”", "Trước ngày 15/6/2025"},
	{"/2026", 1, "cần thời hạn (ngày, tháng, quý, năm)", ""},
}

func TestParseErrors(t *testing.T) {
	for _, tc := range errorCases {
		_, err := Parse(tc.in)
		var pe *ParseError
		if !errors.As(err, &pe) {
			t.Errorf("Parse(%q) error = %v, want *ParseError", tc.in, err)
			continue
		}
		if pe.Col != tc.col || pe.Text.VI != tc.msg || pe.Suggestion != tc.suggestion {
			t.Errorf("Parse(%q) = col %d %q suggestion %q; want col %d %q suggestion %q",
				tc.in, pe.Col, pe.Text.VI, pe.Suggestion, tc.col, tc.msg, tc.suggestion)
		}
		if pe.Text.EN == "" {
			t.Errorf("Parse(%q) has no English message", tc.in)
		}
	}
}

func TestParseIn(t *testing.T) {
	tests := []struct {
		in   string
		year int
		want Deadline
	}{
		{"trước ngày 15/6", 2025, Deadline{Kind: Date, Before: true, NoYear: true, To: day(2025, 6, 14)}},
		{"6 tháng đầu năm", 2026, Deadline{Kind: Half, NoYear: true, From: day(2026, 1, 1), To: day(2026, 6, 30)}},
		{"Quý II-III", 2027, Deadline{Kind: Period, Range: ByQuarter, NoYear: true, From: day(2027, 4, 1), To: day(2027, 9, 30)}},
		{"tháng 02", 2026, Deadline{Kind: Month, NoYear: true, From: day(2026, 2, 1), To: day(2026, 2, 28)}},
		// A year in the text wins over the plan's.
		{"Quý I/2027", 2026, Deadline{Kind: Quarter, From: day(2027, 1, 1), To: day(2027, 3, 31)}},
		{"từ tháng 6 đến tháng 9", 2026, Deadline{Kind: Period, NoYear: true, From: day(2026, 6, 1), To: day(2026, 9, 30)}},
	}
	for _, tc := range tests {
		got, err := ParseIn(tc.in, Context{Year: tc.year})
		if err != nil {
			t.Errorf("ParseIn(%q, %d): %v", tc.in, tc.year, err)
			continue
		}
		got.Source = ""
		if got != tc.want {
			t.Errorf("ParseIn(%q, %d) =\n %#v, want\n %#v", tc.in, tc.year, got, tc.want)
		}
		if !got.Dated() {
			t.Errorf("ParseIn(%q, %d) not dated", tc.in, tc.year)
		}
		back, err := mustParse(t, tc.in).InYear(tc.year)
		back.Source = ""
		if err != nil || back != tc.want {
			t.Errorf("InYear(%q, %d) = %#v, %v", tc.in, tc.year, back, err)
		}
	}
	if d := mustParse(t, "trước ngày 15/6"); d.Dated() || !d.Latest().IsZero() || !d.Earliest().IsZero() {
		t.Errorf("a deadline without its year is dated: %#v", d)
	}
	if _, err := ParseIn("29/02", Context{Year: 2026}); err == nil || err.(*ParseError).Text.VI != "ngày 29 không có trong tháng 02/2026" {
		t.Errorf("ParseIn(29/02, 2026) = %v", err)
	}
	if _, err := mustParse(t, "29/02").InYear(2026); err == nil {
		t.Error("InYear accepted 29/02/2026")
	}
}
