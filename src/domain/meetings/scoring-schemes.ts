import { SCORE_LEVEL_LABELS, type ScoreBand } from './scoring';
import type { ScoringScheme } from './scoring';

// Shared built-ins: frozen so that one caller cannot change the scheme under another.
function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object' && !Object.isFrozen(o)) {
    for (const v of Object.values(o)) deepFreeze(v);
    Object.freeze(o);
  }
  return o;
}

// Bands of the Phú Thọ scheme: Tốt ≥ 90; Khá 70–<90; Trung bình 50–<70; Kém < 50.
export const DEFAULT_BANDS: readonly ScoreBand[] = deepFreeze([
  { level: 'tot', label: SCORE_LEVEL_LABELS.tot, min: 90 },
  { level: 'kha', label: SCORE_LEVEL_LABELS.kha, min: 70 },
  { level: 'trung_binh', label: SCORE_LEVEL_LABELS.trung_binh, min: 50 },
  { level: 'kem', label: SCORE_LEVEL_LABELS.kem, min: 0 },
]);

/**
 * Regular meeting. Group weights and bands: Đảng ủy Khối các cơ quan tỉnh Phú Thọ (100 points).
 * The criteria inside each group are chibo's breakdown after HD 12-HD/BTCTW 2018 and HD 42-HD/BTCTW 2025,
 * to be checked against the original form. `fullMarksForTop`: Bình Thuận's extra rule.
 */
export const DEFAULT_SCHEME: ScoringScheme = deepFreeze({
  id: 'phu-tho-regular',
  name: 'Chấm điểm chất lượng sinh hoạt chi bộ thường kỳ',
  version: 1,
  maxPoints: 100,
  meetingTypes: ['regular', 'expanded', 'combined'],
  source:
    'Thang 100 điểm và các mức xếp loại theo Đảng ủy Khối các cơ quan tỉnh Phú Thọ; quy định bổ sung của Bình Thuận ' +
    '(loại Tốt phải đạt điểm tối đa ở các tiêu chí về dự họp, thời lượng, phát biểu và biên bản). ' +
    'Tiêu chí chi tiết trong từng nhóm do chibo xây dựng theo HD 12-HD/BTCTW (2018) và HD 42-HD/BTCTW (2025), cần đối chiếu văn bản gốc.',
  groups: [
    {
      key: 'preparation',
      label: 'Công tác chuẩn bị',
      maxPoints: 15,
      criteria: [
        { key: 'prep_content', label: 'Chuẩn bị nội dung, dự thảo nghị quyết', maxPoints: 5 },
        { key: 'prep_committee', label: 'Chi ủy họp trước thống nhất nội dung sinh hoạt', maxPoints: 5 },
        { key: 'prep_notice', label: 'Thông báo thời gian, địa điểm, nội dung; tài liệu gửi trước ≥ 1 ngày', maxPoints: 5 },
      ],
    },
    {
      key: 'attendance',
      label: 'Đảng viên dự sinh hoạt',
      maxPoints: 20,
      criteria: [
        { key: 'att_rate', label: 'Tỷ lệ đảng viên dự họp (trên 85% số phải dự)', maxPoints: 12, fullMarksForTop: true },
        { key: 'att_no_unexcused', label: 'Không có đảng viên vắng không lý do', maxPoints: 5, fullMarksForTop: true },
        { key: 'att_punctual', label: 'Đảng viên đến đúng giờ, không về sớm', maxPoints: 3 },
      ],
    },
    {
      key: 'conduct',
      label: 'Tổ chức sinh hoạt',
      maxPoints: 45,
      criteria: [
        { key: 'con_on_time', label: 'Khai mạc đúng giờ, thực hiện đúng trình tự sinh hoạt', maxPoints: 5 },
        { key: 'con_duration', label: 'Thời lượng ≥ 90 phút (≥ 120 phút khi kết hợp chuyên đề)', maxPoints: 5, fullMarksForTop: true },
        { key: 'con_ho_chi_minh', label: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh', maxPoints: 5 },
        { key: 'con_dissemination', label: 'Thông tin thời sự, quán triệt văn bản của cấp trên', maxPoints: 5 },
        { key: 'con_review', label: 'Đánh giá kết quả tháng trước, xác định nhiệm vụ tháng tới sát thực tế', maxPoints: 10 },
        { key: 'con_speaking', label: 'Nhiều đảng viên phát biểu; thực hiện tự phê bình và phê bình', maxPoints: 10, fullMarksForTop: true },
        { key: 'con_chairing', label: 'Chủ trì điều hành dân chủ, kết luận rõ ràng', maxPoints: 5 },
      ],
    },
    {
      key: 'closing',
      label: 'Kết thúc sinh hoạt',
      maxPoints: 20,
      criteria: [
        { key: 'clo_resolution', label: 'Kết luận, nghị quyết được biểu quyết thông qua', maxPoints: 5 },
        { key: 'clo_tasks', label: 'Phân công nhiệm vụ cụ thể (người thực hiện, thời hạn)', maxPoints: 5 },
        { key: 'clo_minutes', label: 'Biên bản đầy đủ, được đọc lại và thông qua', maxPoints: 5, fullMarksForTop: true },
        { key: 'clo_previous', label: 'Nghị quyết kỳ trước được thực hiện', maxPoints: 5 },
      ],
    },
  ],
  bands: DEFAULT_BANDS.map((b) => ({ ...b })),
});

/**
 * Thematic meeting. Nghệ An (QĐ 27-QĐ/TU 2023) scores thematic meetings on a separate form; this variant
 * follows that idea with chibo's own criteria (to be checked against the original), same bands.
 */
export const THEMATIC_SCHEME: ScoringScheme = deepFreeze({
  id: 'thematic-default',
  name: 'Chấm điểm chất lượng sinh hoạt chuyên đề',
  version: 1,
  maxPoints: 100,
  meetingTypes: ['thematic'],
  source:
    'Mẫu riêng cho sinh hoạt chuyên đề theo cách làm của Tỉnh ủy Nghệ An (QĐ 27-QĐ/TU năm 2023); ' +
    'tiêu chí chi tiết do chibo xây dựng, cần đối chiếu văn bản gốc. Mức xếp loại như sinh hoạt thường kỳ.',
  groups: [
    {
      key: 'preparation',
      label: 'Công tác chuẩn bị',
      maxPoints: 25,
      criteria: [
        { key: 'th_topic', label: 'Chủ đề phù hợp kế hoạch năm và tình hình địa phương', maxPoints: 5 },
        { key: 'th_report', label: 'Chuẩn bị báo cáo chuyên đề, đề cương gợi ý thảo luận', maxPoints: 10 },
        { key: 'th_committee', label: 'Chi ủy họp trước thống nhất nội dung, phân công người trình bày', maxPoints: 5 },
        { key: 'th_notice', label: 'Thông báo và tài liệu gửi đảng viên trước ≥ 1 ngày', maxPoints: 5 },
      ],
    },
    {
      key: 'attendance',
      label: 'Đảng viên dự sinh hoạt',
      maxPoints: 20,
      criteria: [
        { key: 'th_att_rate', label: 'Tỷ lệ đảng viên dự họp (trên 85% số phải dự)', maxPoints: 15 },
        { key: 'th_att_no_unexcused', label: 'Không có đảng viên vắng không lý do', maxPoints: 5 },
      ],
    },
    {
      key: 'conduct',
      label: 'Tổ chức sinh hoạt',
      maxPoints: 40,
      criteria: [
        { key: 'th_presentation', label: 'Trình bày chuyên đề rõ ràng, gắn với thực tiễn của chi bộ', maxPoints: 10 },
        { key: 'th_discussion', label: 'Nhiều đảng viên phát biểu, liên hệ bản thân', maxPoints: 15 },
        { key: 'th_duration', label: 'Thời lượng ≥ 90 phút', maxPoints: 5 },
        { key: 'th_conclusion', label: 'Chủ trì tổng hợp ý kiến, kết luận rõ ràng', maxPoints: 10 },
      ],
    },
    {
      key: 'closing',
      label: 'Kết thúc sinh hoạt',
      maxPoints: 15,
      criteria: [
        { key: 'th_actions', label: 'Xác định việc làm cụ thể sau chuyên đề (người thực hiện, thời hạn)', maxPoints: 10 },
        { key: 'th_minutes', label: 'Biên bản đầy đủ, được đọc lại và thông qua', maxPoints: 5 },
      ],
    },
  ],
  bands: DEFAULT_BANDS.map((b) => ({ ...b })),
});

export const BUILTIN_SCHEMES: readonly ScoringScheme[] = [DEFAULT_SCHEME, THEMATIC_SCHEME];
