package msg

// The as-of agenda of kh check (internal/checkrun).
var (
	AgendaUnassigned = New("check.agenda.unassigned", "(chưa giao đơn vị chủ trì)", "(no lead agency)")
)
