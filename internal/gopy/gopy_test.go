package gopy

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kh-tools/kh/internal/calendar"
	"github.com/kh-tools/kh/internal/layout"
	"github.com/kh-tools/kh/internal/load"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/view"
	"github.com/kh-tools/kh/internal/word"
	"github.com/kh-tools/kh/internal/worddiff"
)

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func TestResolve(t *testing.T) {
	r := &plan.Repo{Registries: []*plan.Registry{{Province: "Mẫu", Agencies: []*plan.Agency{
		{ID: "cac-so", Kind: plan.AgencyGroup, Members: []string{"so-a", "so-b", "nhom-con", "so-a"}},
		{ID: "nhom-con", Kind: plan.AgencyGroup, Members: []string{"so-c"}},
		{ID: "nhom-rong", Kind: plan.AgencyGroup},
		{ID: "so-a"}, {ID: "so-b"}, {ID: "so-c"},
		{ID: "so-cu", Until: day(2025, 2, 28)},
	}}}}
	r.Index()
	p := &plan.Plan{ID: "kh"}
	rd := &plan.Round{Draft: 1, Sent: day(2025, 12, 10), Deadline: "trong 05 ngày làm việc", Asked: []string{"cac-so", "so-cu", "so-khong", "nhom-rong", "so-b"}}
	got := Resolve(r, p, rd, calendar.New())
	if !slices.Equal(got.Asked, []string{"so-a", "so-b", "so-c"}) || !slices.Equal(got.Unknown, []string{"so-khong"}) || !slices.Equal(got.Empty, []string{"nhom-rong"}) {
		t.Errorf("asked %v, unknown %v, empty %v", got.Asked, got.Unknown, got.Empty)
	}
	// Five working days after Wednesday 10/12/2025: Wednesday 17/12.
	if !got.Due.Equal(day(2025, 12, 17)) {
		t.Errorf("due %v", got.Due)
	}
	rd.Deadline = "Trước ngày 20/12/2025"
	if got := Resolve(r, p, rd, nil); !got.Due.Equal(day(2025, 12, 19)) {
		t.Errorf("due %v", got.Due)
	}
}

func TestAgrees(t *testing.T) {
	for s, want := range map[string]bool{
		"Nhất trí.": true, "nhất trí với dự thảo": true, "Thống nhất với nội dung dự thảo": true, "Đồng ý": true,
		"Không có ý kiến khác.": true, "Nhất trí, nhưng đề nghị bổ sung nhiệm vụ về an toàn thông tin cho các xã": false,
		"Đề nghị bổ sung": false, "": false,
	} {
		if agrees(s) != want {
			t.Errorf("agrees(%q) = %v", s, !want)
		}
	}
}

func TestMarked(t *testing.T) {
	if got := Marked(worddiff.Diff("Quý I/2026", "Quý II/2026")); got != "Quý [-I-]{+II+}/2026" {
		t.Errorf("marked %q", got)
	}
}

func TestKey(t *testing.T) {
	for _, r := range []word.Ref{{ID: "nv-a", Field: "doan[1]"}, {ID: "kh"}} {
		if got := ParseKey(Key(r)); got != r {
			t.Errorf("%v → %q → %v", r, Key(r), got)
		}
	}
}

func TestTexts(t *testing.T) {
	cases := []struct {
		c             plan.Comment
		comment, resp string
	}{
		{plan.Comment{Text: "Đề nghị làm rõ.", Response: plan.Explained, Reason: "Đã rõ."}, "Đề nghị làm rõ.", "Giải trình: Đã rõ."},
		{plan.Comment{Before: "Quý I/2026", Proposed: "Quý II/2026", Response: plan.Accepted}, "Đề nghị sửa “Quý I/2026” thành “Quý II/2026”.", "Tiếp thu."},
		{plan.Comment{Text: "Đề nghị bổ sung đoạn.", Proposed: "Đoạn mới."}, "Đề nghị bổ sung đoạn.\n“Đoạn mới.”", "(chưa trả lời)"},
	}
	for _, c := range cases {
		if got := CommentText(&c.c); got != c.comment {
			t.Errorf("comment %q, want %q", got, c.comment)
		}
		if got := ResponseText(&c.c); got != c.resp {
			t.Errorf("response %q, want %q", got, c.resp)
		}
	}
}

// example is the example plan of testdata/repo-ok as the draft of a round
// asking Sở KH&CN and Sở Nội vụ.
func example(t testing.TB) (*plan.Repo, *Round, *word.Draft) {
	t.Helper()
	res, err := load.Repo("../../testdata/repo-ok", load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	r := res.Repo
	p := r.Plans[0]
	p.Number, p.Date, p.Draft = 0, time.Time{}, 1
	p.Rounds = []*plan.Round{{Draft: 1, Sent: day(2025, 12, 1), Deadline: "trong 05 ngày làm việc", Asked: []string{"so-khcn", "so-noi-vu"}}}
	tpl, err := layout.Default(layout.StateName)
	if err != nil {
		t.Fatal(err)
	}
	d, err := word.Build(view.New(r, p), tpl, word.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return r, Find(r, p, 1, calendar.New()), d
}

func TestSendAndSummarize(t *testing.T) {
	r, rd, d := example(t)
	copies, err := Send(rd, view.New(r, rd.Plan), d)
	if err != nil || len(copies) != 2 || copies[0].Agency != "so-khcn" {
		t.Fatalf("send: %v %d", err, len(copies))
	}
	again, _ := Send(rd, view.New(r, rd.Plan), d)
	if !bytes.Equal(copies[1].DOCX, again[1].DOCX) || !bytes.Equal(copies[1].XLSX, again[1].XLSX) {
		t.Error("copies differ between two sends")
	}
	opt := ReadOptions{Received: day(2025, 12, 5), Draft: func(*plan.Plan) (*word.Draft, error) { return d, nil }}
	rec, err := Read(r, "so-khcn.docx", copies[0].DOCX, opt)
	if err != nil || !rec.Answer.Agrees || rec.Changed || rec.Answer.Source != plan.FromDocument {
		t.Fatalf("an untouched copy reads as agreement: %v %+v", err, rec)
	}
	rec, err = Read(r, "so-noi-vu.xlsx", copies[1].XLSX, opt)
	if err != nil || !rec.Answer.Agrees || rec.Answer.Source != plan.FromForm {
		t.Fatalf("an empty form reads as agreement: %v", err)
	}
	rd.Plan.Answers = []*plan.Answer{{Plan: rd.Plan.ID, Draft: 1, Agency: "so-khcn", Comments: []*plan.Comment{
		{Item: "nv-kiem-tra", Field: "noi_dung", Text: "Đề nghị làm rõ.", Response: plan.Accepted},
		{Item: "nv-da-bo", Text: "Đề nghị bỏ.", Response: plan.Rejected, Reason: "Cần."},
		{Item: rd.Plan.ID, Text: "Chung.", Response: plan.Explained, Reason: "Ghi nhận."},
	}}}
	s := Summarize(rd, d.Units)
	var where []string
	for _, g := range s.Groups {
		where = append(where, g.Where)
	}
	if !slices.Equal(where, []string{"Ý kiến chung", "Phụ lục 01, số 2", "Mục đã bỏ"}) {
		t.Errorf("groups %v", where)
	}
	want := Counts{Asked: 2, Answered: 1, Comments: 3, Accepted: 1, Explained: 1, Rejected: 1}
	if s.Counts != want || !slices.Equal(s.Silent, []string{"so-noi-vu"}) {
		t.Errorf("counts %+v, silent %v", s.Counts, s.Silent)
	}
	rep := s.Report(view.New(r, rd.Plan))
	if !rep.Landscape || len(rep.Rows) != 6 || !strings.Contains(strings.Join(rep.Closing, "\n"), "Sở Nội vụ (theo quy định") {
		t.Errorf("report %+v", rep)
	}
}

func TestSendRefuses(t *testing.T) {
	r, rd, d := example(t)
	p := rd.Plan
	p.Draft = 2
	if _, err := Send(rd, view.New(r, p), d); !errors.Is(err, msg.GopyDraftMismatch.Error("", 0, 0)) {
		t.Errorf("draft mismatch: %v", err)
	}
	p.Draft, p.Number, p.Date = 1, 12, day(2026, 1, 5)
	if _, err := Send(rd, view.New(r, p), d); !errors.Is(err, msg.GopySigned.Error("")) {
		t.Errorf("signed plan: %v", err)
	}
}

// FuzzRead feeds the answer reader arbitrary bytes, starting from a real
// copy and form: it returns an answer or a catalogue error, never panics.
func FuzzRead(f *testing.F) {
	r, rd, d := example(f)
	copies, err := Send(rd, view.New(r, rd.Plan), d)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(copies[0].DOCX)
	f.Add(copies[0].XLSX)
	f.Add([]byte("PK\x03\x04"))
	opt := ReadOptions{Draft: func(*plan.Plan) (*word.Draft, error) { return d, nil }}
	f.Fuzz(func(t *testing.T, data []byte) {
		if _, err := Read(r, "f", data, opt); err != nil {
			var e *msg.Error
			if !errors.As(err, &e) {
				t.Fatalf("error of type %T: %v", err, err)
			}
		}
	})
}
