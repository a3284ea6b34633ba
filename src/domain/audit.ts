/**
 * The audit log in words: every action chibo records, worded in both languages, and the sentence an
 * entry reads as ("Lường Văn Trường điểm danh: Lò Văn Pọm — Vắng có lý do (Chi bộ bản Phiêng Lơi)").
 * `AuditAction` is the type of an entry's action where it is written (src/server/audit.ts), so an action
 * without words does not compile.
 */
import type { Labels } from './labels';
import { ATTENDANCE_STATUS_LABELS, type AttendanceStatus } from './meetings/attendance';
import { EVENT_KINDS, POSITION_LABELS, type PositionTitle } from './members';

export const ROLE_LABELS: Labels<'admin' | 'leader' | 'secretary' | 'overseer' | 'member'> = {
  admin: { vi: 'Quản trị hệ thống', en: 'System administrator' },
  leader: { vi: 'Lãnh đạo, văn phòng Đảng ủy', en: 'Committee leader or office' },
  secretary: { vi: 'Bí thư, phó bí thư chi bộ', en: 'Cell secretary or deputy' },
  overseer: { vi: 'Đảng ủy viên phụ trách', en: 'Committee member in charge' },
  member: { vi: 'Đảng viên', en: 'Member' },
};

const MEMBER_EVENTS: Labels<(typeof EVENT_KINDS)[number]> = {
  made_official: { vi: 'công nhận đảng viên chính thức', en: 'recognised a member as official' },
  exempted: { vi: 'miễn sinh hoạt cho đảng viên', en: 'exempted a member from meetings' },
  temp_exempted: { vi: 'tạm miễn sinh hoạt cho đảng viên', en: 'temporarily exempted a member from meetings' },
  exemption_ended: { vi: 'cho đảng viên trở lại sinh hoạt', en: 'ended a member’s exemption' },
  transferred_out: { vi: 'ghi đảng viên chuyển ra khỏi Đảng bộ', en: 'recorded a member transferred out of the committee' },
  deceased: { vi: 'ghi đảng viên từ trần', en: 'recorded a member’s death' },
  removed: { vi: 'xóa tên đảng viên', en: 'removed a member from the rolls' },
  suspended: { vi: 'đình chỉ sinh hoạt đảng viên', en: 'suspended a member' },
  suspension_ended: { vi: 'cho đảng viên hết đình chỉ sinh hoạt', en: 'ended a member’s suspension' },
};

/** What each action did, as a verb phrase after the name of whoever did it. */
export const AUDIT_ACTIONS = {
  'setup.committee': { vi: 'thiết lập Đảng bộ', en: 'set up the party committee' },
  'org.create': { vi: 'thành lập tổ chức', en: 'created a unit' },
  'org.update': { vi: 'sửa tên, địa danh của tổ chức', en: 'edited a unit’s name or place' },
  'org.move': { vi: 'chuyển tổ chức sang cấp trên khác', en: 'moved a unit under another' },
  'org.merge': { vi: 'hợp nhất tổ chức', en: 'merged units' },
  'org.dissolve': { vi: 'giải thể tổ chức', en: 'dissolved a unit' },
  'org.overseer_assign': { vi: 'phân công đảng ủy viên phụ trách', en: 'put a committee member in charge' },
  'org.overseer_end': { vi: 'thôi phân công đảng ủy viên phụ trách', en: 'ended a committee member’s charge' },
  'member.create': { vi: 'thêm đảng viên', en: 'added a member' },
  'member.update': { vi: 'sửa hồ sơ đảng viên', en: 'edited a member’s record' },
  'member.transfer': { vi: 'chuyển sinh hoạt đảng đi', en: 'transferred a member out' },
  'member.transfer_in': { vi: 'tiếp nhận đảng viên chuyển sinh hoạt đến', en: 'received a transferred member' },
  'member.import': { vi: 'nhập đảng viên từ tệp Excel', en: 'imported members from a spreadsheet' },
  ...(Object.fromEntries(EVENT_KINDS.map((k) => [`member.${k}`, MEMBER_EVENTS[k]])) as Record<`member.${(typeof EVENT_KINDS)[number]}`, { vi: string; en: string }>),
  'member.temporary': { vi: 'cho đảng viên sinh hoạt tạm thời nơi khác', en: 'sent a member to attend elsewhere temporarily' },
  'member.temporary_in': { vi: 'tiếp nhận đảng viên sinh hoạt tạm thời', en: 'received a member attending temporarily' },
  'member.temporary_end': { vi: 'kết thúc sinh hoạt tạm thời', en: 'ended a temporary attendance' },
  'training.create': { vi: 'mở lớp bồi dưỡng, học tập', en: 'opened a training course' },
  'training.record': { vi: 'ghi kết quả học tập', en: 'recorded training results' },
  'training.own': { vi: 'ghi khóa học của đảng viên', en: 'recorded a member’s own course' },
  'report.narrative': { vi: 'soạn báo cáo', en: 'wrote a report' },
  'report.issue': { vi: 'ban hành báo cáo', en: 'issued a report' },
  'review.start': { vi: 'mở đợt kiểm điểm, đánh giá, xếp loại', en: 'opened the year’s reviews' },
  'review.record': { vi: 'ghi kết quả kiểm điểm, đánh giá, xếp loại của năm', en: 'recorded the year’s reviews' },
  'review.self': { vi: 'ghi bản tự kiểm điểm', en: 'recorded a self-review' },
  'review.propose': { vi: 'đề xuất mức xếp loại', en: 'proposed a rating' },
  'review.decide': { vi: 'quyết định mức xếp loại', en: 'decided a rating' },
  'review.settings': { vi: 'đặt tỷ lệ hoàn thành xuất sắc nhiệm vụ', en: 'set the share of excellent ratings' },
  'position.add': { vi: 'giao chức vụ', en: 'gave a position' },
  'position.end': { vi: 'kết thúc chức vụ', en: 'ended a position' },
  'partner.create': { vi: 'thêm đơn vị phối hợp', en: 'added a partner unit' },
  'partner.update': { vi: 'sửa đơn vị phối hợp', en: 'edited a partner unit' },
  'partner.contact_add': { vi: 'thêm người liên hệ của đơn vị phối hợp', en: 'added a partner contact' },
  'partner.contact_end': { vi: 'thôi người liên hệ của đơn vị phối hợp', en: 'ended a partner contact' },
  'account.create': { vi: 'tạo tài khoản', en: 'created an account' },
  'account.password_change': { vi: 'đổi mật khẩu của mình', en: 'changed their own password' },
  'account.password_reset': { vi: 'đặt lại mật khẩu tài khoản', en: 'reset the password of an account' },
  'account.disable': { vi: 'khóa tài khoản', en: 'disabled an account' },
  'account.enable': { vi: 'mở khóa tài khoản', en: 'enabled an account' },
  'grant.add': { vi: 'cấp vai trò', en: 'granted a role' },
  'grant.remove': { vi: 'thu hồi vai trò', en: 'removed a role' },
  'auth.login_failed': { vi: 'Đăng nhập không thành công', en: 'Failed login' },
  'auth.login_slowed': { vi: 'Tạm hoãn đăng nhập sau nhiều lần sai mật khẩu', en: 'Logins slowed down after repeated failures' },
  'auth.login_limited': { vi: 'Tạm chặn đăng nhập từ một địa chỉ thử quá nhiều lần', en: 'Too many login tries from one address' },
  'calendar.create': { vi: 'tạo đường dẫn lịch', en: 'created a calendar feed' },
  'calendar.revoke': { vi: 'thu hồi đường dẫn lịch', en: 'revoked a calendar feed' },
  'meeting.create': { vi: 'lên lịch buổi sinh hoạt', en: 'planned a meeting' },
  'meeting.update': { vi: 'sửa thông tin buổi sinh hoạt', en: 'edited a meeting' },
  'meeting.move': { vi: 'dời buổi sinh hoạt', en: 'moved a meeting' },
  'meeting.cancel': { vi: 'hủy buổi sinh hoạt', en: 'cancelled a meeting' },
  'meeting.rule': { vi: 'đặt lịch sinh hoạt định kỳ', en: 'set the meeting rule' },
  'meeting.prepare': { vi: 'cập nhật công tác chuẩn bị buổi sinh hoạt', en: 'updated a meeting’s preparation' },
  'meeting.invite': { vi: 'mời dự buổi sinh hoạt', en: 'invited someone to a meeting' },
  'meeting.invite_sync': { vi: 'cập nhật danh sách triệu tập', en: 'updated who is summoned' },
  'meeting.uninvite': { vi: 'bỏ khỏi danh sách mời', en: 'removed an invitation' },
  'meeting.agenda_add': { vi: 'thêm nội dung sinh hoạt', en: 'added an agenda item' },
  'meeting.agenda_update': { vi: 'sửa nội dung sinh hoạt', en: 'edited an agenda item' },
  'meeting.agenda_delete': { vi: 'bỏ nội dung sinh hoạt', en: 'removed an agenda item' },
  'meeting.attendance': { vi: 'điểm danh', en: 'took the roll call' },
  'meeting.checkin': { vi: 'tự điểm danh bằng mã QR', en: 'checked in with the QR code' },
  'meeting.checkin_token': { vi: 'tạo mã QR điểm danh', en: 'made a QR check-in code' },
  'meeting.speech_add': { vi: 'ghi ý kiến phát biểu', en: 'recorded a speech' },
  'meeting.speech_update': { vi: 'sửa ý kiến phát biểu', en: 'edited a speech' },
  'meeting.speech_delete': { vi: 'xóa ý kiến phát biểu', en: 'deleted a speech' },
  'meeting.vote': { vi: 'ghi kết quả biểu quyết', en: 'recorded a vote' },
  'meeting.vote_delete': { vi: 'xóa kết quả biểu quyết', en: 'deleted a vote' },
  'meeting.resolution': { vi: 'sửa nội dung nghị quyết', en: 'edited the resolution' },
  'meeting.dues': { vi: 'ghi đảng phí', en: 'recorded party dues' },
  'meeting.score': { vi: 'chấm điểm chất lượng buổi sinh hoạt', en: 'scored a meeting' },
  'meeting.score_confirm': { vi: 'xác nhận điểm buổi sinh hoạt', en: 'confirmed a meeting’s score' },
  'meeting.approve': { vi: 'thông qua biên bản', en: 'approved the minutes' },
  'meeting.history': { vi: 'nhập hồ sơ buổi sinh hoạt', en: 'entered a meeting’s record' },
  'meeting.approve_correction': { vi: 'thông qua bản điều chỉnh biên bản', en: 'approved a correction of the minutes' },
  'meeting.correct': { vi: 'lập bản điều chỉnh biên bản', en: 'started a correction of the minutes' },
  'meeting.number_void': { vi: 'hủy số văn bản', en: 'voided a document number' },
  'scoring.create': { vi: 'thêm bộ tiêu chí chấm điểm', en: 'added a scoring scheme' },
  'scoring.save': { vi: 'lưu phiên bản bộ tiêu chí chấm điểm của đơn vị', en: 'saved a version of a unit’s scoring scheme' },
  'scoring.choose': { vi: 'chọn bộ tiêu chí chấm điểm cho đơn vị', en: 'chose a unit’s scoring schemes' },
  'report.settings': { vi: 'đổi cài đặt văn bản', en: 'changed document settings' },
  'report.submit': { vi: 'gửi báo cáo tháng', en: 'submitted a monthly report' },
  'report.correct': { vi: 'sửa báo cáo tháng đã gửi', en: 'corrected a monthly report' },
  'task.create': { vi: 'giao nhiệm vụ', en: 'gave a task' },
  'task.update': { vi: 'cập nhật nhiệm vụ', en: 'updated a task' },
  'task.note': { vi: 'ghi tiến độ nhiệm vụ', en: 'noted a task’s progress' },
  'task.review': { vi: 'đánh giá nhiệm vụ tại buổi sinh hoạt', en: 'reviewed tasks at a meeting' },
  'document.create': { vi: 'thêm văn bản cấp trên', en: 'added a directive document' },
  'document.disseminate': { vi: 'giao quán triệt văn bản', en: 'assigned a document to be studied' },
  'document.disseminated': { vi: 'ghi đã quán triệt văn bản', en: 'recorded a document studied' },
  'document.read': { vi: 'xác nhận đã đọc văn bản', en: 'confirmed reading a document' },
  'plan.save': { vi: 'lưu kế hoạch năm', en: 'saved a year plan' },
  'plan.submit': { vi: 'trình kế hoạch năm', en: 'submitted a year plan' },
  'plan.approve': { vi: 'duyệt kế hoạch năm', en: 'approved a year plan' },
  'plan.reopen': { vi: 'mở lại kế hoạch năm', en: 'reopened a year plan' },
  'supervision.create': { vi: 'lập cuộc kiểm tra, giám sát', en: 'opened an inspection or supervision' },
  'supervision.decide': { vi: 'ra quyết định kiểm tra, giám sát', en: 'decided an inspection or supervision' },
  'supervision.report': { vi: 'ghi báo cáo của nơi được kiểm tra, giám sát', en: 'recorded the subject’s report' },
  'supervision.findings': { vi: 'ghi kết quả thẩm tra', en: 'recorded the findings' },
  'supervision.conclude': { vi: 'kết luận kiểm tra, giám sát', en: 'concluded an inspection or supervision' },
  'supervision.remedy_report': { vi: 'báo cáo đã khắc phục', en: 'reported a remedy done' },
  'supervision.remedy_verify': { vi: 'xác nhận đã khắc phục', en: 'verified a remedy' },
  'oversight.observation_write': { vi: 'ghi nhận xét dự sinh hoạt chi bộ', en: 'wrote an observation of a meeting' },
  'oversight.observation_update': { vi: 'sửa nhận xét dự sinh hoạt chi bộ', en: 'edited an observation of a meeting' },
} as const satisfies Record<string, { vi: string; en: string }>;

export type AuditAction = keyof typeof AUDIT_ACTIONS;
export const isAuditAction = (a: string): a is AuditAction => Object.hasOwn(AUDIT_ACTIONS, a);

/** Actions no one signed in did (a login attempt): the sentence starts with the action. */
const WITHOUT_ACTOR = new Set<string>(['auth.login_failed', 'auth.login_slowed', 'auth.login_limited']);

export type AuditFacts = {
  action: string;
  /** Who did it (full name, else login name); null: the system or nobody signed in. */
  actor: string | null;
  summary: string | null;
  /** The unit where it happened, by name. */
  unit: string | null;
  after?: unknown;
  before?: unknown;
};

const field = (v: unknown, k: string): unknown => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined);
const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);

/** The object of the sentence: the summary, with codes (a role, a position, a roll-call status) in words. */
function objectOf(e: AuditFacts, lang: 'vi' | 'en'): string | null {
  const s = e.summary;
  const roleOf = (code: unknown) => (typeof code === 'string' && code in ROLE_LABELS ? ROLE_LABELS[code as keyof typeof ROLE_LABELS][lang] : null);
  if (e.action === 'grant.add' || e.action === 'grant.remove') {
    const role = roleOf(field(e.after, 'role')) ?? roleOf(field(e.before, 'role')) ?? roleOf(s) ?? s;
    const to = str(field(e.after, 'username')) ?? str(field(e.before, 'username'));
    return to ? (lang === 'vi' ? `${role} cho tài khoản ${to}` : `${role} to the account ${to}`) : role;
  }
  if (e.action === 'auth.login_failed' || e.action === 'auth.login_slowed' || e.action === 'auth.login_limited') {
    const ip = str(field(e.after, 'ip'));
    const user = s && e.action !== 'auth.login_limited' ? (lang === 'vi' ? `tài khoản ${s}` : `account ${s}`) : null;
    const from = ip ? (lang === 'vi' ? `từ địa chỉ ${ip}` : `from ${ip}`) : null;
    return [user, from].filter(Boolean).join(', ') || null;
  }
  if (e.action === 'calendar.create' && (s === 'person' || s === 'org')) {
    return s === 'person' ? (lang === 'vi' ? 'lịch cá nhân' : 'a personal calendar') : lang === 'vi' ? 'lịch của tổ chức' : 'a unit’s calendar';
  }
  if (!s) return null;
  if (s in ROLE_LABELS) return roleOf(s);
  if (s in POSITION_LABELS) return POSITION_LABELS[s as PositionTitle][lang];
  // "Name: absent_excused" (a roll call) reads "Name — Vắng có lý do".
  const m = /^(.*): ([a-z_]+)$/.exec(s);
  if (m && m[2] in ATTENDANCE_STATUS_LABELS) return `${m[1]} — ${ATTENDANCE_STATUS_LABELS[m[2] as AttendanceStatus][lang]}`;
  const everyone = /^present: (\d+)$/.exec(s);
  if (everyone) return lang === 'vi' ? `${everyone[1]} người có mặt` : `${everyone[1]} present`;
  return s;
}

/** One entry as a sentence in the reader's language: who did what, to whom or what, where. */
export function auditText(e: AuditFacts, lang: 'vi' | 'en'): string {
  const words = isAuditAction(e.action) ? AUDIT_ACTIONS[e.action][lang] : e.action;
  const object = objectOf(e, lang);
  const where = e.unit ? ` (${e.unit})` : '';
  if (WITHOUT_ACTOR.has(e.action)) return `${words}${object ? `: ${object}` : ''}${where}`;
  const actor = e.actor ?? (lang === 'vi' ? 'Hệ thống' : 'The system');
  return `${actor} ${words}${object ? `: ${object}` : ''}${where}`;
}
