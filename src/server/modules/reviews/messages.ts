/** Messages of the year-end review and ranking (QĐ 366-QĐ/TW, HD 43-HD/BTCTW). Vietnamese first. */
export const REVIEW_MESSAGES = {
  review_not_found: { vi: 'Không tìm thấy bản kiểm điểm, đánh giá.', en: 'Review not found.' },
  review_wrong_step: {
    vi: 'Bản đánh giá đang ở bước "{status}": chưa thể làm bước này.', en: 'This review is at the step "{status}": this step cannot be taken now.',
  },
  review_level_above_score: {
    vi: 'Mức "{level}" cao hơn mức mà {score} điểm cho phép (HD 43-HD/BTCTW: xuất sắc từ 90, tốt từ 70, hoàn thành từ 50 điểm).',
    en: 'The level "{level}" is above what {score} points allow (HD 43-HD/BTCTW: excellent from 90, good from 70, completed from 50).',
  },
  review_quota_exceeded: {
    vi: 'Vượt tỷ lệ "Hoàn thành xuất sắc nhiệm vụ": được tối đa {allowed}, đề nghị này thành {used} (tỷ lệ {percent}% số được xếp loại từ hoàn thành tốt trở lên). Ghi rõ lý do để trình.',
    en: 'Beyond the quota of "excellent": at most {allowed} allowed, this makes {used} ({percent}% of those rated at least good). Give a reason to submit it.',
  },
  review_not_grassroots: {
    vi: 'Chỉ đảng ủy cơ sở (đảng bộ xã) mở đợt kiểm điểm, đánh giá cho các chi bộ trực thuộc.',
    en: 'Only a grassroots committee (a commune) opens the review for its cells.',
  },
  review_year_opened: {
    vi: 'Đợt kiểm điểm, đánh giá năm {year} đã mở: ghi từng bản kiểm điểm theo các bước.',
    en: 'The reviews of {year} are already open: record each review step by step.',
  },
  review_subject_not_reviewed: {
    vi: 'Có tổ chức hoặc đảng viên không thuộc diện kiểm điểm, đánh giá năm {year} của đảng bộ.',
    en: 'A unit or member is not among those the committee reviews for {year}.',
  },
  review_steps_out_of_order: {
    vi: 'Thời điểm các bước phải theo thứ tự: tự kiểm điểm, chi bộ đề xuất, Đảng ủy quyết định, và không sau thời điểm ghi.',
    en: 'The steps must be dated in order — self-review, the cell’s proposal, the committee’s decision — and not after they are entered.',
  },
} as const;
