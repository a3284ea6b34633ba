/**
 * Every broken meeting rule and meeting warning, worded once in each language. A RuleError carries
 * a code from here and its parameters; the server words it in the request's language, the web in the
 * UI's. A new code without both wordings does not type-check.
 */
import { SCORING_MESSAGES } from './scoring-messages';

export type Lang = 'vi' | 'en';
type P = Record<string, unknown>;
type Wording = { vi: (p: P) => string; en: (p: P) => string };

const s = (v: unknown) => String(v);
/** 2026-11-05 → 05/11/2026. */
const date = (v: unknown) => String(v).replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$3/$2/$1');
const VOTE_PART = {
  vi: { for: 'tán thành', against: 'không tán thành', other: 'ý kiến khác' },
  en: { for: 'in favour', against: 'against', other: 'other' },
} as const;
const part = (lang: Lang, field: unknown) => VOTE_PART[lang][field as keyof typeof VOTE_PART.vi] ?? s(field);
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const months = (lang: Lang, list: unknown) => (list as number[]).map((m) => (lang === 'vi' ? `tháng ${m}` : MONTHS_EN[m - 1])).join(', ');

export const RULE_MESSAGES = {
  ...SCORING_MESSAGES,
  // Scoring (HD 12-HD/BTCTW; the scheme in force)
  score_unknown_criterion: {
    vi: (p) => `Tiêu chí "${s(p.key)}" không có trong bộ tiêu chí "${s(p.scheme)}".`,
    en: (p) => `Criterion "${s(p.key)}" is not in the scheme "${s(p.scheme)}".`,
  },
  score_missing: { vi: (p) => `Chưa chấm điểm tiêu chí "${s(p.label)}".`, en: (p) => `Criterion "${s(p.label)}" has no score yet.` },
  score_out_of_range: {
    vi: (p) => `Điểm của tiêu chí "${s(p.label)}" (${s(p.value)}) phải từ 0 đến ${s(p.max)}.`,
    en: (p) => `The score of criterion "${s(p.label)}" (${s(p.value)}) must be from 0 to ${s(p.max)}.`,
  },
  // The unit's meeting rule and its calendar
  invalid_day_of_month: {
    vi: (p) => `Ngày sinh hoạt (${s(p.dayOfMonth)}) phải là số nguyên từ 1 đến 31.`,
    en: (p) => `The meeting day (${s(p.dayOfMonth)}) must be a whole number from 1 to 31.`,
  },
  invalid_time: {
    vi: (p) => 'start' in p
      ? `Giờ bắt đầu "${s(p.start)}" hoặc giờ kết thúc "${s(p.end)}" không hợp lệ (định dạng GG:pp).`
      : `Giờ sinh hoạt "${s(p.time)}" không hợp lệ (định dạng GG:pp, ví dụ 19:30).`,
    en: (p) => 'start' in p
      ? `The start time "${s(p.start)}" or end time "${s(p.end)}" is not valid (HH:mm).`
      : `The meeting time "${s(p.time)}" is not valid (HH:mm, e.g. 19:30).`,
  },
  invalid_date: { vi: (p) => `Ngày "${s(p.value)}" không hợp lệ.`, en: (p) => `The date "${s(p.value)}" is not valid.` },
  invalid_override_kind: {
    vi: (p) => `Loại điều chỉnh "${s(p.kind)}" không hợp lệ.`,
    en: (p) => `"${s(p.kind)}" is not a kind of change to a meeting.`,
  },
  // DOMAIN.md: rescheduling or cancelling one meeting is recorded with a reason.
  override_reason_required: {
    vi: (p) => p.kind === 'moved'
      ? `Dời buổi sinh hoạt ngày ${s(p.originalDate)} phải ghi rõ lý do.`
      : `Hủy buổi sinh hoạt ngày ${s(p.originalDate)} phải ghi rõ lý do.`,
    en: (p) => `${p.kind === 'moved' ? 'Moving' : 'Cancelling'} the meeting of ${s(p.originalDate)} needs a reason.`,
  },
  moved_without_date: {
    vi: (p) => `Dời buổi sinh hoạt ngày ${s(p.originalDate)} phải có ngày mới.`,
    en: (p) => `Moving the meeting of ${s(p.originalDate)} needs a new date.`,
  },
  duplicate_override: {
    vi: (p) => `Buổi sinh hoạt ngày ${s(p.originalDate)} có nhiều hơn một điều chỉnh.`,
    en: (p) => `The meeting of ${s(p.originalDate)} has more than one change.`,
  },
  invalid_range: {
    vi: (p) => `Ngày bắt đầu (${s(p.from)}) phải không sau ngày kết thúc (${s(p.to)}).`,
    en: (p) => `The start date (${s(p.from)}) must not be after the end date (${s(p.to)}).`,
  },
  // Document numbers (HD 36-HD/VPTW)
  invalid_doc_number: {
    vi: (p) => `Số văn bản (${s(p.value)}) phải là số nguyên dương.`,
    en: (p) => `A document number (${s(p.value)}) must be a positive whole number.`,
  },
  invalid_doc_type: { vi: (p) => `Loại văn bản "${s(p.typeCode)}" không hợp lệ.`, en: (p) => `"${s(p.typeCode)}" is not a document type.` },
  invalid_issuer_suffix: { vi: () => 'Ký hiệu cơ quan ban hành không được để trống.', en: () => 'The issuer’s abbreviation cannot be empty.' },
  invalid_numbering_scope: { vi: (p) => `Cách đánh số "${s(p.by)}" không hợp lệ.`, en: (p) => `"${s(p.by)}" is not a way of numbering.` },
  term_start_required: {
    vi: () => 'Đánh số theo nhiệm kỳ cần ngày bắt đầu nhiệm kỳ.',
    en: () => 'Numbering by term needs the date the term started.',
  },
  date_before_term: {
    vi: (p) => `Ngày văn bản (${s(p.date)}) trước ngày bắt đầu nhiệm kỳ (${s(p.termStart)}).`,
    en: (p) => `The document’s date (${s(p.date)}) is before the term started (${s(p.termStart)}).`,
  },
  // Attendance and votes (Party Charter)
  invalid_quorum: { vi: (p) => `Tỷ lệ tối thiểu ${s(p.num)}/${s(p.den)} không hợp lệ.`, en: (p) => `The quorum ${s(p.num)}/${s(p.den)} is not valid.` },
  vote_not_integer: {
    vi: (p) => `Số phiếu ${part('vi', p.field)} (${s(p.value)}) phải là số nguyên.`,
    en: (p) => `The number of votes ${part('en', p.field)} (${s(p.value)}) must be a whole number.`,
  },
  vote_negative: {
    vi: (p) => `Số phiếu ${part('vi', p.field)} (${s(p.value)}) không được âm.`,
    en: (p) => `The number of votes ${part('en', p.field)} (${s(p.value)}) cannot be negative.`,
  },
  vote_exceeds_eligible: {
    vi: (p) => `Tổng số phiếu (${s(p.total)}) vượt quá số đảng viên chính thức có mặt được biểu quyết (${s(p.eligible)}).`,
    en: (p) => `The votes (${s(p.total)}) are more than the full members present who may vote (${s(p.eligible)}).`,
  },
  invitee_presides: {
    vi: (p) => `${s(p.name)} đang là chủ trì hoặc thư ký của buổi sinh hoạt.`,
    en: (p) => `${s(p.name)} chairs or records this meeting.`,
  },
  // Party dues (QĐ 342-QĐ/TW)
  dues_base_required: {
    vi: (p) => (p.category === 'salaried' ? 'Cần nhập mức lương để tính đảng phí.' : 'Cần nhập mức lương hưu để tính đảng phí.'),
    en: (p) => (p.category === 'salaried' ? 'Enter the salary to work out the dues.' : 'Enter the pension to work out the dues.'),
  },
  dues_base_invalid: {
    vi: (p) => `Mức thu nhập tính đảng phí (${s(p.baseAmount)}) không hợp lệ.`,
    en: (p) => `The income for dues (${s(p.baseAmount)}) is not valid.`,
  },
  dues_category_invalid: {
    vi: (p) => `Đối tượng đóng đảng phí "${s(p.category)}" không hợp lệ.`,
    en: (p) => `"${s(p.category)}" is not a dues category.`,
  },
  dues_area_required: { vi: () => 'Cần chọn khu vực để tính mức đảng phí.', en: () => 'Choose the area to work out the dues.' },
  // Duration (HD 12-HD/BTCTW: minimum length of a meeting)
  end_before_start: {
    vi: (p) => `Giờ kết thúc (${s(p.end)}) không được trước giờ bắt đầu (${s(p.start)}).`,
    en: (p) => `The end time (${s(p.end)}) cannot be before the start time (${s(p.start)}).`,
  },
  // Warnings: shown, not refused
  meeting_too_short: {
    vi: (p) => `Buổi sinh hoạt kéo dài ${s(p.actual)} phút, ít hơn thời lượng tối thiểu ${s(p.minimum)} phút.`,
    en: (p) => `The meeting lasted ${s(p.actual)} minutes, less than the minimum of ${s(p.minimum)} minutes.`,
  },
  notice_sent_late: {
    vi: () => 'Thông báo sinh hoạt chưa được gửi trước ít nhất 1 ngày.',
    en: () => 'The meeting notice was not sent at least 1 day ahead.',
  },
  documents_ready_late: {
    vi: () => 'Tài liệu sinh hoạt chưa sẵn sàng trước ít nhất 1 ngày.',
    en: () => 'The meeting documents were not ready at least 1 day ahead.',
  },
  vote_exceeds_roll_call: {
    vi: (p) => `Biểu quyết "${s(p.subject)}" có ${s(p.total)} phiếu, nhiều hơn số đảng viên chính thức có mặt (${s(p.eligible)}) theo điểm danh hiện tại.`,
    en: (p) => `The vote "${s(p.subject)}" has ${s(p.total)} votes, more than the full members present (${s(p.eligible)}) by the roll call as it stands.`,
  },
  cell_too_few_officials: {
    vi: (p) => `Chi bộ chỉ có ${s(p.official)} đảng viên chính thức; theo Điều lệ Đảng, chi bộ cần ít nhất ${s(p.minimum)} đảng viên chính thức.`,
    en: (p) => `The cell has only ${s(p.official)} full members; under the Party Charter a cell needs at least ${s(p.minimum)}.`,
  },
  // Recording before the meeting's day needs a reason on the meeting.
  meeting_not_yet: {
    vi: (p) => `Buổi sinh hoạt ngày ${s(p.date)} chưa diễn ra.`,
    en: (p) => `The meeting of ${s(p.date)} has not taken place yet.`,
  },
  resolution_empty: {
    vi: () => 'Nghị quyết đã được biểu quyết thông qua nhưng chưa có nội dung.',
    en: () => 'The resolution was adopted by vote but has no content yet.',
  },
  // Party Charter: unexcused absence from meetings three months in a year → considered for removal.
  absence_warning: {
    vi: (p) => `Đã vắng sinh hoạt không có lý do chính đáng ${s(p.count)} tháng trong năm ${s(p.year)} (${months('vi', p.months)}); vắng thêm 1 tháng sẽ thuộc diện xem xét xóa tên.`,
    en: (p) => `Absent without a valid reason in ${s(p.count)} months of ${s(p.year)} (${months('en', p.months)}); one more month and the member is considered for removal.`,
  },
  absence_flag: {
    vi: (p) => `Vắng sinh hoạt không có lý do chính đáng ${s(p.count)} tháng trong năm ${s(p.year)} (${months('vi', p.months)}): chi bộ xem xét, đề nghị xóa tên theo Điều lệ Đảng.`,
    en: (p) => `Absent without a valid reason in ${s(p.count)} months of ${s(p.year)} (${months('en', p.months)}): the cell considers proposing removal under the Party Charter.`,
  },
  // Temporary attendance in another cell (sinh hoạt đảng tạm thời)
  temporary_host_not_cell: {
    vi: () => 'Nơi sinh hoạt tạm thời phải là một chi bộ.',
    en: () => 'A temporary attendance is in a cell.',
  },
  temporary_same_cell: {
    vi: () => 'Chi bộ sinh hoạt tạm thời phải khác chi bộ đảng viên đang sinh hoạt chính thức.',
    en: () => 'The host cell must be another cell than the member’s own.',
  },
  temporary_period_order: {
    vi: (p) => `Ngày kết thúc (${date(p.to)}) không được trước ngày bắt đầu (${date(p.from)}).`,
    en: (p) => `The last day (${date(p.to)}) cannot be before the first day (${date(p.from)}).`,
  },
  temporary_overlap: {
    vi: (p) => `Đảng viên đã sinh hoạt tạm thời nơi khác trong thời gian này (từ ${date(p.from)}${p.to ? ` đến ${date(p.to)}` : ''}).`,
    en: (p) => `The member already attends another cell temporarily in this period (from ${date(p.from)}${p.to ? ` to ${date(p.to)}` : ''}).`,
  },
  temporary_not_current: {
    vi: () => 'Không có đợt sinh hoạt tạm thời này, hoặc đợt đã kết thúc.',
    en: () => 'This temporary attendance does not exist or is over.',
  },
  // Party dues: a valid reason for not paying (QĐ 342-QĐ/TW)
  dues_reason_required: {
    vi: () => 'Cần ghi lý do chưa nộp đảng phí để chi bộ chấp nhận là lý do chính đáng.',
    en: () => 'Write the reason the dues were not paid for the cell to accept it as valid.',
  },
  dues_base_not_applicable: {
    vi: () => 'Chỉ đảng viên hưởng lương hoặc hưu trí mới kê khai mức lương, lương hưu để tính đảng phí.',
    en: () => 'Only salaried members and pensioners declare a salary or pension for their dues.',
  },
  dues_warning: {
    vi: (p) => `Chưa nộp đảng phí ${s(p.count)} tháng trong năm ${s(p.year)} (${months('vi', p.months)}) không có lý do chính đáng; thêm 1 tháng sẽ thuộc diện xem xét xóa tên.`,
    en: (p) => `Dues not paid for ${s(p.count)} months of ${s(p.year)} (${months('en', p.months)}) without a valid reason; one more month and the member is considered for removal.`,
  },
  dues_flag: {
    vi: (p) => `Chưa nộp đảng phí ${s(p.count)} tháng trong năm ${s(p.year)} (${months('vi', p.months)}) không có lý do chính đáng: chi bộ xem xét, đề nghị xóa tên theo Điều lệ Đảng.`,
    en: (p) => `Dues not paid for ${s(p.count)} months of ${s(p.year)} (${months('en', p.months)}) without a valid reason: the cell considers proposing removal under the Party Charter.`,
  },
} satisfies Record<string, Wording>;

export type RuleCode = keyof typeof RULE_MESSAGES;

export const isRuleCode = (code: string): code is RuleCode => code in RULE_MESSAGES;

/** A rule's message in a language; a code with no wording (older data) shows as itself. */
export function ruleText(lang: Lang, code: string, params: P = {}): string {
  return isRuleCode(code) ? RULE_MESSAGES[code][lang](params) : code;
}
