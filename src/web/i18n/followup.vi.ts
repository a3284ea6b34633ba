/** Vietnamese strings of tasks, monthly reports, directives and notifications (merged under `fu`). Keep keys in step with followup.en.ts. */
const followupVi = {
  task: {
    title: 'Nhiệm vụ', sectionTitle: 'Nhiệm vụ', openAll: 'Xem tất cả nhiệm vụ', none: 'Không có nhiệm vụ nào.',
    overdueCount: '{{count}} nhiệm vụ quá hạn', noneOverdue: 'Không có nhiệm vụ quá hạn.', openCount: '{{count}} nhiệm vụ đang theo dõi',
    status: { open: 'Chưa thực hiện', in_progress: 'Đang thực hiện', done: 'Hoàn thành', overdue: 'Quá hạn', dropped: 'Dừng thực hiện' },
    ownerKind: { member: 'Đảng viên', cell: 'Chi bộ', cell_committee: 'Chi ủy', partner: 'Đoàn thể, đơn vị phối hợp' },
    regular: 'Thường xuyên', due: 'Thời hạn', dueOn: 'Hạn {{date}}', owner: 'Người, đơn vị thực hiện', giver: 'Đơn vị giao',
    fromMeeting: 'Nghị quyết buổi sinh hoạt {{date}}', fromCommittee: 'Giao trực tiếp',
    filters: 'Lọc nhiệm vụ', statusLabel: 'Trạng thái', allStatuses: 'Mọi trạng thái', allOwners: 'Mọi người nhận', month: 'Tháng đến hạn', clear: 'Bỏ lọc',
    give: 'Giao nhiệm vụ', giveTitle: 'Giao nhiệm vụ mới', name: 'Nội dung nhiệm vụ', nameRequired: 'Vui lòng nhập nội dung nhiệm vụ.',
    ownerRequired: 'Vui lòng chọn người hoặc đơn vị thực hiện.', dueKind: 'Loại thời hạn', byDate: 'Có hạn cụ thể',
    dueRequired: 'Vui lòng chọn ngày hết hạn.', lastNote: 'Tiến độ gần nhất ({{date}}): {{text}}',
    progress: 'Tiến độ thực hiện', noNotes: 'Chưa có ghi nhận tiến độ.', addNote: 'Ghi tiến độ', noteText: 'Kết quả, tiến độ',
    noteRequired: 'Vui lòng ghi kết quả, tiến độ.', newStatus: 'Trạng thái sau khi ghi', keepStatus: '— Giữ nguyên trạng thái —',
    dropReason: 'Lý do dừng thực hiện', dropReasonRequired: 'Dừng thực hiện phải ghi lý do.', noteOn: 'Ngày ghi nhận',
    atMeeting: 'tại buổi sinh hoạt {{date}}', edit: 'Sửa nhiệm vụ', doneOn: 'Hoàn thành ngày {{date}}', droppedBecause: 'Lý do dừng: {{reason}}',
    count: '{{count}} nhiệm vụ', prev: 'Trang trước', next: 'Trang sau', backToList: 'Danh sách nhiệm vụ',
    review: {
      title: 'Đánh giá nhiệm vụ kỳ trước', open: 'Đánh giá nhiệm vụ', since: 'Nhiệm vụ đến hạn hoặc có thay đổi từ buổi sinh hoạt {{date}}.',
      sinceNone: 'Nhiệm vụ chi bộ đang theo dõi.', none: 'Không có nhiệm vụ cần đánh giá.', said: 'Ý kiến chi bộ',
      save: 'Lưu đánh giá', saved: 'Đã ghi ý kiến chi bộ vào tiến độ từng nhiệm vụ.', notHeld: 'Ghi đánh giá sau khi buổi sinh hoạt đã diễn ra.',
      recorded: 'Đã ghi: {{text}}',
    },
  },
  report: {
    title: 'Báo cáo tháng', open: 'Báo cáo tháng', month: 'Tháng {{month}}', prev: 'Tháng trước', next: 'Tháng sau',
    state: { submitted: 'Đã báo cáo', late: 'Báo cáo muộn', missing: 'Chưa báo cáo' },
    counts: 'Đã báo cáo: {{submitted}} · Muộn: {{late}} · Chưa báo cáo: {{missing}}', overdue: 'quá hạn',
    due: 'Hạn {{date}}', submittedOn: 'Nộp ngày {{date}}', bySecretary: 'bí thư nhập thay', enter: 'Nhập báo cáo', view: 'Xem, sửa báo cáo',
    kind: { cell: 'Chi bộ', partner: 'Đoàn thể' }, none: 'Không có đơn vị nào phải báo cáo tháng này.',
    formTitle: 'Báo cáo tháng {{month}}', tasks: 'Kết quả thực hiện từng nhiệm vụ', noTasks: 'Không có nhiệm vụ nào trong tháng.',
    result: 'Kết quả', difficulties: 'Khó khăn, vướng mắc', proposals: 'Đề xuất, kiến nghị', submit: 'Gửi báo cáo', saved: 'Đã gửi báo cáo.',
    already: 'Đã nộp ngày {{date}} ({{state}}). Sửa và gửi lại nếu cần.',
    dueDay: 'Ngày hạn báo cáo hằng tháng', dueDayHint: 'Để trống: trước ngày sinh hoạt của chi bộ 2 ngày.', dueDayNow: 'Hạn báo cáo: {{text}}',
    dueDayDefault: 'trước ngày sinh hoạt 2 ngày', dueDayOn: 'ngày {{day}} hằng tháng', setDueDay: 'Đặt ngày hạn',
  },
};
export type FollowupResources = typeof followupVi;
export default followupVi;
