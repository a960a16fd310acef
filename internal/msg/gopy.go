package msg

// The comment round (internal/gopy, kh gop-y).
var (
	GopyFile = New("gopy.file",
		"%s: %s",
		"%s: %s")
	GopyNotOurs = New("gopy.not-ours",
		"%s không phải phiếu góp ý kh tạo (thiếu trang thông tin ẩn); dùng phiếu do kh gop-y gui tạo",
		"%s is not a comment form made by kh (its hidden information sheet is missing); use the form kh gop-y gui made")
	GopyNoSheet = New("gopy.no-sheet",
		"%s không có trang %q",
		"%s has no sheet %q")
	GopySigned = New("gopy.signed",
		"kế hoạch %s đã ban hành (có số và ngày); chỉ gửi lấy ý kiến bản dự thảo",
		"plan %s is issued (it has a number and a date); only a draft is sent for comments")
	GopyDraftMismatch = New("gopy.draft-mismatch",
		"kế hoạch %s đang là dự thảo lần %d, vòng lấy ý kiến ghi dự thảo lần %d; sửa du_thao hoặc lay_y_kien cho khớp",
		"plan %s is draft %d, but the comment round is on draft %d; make du_thao and lay_y_kien agree")
	GopyUnknownAgency = New("gopy.unknown-agency",
		"cơ quan %q trong lay_y_kien.gui không có trong danh mục co-quan.yaml",
		"agency %q in lay_y_kien.gui is not in the registry co-quan.yaml")
	GopyEmptyGroup = New("gopy.empty-group",
		"nhóm %q chưa khai báo thành viên (thanh_vien) trong co-quan.yaml, nên không biết gửi cho ai",
		"group %q has no members (thanh_vien) in co-quan.yaml, so kh cannot tell whom to send it to")
	GopyNobodyAsked = New("gopy.nobody",
		"vòng lấy ý kiến dự thảo lần %[2]d của %[1]s không hỏi cơ quan nào",
		"the comment round on draft %[2]d of %[1]s asks no agency")
	GopyNoRound = New("gopy.no-round",
		"kế hoạch %s chưa có vòng lấy ý kiến (lay_y_kien) cho dự thảo lần %d; thêm vào ke-hoach.yaml: du_thao, ngay_gui, han, gui",
		"plan %s has no comment round (lay_y_kien) on draft %d; add one to ke-hoach.yaml: du_thao, ngay_gui, han, gui")
	GopyUnknownPlan = New("gopy.unknown-plan",
		"%s là ý kiến về kế hoạch %q, không có trong kho này",
		"%s answers on plan %q, which is not in this repository")
	GopyUnknownRound = New("gopy.unknown-round",
		"%s là ý kiến về dự thảo lần %[3]s của %[2]s, nhưng kế hoạch không có vòng lấy ý kiến đó (lay_y_kien)",
		"%s answers on draft %[3]s of %[2]s, but the plan has no such comment round (lay_y_kien)")
	GopyNotAsked = New("gopy.not-asked",
		"%s là ý kiến của %q, cơ quan không được hỏi ý kiến về dự thảo lần %d",
		"%s is the answer of %q, which was not asked about draft %d")
	GopyFormAltered = New("gopy.form-altered",
		"%s: mã mục hoặc nội dung dự thảo trong phiếu đã bị sửa (tổng kiểm không khớp); chỉ ghi vào cột “Ý kiến góp ý” của phiếu kh gửi",
		"%s: the item ids or draft texts of the form were altered (the checksum does not match); write only in the “Ý kiến góp ý” column of the form kh sent")
	GopyDeletedItem = New("gopy.deleted-item",
		"%s: ý kiến ở dòng (đoạn) %d nói về mục %q, không còn trong kế hoạch hoặc mã đã bị sửa; đối chiếu với dự thảo rồi ghi ý kiến đó bằng tay",
		"%s: the comment at row (paragraph) %d is on item %q, which is no longer in the plan or whose id was altered; compare with the draft and record that comment by hand")
	GopyNoProps = New("gopy.no-props",
		"%s không phải bản dự thảo kh gửi (thiếu thông tin kế hoạch, vòng, cơ quan); nhận lại bản Word kh gop-y gui tạo, không chép nội dung sang văn bản mới",
		"%s is not a draft kh sent (the plan, round and agency are missing); ask for the Word copy kh gop-y gui made back, not its text copied into a new document")
	GopyNoIDs = New("gopy.no-ids",
		"%s: các mã mục (bookmark kh_…) đã bị xóa khỏi văn bản, nên không biết ý kiến thuộc mục nào; nhận lại bản Word kh gửi",
		"%s: the item ids (kh_… bookmarks) were removed from the document, so kh cannot tell which item a comment is on; ask for the Word copy kh sent back")
	GopyNothingToApply = New("gopy.nothing-to-apply",
		"%s không có đề xuất sửa ghi được vào mục %q (không sửa có theo dõi, hoặc sửa ngoài nội dung của mục)",
		"%s has no proposed edit of item %q that kh can write (no tracked change, or one outside the item's text)")
	GopyItemGone = New("gopy.item-gone",
		"không tìm thấy %q trong tệp của kế hoạch",
		"%q is not in the plan's files")
	GopyConflict = New("gopy.conflict",
		"mục %q (%s) đã được sửa sau khi gửi dự thảo; sửa bằng tay theo đề xuất",
		"item %q (%s) was changed after the draft was sent; make the proposed edit by hand")
	GopyDuplicate = New("gopy.duplicate",
		"%s và %s đều là ý kiến của %s về dự thảo lần %d; mỗi cơ quan một ý kiến",
		"%s and %s are both the answer of %s on draft %d; one answer per agency")
	GopyExists = New("gopy.exists",
		"%s: đã có ý kiến của %s về dự thảo lần %d (%s); dùng --force để thay",
		"%s: the answer of %s on draft %d is already recorded (%s); use --force to replace it")
	GopyNothingWritten = New("gopy.nothing-written",
		"không ghi tệp nào",
		"nothing was written")
	GopyReadAnswer = New("gopy.read",
		"%s: ý kiến của %s về dự thảo lần %d: %d ý kiến%s",
		"%s: answer of %s on draft %d: %d comments%s")
	GopyAgrees = New("gopy.agrees",
		", nhất trí với dự thảo",
		", agrees with the draft")
	GopyEdit = New("gopy.edit",
		"  đề xuất sửa %s (%s): %s",
		"  proposed edit of %s (%s): %s")
	GopyChanged = New("gopy.changed",
		"%s: lưu ý, dự thảo đã thay đổi từ khi gửi",
		"%s: note, the draft has changed since it was sent")
)

// kh gop-y: help and output.
var (
	CmdGopy = New("cmd.gopy.short",
		"Lấy ý kiến góp ý vào dự thảo: gửi bản Word và phiếu góp ý, nhận ý kiến, lập bảng tổng hợp",
		"The comment round on a draft: send the Word draft and comment forms, read the answers, make the summary table")
	CmdGopySend = New("cmd.gopy.send.short",
		"Tạo cho từng cơ quan được xin ý kiến bản Word dự thảo và phiếu góp ý (.xlsx)",
		"Make the Word draft and a comment form (.xlsx) for each agency asked")
	CmdGopyReceive = New("cmd.gopy.receive.short",
		"Đọc phiếu góp ý đã điền hoặc bản Word gửi lại (nhận xét, sửa có theo dõi) và ghi ý kiến vào gop-y/ của kế hoạch",
		"Read filled comment forms or returned Word copies (comments, tracked changes) into the plan's gop-y/ folder")
	CmdGopyTable = New("cmd.gopy.table.short",
		"Lập Bảng tổng hợp, tiếp thu, giải trình ý kiến góp ý (.xlsx, .pdf, .docx)",
		"Make the summary table of comments and responses (.xlsx, .pdf, .docx)")
	FlagGopyDraft = New("flag.gopy.draft",
		"vòng lấy ý kiến của dự thảo lần `N` (mặc định: vòng sau cùng)",
		"the comment round on draft `N` (default: the latest round)")
	FlagGopyOut = New("flag.gopy.out",
		"thư mục `THƯ-MỤC` ghi kết quả (mặc định: out/gop-y/<kế hoạch>/du-thao-N)",
		"output `FOLDER` (default: out/gop-y/<plan>/du-thao-N)")
	FlagGopyApply = New("flag.gopy.apply",
		"ghi các đề xuất sửa (sửa có theo dõi) của các mục `MÃ,...` vào kế hoạch và ghi nhận là tiếp thu",
		"write the proposed edits (tracked changes) of items `ID,...` into the plan and record them accepted")
	FlagGopyReceived = New("flag.gopy.received",
		"ngày nhận ý kiến `NNNN-TT-NN` (mặc định: hôm nay)",
		"the day the answers came in, `YYYY-MM-DD` (default: today)")
	FlagGopyForce = New("flag.gopy.force",
		"thay ý kiến đã ghi của cùng cơ quan",
		"replace an answer already recorded for the same agency")
	GopySent = New("gopy.sent",
		"đã tạo bản gửi cho %d cơ quan (dự thảo lần %d, hạn: %s)",
		"made the copies for %d agencies (draft %d, deadline: %s)")
	GopyBadDate = New("gopy.bad-date",
		"ngày %q không đúng dạng NNNN-TT-NN",
		"date %q is not in the form YYYY-MM-DD")
)
