import { labelsIn } from '../../domain/labels';
import { REVIEW_LEVEL_LABELS, REVIEW_SUBJECT_LABELS } from '../../domain/year/review';

/** Vietnamese strings of the year-end review and ranking (merged under `rev`). Keep keys in step with reviews.en.ts. */
const reviewsVi = {
  nav: 'Kiểm điểm, xếp loại cuối năm',
  hub: 'Tự phê bình và phê bình, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên (QĐ 366-QĐ/TW, HD 43-HD/BTCTW).',
  title: 'Kiểm điểm, đánh giá, xếp loại năm {{year}}',
  start: 'Mở đợt kiểm điểm năm {{year}}', started: 'Đã mở {{created}} bản kiểm điểm (tổng {{total}}).',
  none: 'Chưa mở đợt kiểm điểm năm này.',
  summary: 'Tổng hợp của Đảng ủy', organisations: 'Tổ chức đảng (chi bộ, chi ủy)', members: 'Đảng viên',
  proposed: 'Đề xuất', decided: 'Đã quyết định', pending: 'Chưa có',
  quota: '"Xuất sắc": {{used}}/{{allowed}} được phép (tối đa {{percent}}% số được xếp loại từ hoàn thành tốt trở lên)',
  quotaOver: 'Vượt tỷ lệ "xuất sắc"',
  status: { open: 'Chờ tự kiểm điểm', self_done: 'Đã tự kiểm điểm', proposed: 'Chi bộ đã đề xuất', decided: 'Đã xếp loại' },
  filter: 'Lọc', all: 'Tất cả', onlyCells: 'Chi bộ, chi ủy', onlyMembers: 'Đảng viên',
  facts: 'Số liệu của năm (từ sổ sách chibo)', factsPeriod: 'Từ {{from}} đến {{to}}',
  f: {
    meetings: 'Dự sinh hoạt: {{attended}}/{{held}} buổi; vắng có lý do {{excused}}, không lý do {{unexcused}}',
    cellMeetings: 'Đã sinh hoạt {{held}} buổi; lượt có mặt {{attended}}; vắng có lý do {{excused}}, không lý do {{unexcused}}',
    dues: 'Đảng phí: {{months}} tháng, {{amount}} đồng',
    tasks: 'Nhiệm vụ: hoàn thành {{done}}, quá hạn {{overdue}}, đang làm {{open}}',
    trainings: 'Học tập, bồi dưỡng: {{list}}', noTrainings: 'Học tập, bồi dưỡng: không có',
    inspections: 'Kiểm tra, giám sát: {{list}}', noInspections: 'Kiểm tra, giám sát: không có',
    remedies: 'Còn {{n}} việc khắc phục chưa được xác minh',
    quality: 'Chất lượng sinh hoạt: Tốt {{tot}}, Khá {{kha}}, Trung bình {{trung_binh}}, Kém {{kem}}',
  },
  warn: {
    quota_exceeded: 'Vượt tỷ lệ "Hoàn thành xuất sắc nhiệm vụ" của Đảng ủy.',
    tasks_overdue: 'Còn nhiệm vụ quá hạn: "xuất sắc" đòi hỏi hoàn thành mọi nhiệm vụ đúng hạn.',
    remedies_open: 'Còn việc khắc phục sau kiểm tra, giám sát chưa xong: "xuất sắc" đòi hỏi khắc phục xong hạn chế.',
    absences_unexcused: 'Có buổi vắng sinh hoạt không lý do.',
  },
  self: 'Tự kiểm điểm, tự xếp loại', selfText: 'Nội dung tự kiểm điểm (ưu điểm, hạn chế, nguyên nhân, hướng khắc phục)',
  score: 'Điểm (0–100)', level: 'Mức xếp loại', saveSelf: 'Lưu bản tự kiểm điểm',
  proposal: 'Nhận xét, đề xuất của chi bộ', comments: 'Nhận xét của chi bộ', quotaReason: 'Lý do (khi đề xuất vượt tỷ lệ "xuất sắc")', saveProposal: 'Gửi đề xuất',
  decision: 'Quyết định của Đảng ủy', note: 'Ghi chú', saveDecision: 'Quyết định xếp loại',
  selfLevel: 'Tự xếp loại: {{level}}', proposedLevel: 'Chi bộ đề xuất: {{level}}', decidedLevel: 'Đảng ủy xếp loại: {{level}}',
  scoreOf: '{{score}}/100 điểm', reasonOf: 'Lý do vượt tỷ lệ: {{reason}}', decidedBy: 'Quyết định: {{name}}, {{date}}',
  form: 'Bản kiểm điểm', summaryDoc: 'Báo cáo tổng hợp',
  levels: labelsIn('vi', REVIEW_LEVEL_LABELS),
  kinds: labelsIn('vi', REVIEW_SUBJECT_LABELS),
};
export default reviewsVi;
