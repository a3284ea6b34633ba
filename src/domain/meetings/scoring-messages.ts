/**
 * Words of the scoring rules (who confirms a score, what a scoring scheme must hold), in both languages.
 * Spread into RULE_MESSAGES (rule-messages.ts), so they are RuleCodes like every other rule.
 */
type P = Record<string, unknown>;
const s = (v: unknown) => String(v);

export const SCORING_MESSAGES = {
  // Who confirms a score (DOMAIN.md: the upper-level committee member who attended confirms).
  score_confirm_overseer_absent: {
    vi: (p: P) => `Đồng chí không dự buổi sinh hoạt này của ${s(p.unit)} nên không xác nhận điểm được. Khi không có đảng ủy viên phụ trách nào dự, lãnh đạo Đảng ủy xác nhận và ghi rõ lý do.`,
    en: (p: P) => `You did not attend this meeting of ${s(p.unit)}, so you cannot confirm its score. When no committee member in charge attended, a leader of the committee confirms it and records why.`,
  },
  score_confirm_by_attending_overseer: {
    vi: (p: P) => `Đồng chí ${s(p.name)}, đảng ủy viên phụ trách, đã dự buổi sinh hoạt: đồng chí ấy xác nhận điểm.`,
    en: (p: P) => `${s(p.name)}, the committee member in charge, attended the meeting: the score is theirs to confirm.`,
  },
  score_confirm_reason_required: {
    vi: () => 'Không có đảng ủy viên phụ trách nào dự buổi sinh hoạt: lãnh đạo Đảng ủy xác nhận điểm cần ghi rõ lý do.',
    en: () => 'No committee member in charge attended the meeting: a leader confirming the score must record why.',
  },
  score_confirm_not_allowed: {
    vi: (p: P) => `Chỉ đảng ủy viên phụ trách ${s(p.unit)} đã dự buổi sinh hoạt (hoặc lãnh đạo Đảng ủy, khi không ai dự) mới xác nhận được điểm.`,
    en: (p: P) => `Only the committee member in charge of ${s(p.unit)} who attended the meeting (or a leader of the committee, when none attended) may confirm the score.`,
  },
  // What a scoring scheme must hold.
  scheme_empty: { vi: () => 'Bộ tiêu chí chưa có nhóm tiêu chí nào.', en: () => 'The scheme has no group of criteria.' },
  scheme_name_missing: { vi: () => 'Bộ tiêu chí cần có tên.', en: () => 'The scheme needs a name.' },
  scheme_types_missing: {
    vi: () => 'Chọn ít nhất một loại buổi sinh hoạt áp dụng bộ tiêu chí.',
    en: () => 'Choose at least one type of meeting the scheme applies to.',
  },
  scheme_total_mismatch: {
    vi: (p: P) => `Tổng điểm các nhóm (${s(p.sum)}) khác tổng điểm của bộ tiêu chí (${s(p.max)}).`,
    en: (p: P) => `The groups add up to ${s(p.sum)} points, not the scheme’s ${s(p.max)}.`,
  },
  duplicate_key: { vi: (p: P) => `Mã "${s(p.key)}" bị trùng.`, en: (p: P) => `The key "${s(p.key)}" is used twice.` },
  group_label_missing: {
    vi: (p: P) => `Nhóm tiêu chí ${s(p.n)} chưa có tên.`,
    en: (p: P) => `Group ${s(p.n)} has no name.`,
  },
  criterion_label_missing: {
    vi: (p: P) => `Tiêu chí ${s(p.n)} của ${p.group ? `nhóm "${s(p.group)}"` : `nhóm tiêu chí ${s(p.groupN)}`} chưa có tên.`,
    en: (p: P) => `Criterion ${s(p.n)} of ${p.group ? `group "${s(p.group)}"` : `group ${s(p.groupN)}`} has no name.`,
  },
  group_empty: { vi: (p: P) => `Nhóm "${s(p.label)}" chưa có tiêu chí nào.`, en: (p: P) => `Group "${s(p.label)}" has no criterion.` },
  group_total_mismatch: {
    vi: (p: P) => `Tổng điểm các tiêu chí của nhóm "${s(p.label)}" (${s(p.sum)}) khác điểm của nhóm (${s(p.max)}).`,
    en: (p: P) => `The criteria of group "${s(p.label)}" add up to ${s(p.sum)} points, not the group’s ${s(p.max)}.`,
  },
  invalid_max_points: {
    vi: (p: P) => `Điểm tối đa của tiêu chí "${s(p.label)}" phải là số dương.`,
    en: (p: P) => `The maximum of criterion "${s(p.label)}" must be a positive number.`,
  },
  bands_empty: { vi: () => 'Bộ tiêu chí chưa có mức xếp loại nào.', en: () => 'The scheme has no rating band.' },
  bands_not_descending: {
    vi: (p: P) => `Mức "${s(p.label)}" phải có điểm sàn thấp hơn mức "${s(p.above)}".`,
    en: (p: P) => `Band "${s(p.label)}" must start below band "${s(p.above)}".`,
  },
  band_out_of_range: {
    vi: (p: P) => `Điểm sàn của mức "${s(p.label)}" vượt quá tổng điểm.`,
    en: (p: P) => `Band "${s(p.label)}" starts above the scheme’s total.`,
  },
  bands_floor: {
    vi: (p: P) => `Mức thấp nhất ("${s(p.label)}") phải có điểm sàn là 0.`,
    en: (p: P) => `The lowest band ("${s(p.label)}") must start at 0.`,
  },
  top_rule_without_lower_band: {
    vi: () => 'Quy tắc đủ điểm để xếp loại cao nhất cần ít nhất hai mức xếp loại.',
    en: () => 'The full-marks rule for the top band needs at least two bands.',
  },
  scheme_invalid: {
    vi: (p: P) => `Bộ tiêu chí chưa hợp lệ: ${s(p.problemsVi)}`,
    en: (p: P) => `The scheme is not valid: ${s(p.problemsEn)}`,
  },
  scheme_not_own: {
    vi: (p: P) => `Bộ tiêu chí "${s(p.name)}" thuộc đơn vị khác; hãy tạo bộ tiêu chí của đơn vị mình (có thể sao từ bộ này).`,
    en: (p: P) => `The scheme "${s(p.name)}" belongs to another unit; create your unit’s own (it may start as a copy of this one).`,
  },
  scheme_type_mismatch: {
    vi: (p: P) => `Bộ tiêu chí "${s(p.name)}" không áp dụng cho loại buổi sinh hoạt này.`,
    en: (p: P) => `The scheme "${s(p.name)}" does not apply to this type of meeting.`,
  },
};
