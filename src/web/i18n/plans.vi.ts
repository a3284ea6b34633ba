/** Vietnamese strings of the cells' annual activity plans. */
const plansVi = {
  nav: 'Kế hoạch năm của chi bộ',
  hub: 'Kế hoạch hoạt động năm của từng chi bộ: chuyên đề từng quý, trọng tâm từng tháng, chỉ tiêu; Đảng ủy duyệt.',
  listTitle: 'Kế hoạch hoạt động năm {{year}} của các chi bộ',
  title: 'Kế hoạch hoạt động năm {{year}} — {{name}}',
  none: 'Chưa có kế hoạch',
  status: { draft: 'Bản nháp', submitted: 'Đã trình, chờ duyệt', approved: 'Đã duyệt' },
  approvedBy: 'Đ/c {{name}} duyệt lúc {{date}}',
  reopened: 'Đảng ủy đã mở lại kế hoạch: {{reason}}',
  edit: 'Sửa kế hoạch', submit: 'Trình Đảng ủy', submitted: 'Đã trình kế hoạch.', approve: 'Duyệt kế hoạch', reopen: 'Mở lại để sửa',
  reason: 'Lý do mở lại', reasonRequired: 'Vui lòng ghi lý do.', saved: 'Đã lưu kế hoạch.',
  progress: 'Chỉ tiêu và kết quả đến {{date}}', target: 'Chỉ tiêu', planned: 'Kế hoạch', done: 'Đã đạt',
  t: {
    regularMeetings: 'Số buổi sinh hoạt thường kỳ', thematicMeetings: 'Số buổi sinh hoạt chuyên đề', attendanceRate: 'Tỷ lệ đảng viên dự sinh hoạt',
    newMembers: 'Kết nạp đảng viên mới', other: 'Chỉ tiêu khác',
  },
  quarters: 'Sinh hoạt chuyên đề từng quý', quarter: 'Quý {{q}}', month: 'Tháng {{m}}', noTopic: 'Chưa có chủ đề',
  topicOf: 'Chủ đề quý {{q}}', monthOf: 'Tháng sinh hoạt chuyên đề quý {{q}}',
  schedule: 'Lên lịch buổi chuyên đề ngày {{date}}', scheduled: 'Đã lên lịch buổi sinh hoạt chuyên đề.',
  months: 'Trọng tâm từng tháng', targets: 'Chỉ tiêu', topics: '{{n}}/4 chủ đề chuyên đề',
};

export type PlansResources = typeof plansVi;
export default plansVi;
