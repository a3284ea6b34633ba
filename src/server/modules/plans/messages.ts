/** Messages of the cells' annual activity plans. Vietnamese first. */
export const PLAN_MESSAGES = {
  plan_not_cell: { vi: 'Kế hoạch hoạt động năm là của một chi bộ.', en: 'An annual activity plan belongs to a party cell.' },
  plan_approved_locked: {
    vi: 'Kế hoạch đã được Đảng ủy duyệt: muốn sửa, Đảng ủy phải mở lại kế hoạch (có ghi lý do).',
    en: 'The plan has been approved by the committee: to change it, the committee must reopen it (with a reason).',
  },
  plan_not_found: { vi: 'Chi bộ chưa có kế hoạch hoạt động năm {year}.', en: 'The cell has no activity plan for {year}.' },
  plan_not_submitted: { vi: 'Chi bộ chưa trình kế hoạch này.', en: 'The cell has not submitted this plan.' },
  plan_not_approved: { vi: 'Kế hoạch chưa được duyệt nên không cần mở lại.', en: 'The plan is not approved, so it need not be reopened.' },
  plan_empty: {
    vi: 'Kế hoạch cần có chủ đề sinh hoạt chuyên đề cho cả 4 quý trước khi trình.',
    en: 'The plan needs a thematic topic for each of the 4 quarters before it is submitted.',
  },
  plan_duplicate_month: { vi: 'Tháng {month} được ghi hai lần.', en: 'Month {month} appears twice.' },
  plan_month_outside_quarter: {
    vi: 'Tháng {month} không thuộc quý {quarter}.', en: 'Month {month} is not in quarter {quarter}.',
  },
} as const;
