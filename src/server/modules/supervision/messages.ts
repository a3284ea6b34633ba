/** Messages of inspection and supervision (QĐ 296-QĐ/TW). Vietnamese first. */
export const SUPERVISION_MESSAGES = {
  supervision_not_found: { vi: 'Không tìm thấy nội dung kiểm tra, giám sát.', en: 'Inspection or supervision item not found.' },
  supervision_subject_not_cell: { vi: 'Đối tượng kiểm tra, giám sát phải là một chi bộ.', en: 'The subject must be a party cell.' },
  supervision_subject_outside: {
    vi: 'Chi bộ được kiểm tra, giám sát phải trực thuộc {unit}.', en: 'The cell inspected must be under {unit}.',
  },
  supervision_member_required: { vi: 'Chọn đảng viên được kiểm tra, giám sát.', en: 'Choose the member inspected.' },
  supervision_member_not_in_cell: { vi: 'Đảng viên này không sinh hoạt ở chi bộ đã chọn.', en: 'This member does not belong to the chosen cell.' },
  supervision_period_invalid: { vi: 'Thời gian kết thúc phải sau thời gian bắt đầu.', en: 'The period must end after it starts.' },
  supervision_wrong_step: {
    vi: 'Nội dung này đang ở bước "{status}": chưa thể làm bước này.', en: 'This item is at the step "{status}": this step cannot be taken now.',
  },
  supervision_number_taken: { vi: 'Số {number} đã được dùng trong năm {year}.', en: 'Number {number} is already used in {year}.' },
  supervision_remedy_not_found: { vi: 'Không tìm thấy việc khắc phục.', en: 'Remedy not found.' },
  supervision_remedy_not_reported: {
    vi: 'Chưa thể xác minh: người chịu trách nhiệm chưa báo cáo đã khắc phục xong.',
    en: 'Cannot verify yet: the owner has not reported the remedy done.',
  },
  supervision_remedy_already: { vi: 'Việc khắc phục này đã được báo cáo hoặc xác minh.', en: 'This remedy has already been reported or verified.' },
  supervision_shortcomings_without_remedies: {
    vi: 'Kết luận nêu hạn chế, khuyết điểm: cần ít nhất một việc khắc phục có người chịu trách nhiệm và thời hạn.',
    en: 'The conclusion names shortcomings: add at least one remedy with an owner and a deadline.',
  },
  task_remedy_cannot_drop: {
    vi: 'Đây là việc khắc phục theo kết luận kiểm tra, giám sát: không thể dừng thực hiện, chỉ đảng ủy điều chỉnh.',
    en: 'This task is a remedy required by an inspection conclusion: it cannot be dropped; only the committee can change it.',
  },
  task_remedy_verified: {
    vi: 'Đảng ủy đã xác minh việc khắc phục này: không thể mở lại.', en: 'The committee has verified this remedy: it cannot be reopened.',
  },
  task_remedy_needs_due: {
    vi: 'Việc khắc phục theo kết luận phải có thời hạn cụ thể.', en: 'A remedy required by a conclusion needs a definite deadline.',
  },
  supervision_no_document: { vi: 'Văn bản này chưa được ban hành.', en: 'This document has not been issued yet.' },
} as const;
