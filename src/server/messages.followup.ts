/** Server messages of tasks, monthly reports, directives and notifications, Vietnamese first. */
export const FOLLOWUP_MESSAGES = {
  task_not_found: { vi: 'Không tìm thấy nhiệm vụ.', en: 'Task not found.' },
  task_owner_out_of_scope: {
    vi: 'Người hoặc đơn vị nhận nhiệm vụ không thuộc phạm vi của {giver}.',
    en: 'The task’s owner is outside the scope of {giver}.',
  },
  task_owner_not_found: { vi: 'Không tìm thấy người hoặc đơn vị nhận nhiệm vụ.', en: 'The task’s owner was not found.' },
  task_giver_kind: {
    vi: 'Chỉ chi bộ hoặc đảng ủy mới giao nhiệm vụ.',
    en: 'Only a cell or a party committee gives tasks.',
  },
  task_drop_reason: { vi: 'Dừng nhiệm vụ phải ghi rõ lý do.', en: 'Give a reason for dropping the task.' },
  task_note_future: { vi: 'Ngày ghi tiến độ không được sau hôm nay.', en: 'A progress note cannot be dated in the future.' },
  task_note_empty: { vi: 'Cần ghi nội dung tiến độ.', en: 'Write what was done.' },
  task_edit_giver_only: {
    vi: 'Chỉ đơn vị giao nhiệm vụ mới sửa được tên, người nhận hoặc thời hạn.',
    en: 'Only the unit that gave the task can change its title, owner or due date.',
  },
  task_not_of_cell: {
    vi: 'Nhiệm vụ "{title}" không thuộc chi bộ của buổi sinh hoạt này.',
    en: 'The task "{title}" does not belong to this meeting’s cell.',
  },
  task_review_not_held: {
    vi: 'Chỉ ghi đánh giá nhiệm vụ cho buổi sinh hoạt đã diễn ra.',
    en: 'Task reviews are recorded for meetings that have taken place.',
  },
  report_month_invalid: { vi: 'Tháng "{month}" không hợp lệ (YYYY-MM).', en: 'The month "{month}" is not valid (YYYY-MM).' },
  report_future_month: {
    vi: 'Chưa thể báo cáo tháng {month}: tháng này chưa tới.',
    en: 'Month {month} has not come yet: it cannot be reported.',
  },
  report_month_not_begun: {
    vi: 'Tháng {month} chưa bắt đầu: chưa có báo cáo nào đến hạn.',
    en: 'Month {month} has not begun: no report is due yet.',
  },
  report_org_not_cell: { vi: 'Chỉ chi bộ và đoàn thể của chi bộ mới báo cáo tháng.', en: 'Only cells and their partner units report monthly.' },
  report_partner_not_of_cell: {
    vi: 'Đơn vị phối hợp này không thuộc chi bộ.',
    en: 'This partner unit does not belong to the cell.',
  },
  report_task_not_of_unit: {
    vi: 'Báo cáo có nhiệm vụ không phải của {unit} trong tháng này.',
    en: 'The report names a task that is not {unit}’s this month.',
  },
  document_not_found: { vi: 'Không tìm thấy văn bản.', en: 'Document not found.' },
  document_file_type: {
    vi: 'Tệp phải là PDF hoặc Word (DOCX).',
    en: 'The file must be a PDF or a Word (DOCX) file.',
  },
  document_file_too_large: { vi: 'Tệp quá lớn (tối đa {max} MB).', en: 'The file is too large (at most {max} MB).' },
  document_file_missing: { vi: 'Cần chọn tệp văn bản (PDF hoặc DOCX).', en: 'Choose the document’s file (PDF or DOCX).' },
  document_fields: {
    vi: 'Cần ghi số và ký hiệu, loại văn bản, cơ quan ban hành, ngày ban hành và trích yếu.',
    en: 'Give the number and symbol, type, issuer, date and subject.',
  },
  document_targets_invalid: { vi: 'Chỉ chọn được chi bộ thuộc đơn vị ban hành.', en: 'Choose cells under the issuing unit only.' },
  document_not_for_cell: {
    vi: 'Văn bản {number} không thuộc diện chi bộ này phải quán triệt.',
    en: 'The document {number} is not one this cell is to disseminate.',
  },
  document_not_for_member: {
    vi: 'Đồng chí này không thuộc chi bộ phải quán triệt văn bản.',
    en: 'This member’s cell is not one to disseminate the document.',
  },
  dissemination_meeting_other_cell: {
    vi: 'Buổi sinh hoạt được chọn là của chi bộ khác.',
    en: 'The meeting chosen belongs to another cell.',
  },
  dissemination_meeting_not_held: {
    vi: 'Chỉ ghi quán triệt tại buổi sinh hoạt đã diễn ra.',
    en: 'Record a dissemination at a meeting that has taken place.',
  },
  dissemination_item_invalid: { vi: 'Nội dung sinh hoạt được chọn không thuộc buổi này.', en: 'The agenda item is not of this meeting.' },
  notification_not_found: { vi: 'Không tìm thấy thông báo.', en: 'Notification not found.' },
} as const;
