/** Messages of the reports to the upper level. Vietnamese first. */
export const REPORT_MESSAGES = {
  party_report_issued: {
    vi: 'Báo cáo đã ban hành ({number}): không sửa được nữa.', en: 'The report has been issued ({number}): it can no longer be changed.',
  },
  party_report_stale: {
    vi: 'Báo cáo vừa được người khác lưu (phiên bản {version}). Tải lại để xem trước khi lưu.',
    en: 'Someone else has just saved the report (version {version}). Reload to see it before saving.',
  },
  party_report_date: {
    vi: 'Ngày ban hành phải từ {from} đến hôm nay.', en: 'The issue date must be between {from} and today.',
  },
  party_report_narrative_required: {
    vi: 'Cần viết và lưu phần ưu điểm, hạn chế và phương hướng trước khi ban hành.',
    en: 'Write and save the strengths, the shortcomings and the directions before issuing.',
  },
} as const;
