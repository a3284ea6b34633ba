import { OVERSIGHT_MESSAGES } from './modules/oversight/messages';
import { SUPERVISION_MESSAGES } from './modules/supervision/messages';
import { PLAN_MESSAGES } from './modules/plans/messages';
import { TRAINING_MESSAGES } from './modules/training/messages';
import { REVIEW_MESSAGES } from './modules/reviews/messages';
import { SECURITY_MESSAGES } from './security/messages';
import { FOLLOWUP_MESSAGES } from './messages.followup';
import { REPORT_MESSAGES } from './modules/reports/messages';

/** Server messages shown to users, Vietnamese first. {name} is replaced by a parameter. */
const MESSAGES = {
  ...SECURITY_MESSAGES,
  ...OVERSIGHT_MESSAGES,
  ...SUPERVISION_MESSAGES,
  ...PLAN_MESSAGES,
  ...REPORT_MESSAGES,
  ...TRAINING_MESSAGES,
  ...REVIEW_MESSAGES,
  not_found: { vi: 'Không tìm thấy.', en: 'Not found.' },
  org_not_found: { vi: 'Không tìm thấy tổ chức đảng.', en: 'Party unit not found.' },
  person_not_found: { vi: 'Không tìm thấy người này.', en: 'Person not found.' },
  account_not_found: { vi: 'Không tìm thấy tài khoản.', en: 'Account not found.' },
  partner_not_found: { vi: 'Không tìm thấy đơn vị phối hợp.', en: 'Partner unit not found.' },
  contact_not_member: {
    vi: 'Người liên hệ được chọn không phải đảng viên đang sinh hoạt tại chi bộ này.',
    en: 'The contact chosen is not a current party member of this cell.',
  },
  contact_name_required: { vi: 'Nhập họ và tên người liên hệ, hoặc chọn một đảng viên của chi bộ.', en: 'Enter the contact’s full name, or choose a party member of the cell.' },
  forbidden: { vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'You are not allowed to do this.' },
  unauthorized: { vi: 'Bạn cần đăng nhập.', en: 'Please log in.' },
  bad_credentials: { vi: 'Tên đăng nhập hoặc mật khẩu không đúng.', en: 'Wrong username or password.' },
  rate_limited: {
    vi: 'Bạn đã thử quá nhiều lần. Vui lòng thử lại sau {after}.',
    en: 'Too many attempts. Please try again in {after}.',
  },
  meeting_too_many: {
    vi: 'Một buổi sinh hoạt có tối đa {max} {what}.',
    en: 'A meeting holds at most {max} {whatEn}.',
  },
  date_range_too_long: {
    vi: 'Khoảng thời gian quá dài: xem tối đa {max} ngày một lần.',
    en: 'The range is too long: at most {max} days at a time.',
  },
  login_limited: {
    vi: 'Có quá nhiều lần đăng nhập sai từ địa chỉ này. Vui lòng chờ {seconds} giây rồi thử lại.',
    en: 'Too many failed logins from this address. Please wait {seconds} seconds and try again.',
  },
  login_slowed: {
    vi: 'Đã đăng nhập sai nhiều lần liền. Vui lòng chờ {seconds} giây rồi thử lại.',
    en: 'Several failed logins in a row. Please wait {seconds} seconds and try again.',
  },
  validation: { vi: 'Dữ liệu không hợp lệ: {detail}', en: 'Invalid data: {detail}' },
  internal: { vi: 'Có lỗi xảy ra trên máy chủ. Vui lòng thử lại.', en: 'Something went wrong on the server. Please try again.' },
  setup_done: { vi: 'Hệ thống đã được thiết lập.', en: 'chibo is already set up.' },
  password_too_short: {
    vi: 'Mật khẩu phải có ít nhất {min} ký tự.',
    en: 'The password must have at least {min} characters.',
  },
  password_wrong: { vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is wrong.' },
  username_taken: { vi: 'Tên đăng nhập "{username}" đã được dùng.', en: 'The username "{username}" is taken.' },
  username_invalid: {
    vi: 'Tên đăng nhập chỉ gồm chữ thường không dấu, số, dấu chấm, gạch ngang (3–40 ký tự).',
    en: 'A username has 3–40 lowercase letters, digits, dots or dashes.',
  },
  person_has_account: { vi: 'Người này đã có tài khoản.', en: 'This person already has an account.' },
  grant_not_allowed: {
    vi: 'Bạn không thể cấp vai trò này ở tổ chức này.',
    en: 'You cannot grant this role at this unit.',
  },
  org_parent_required: { vi: 'Cần chọn tổ chức cấp trên.', en: 'Choose the parent unit.' },
  org_parent_not_cell: {
    vi: 'Chi bộ không có tổ chức trực thuộc.',
    en: 'A cell cannot contain other units.',
  },
  org_move_into_self: {
    vi: 'Không thể chuyển một tổ chức vào chính nó hoặc tổ chức trực thuộc nó.',
    en: 'A unit cannot move under itself or one of its own units.',
  },
  org_inactive: { vi: 'Tổ chức này đã giải thể hoặc hợp nhất.', en: 'This unit has been dissolved or merged.' },
  org_has_members: {
    vi: 'Tổ chức còn {count} đảng viên đang sinh hoạt; hãy chuyển họ trước khi giải thể.',
    en: 'The unit still has {count} active members; transfer them before dissolving it.',
  },
  org_has_children: {
    vi: 'Tổ chức còn {count} tổ chức trực thuộc đang hoạt động.',
    en: 'The unit still has {count} active units under it.',
  },
  org_merge_same: { vi: 'Không thể hợp nhất một tổ chức với chính nó.', en: 'A unit cannot merge into itself.' },
  org_merge_kind: {
    vi: 'Chỉ hợp nhất được hai tổ chức cùng loại.',
    en: 'Only units of the same kind can be merged.',
  },
  member_exists: { vi: 'Người này đã là đảng viên.', en: 'This person is already a member.' },
  member_not_active: {
    vi: 'Đảng viên không còn sinh hoạt tại chi bộ nào.',
    en: 'This member no longer belongs to a cell.',
  },
  member_target_not_cell: { vi: 'Đảng viên chỉ sinh hoạt ở chi bộ.', en: 'Members belong to cells only.' },
  member_same_cell: { vi: 'Đảng viên đã sinh hoạt ở chi bộ này.', en: 'The member is already in this cell.' },
  card_taken: { vi: 'Số thẻ đảng {card} đã có.', en: 'Party card number {card} already exists.' },
  status_transition: {
    vi: 'Không thể ghi "{event}" cho đảng viên đang ở trạng thái "{state}".',
    en: 'Cannot record "{event}" for a member whose status is "{state}".',
  },
  date_invalid: { vi: 'Ngày "{value}" không hợp lệ (dd/mm/yyyy).', en: 'The date "{value}" is not valid.' },
  date_order: { vi: '{to} phải sau {from}.', en: '{to} must come after {from}.' },
  reason_required: { vi: 'Cần ghi lý do.', en: 'A reason is required.' },
  // Cell meetings (src/server/modules/meetings).
  meeting_not_found: { vi: 'Không tìm thấy buổi sinh hoạt.', en: 'Meeting not found.' },
  meeting_org_not_cell: { vi: 'Chỉ chi bộ mới tổ chức sinh hoạt chi bộ.', en: 'Only cells hold cell meetings.' },
  meeting_month_taken: {
    vi: 'Chi bộ đã có buổi sinh hoạt thường kỳ tháng {month}.',
    en: 'The cell already has a regular meeting for {month}.',
  },
  meeting_locked: {
    vi: 'Biên bản buổi sinh hoạt này đã được thông qua và khóa, không sửa trực tiếp được. Muốn sửa, hãy lập bản điều chỉnh và ghi rõ lý do.',
    en: 'The minutes of this meeting were approved and are locked. To change them, start a correction and give the reason.',
  },
  meeting_cancelled: { vi: 'Buổi sinh hoạt này đã bị hủy.', en: 'This meeting was cancelled.' },
  meeting_not_approved: { vi: 'Biên bản buổi sinh hoạt này chưa được thông qua.', en: 'The minutes of this meeting are not approved yet.' },
  meeting_move_reason: { vi: 'Dời buổi sinh hoạt phải ghi rõ lý do.', en: 'Moving a meeting needs a reason.' },
  meeting_cancel_reason: { vi: 'Hủy buổi sinh hoạt phải ghi rõ lý do.', en: 'Cancelling a meeting needs a reason.' },
  meeting_needs_chair_recorder: {
    vi: 'Chưa thông qua được biên bản: cần ghi rõ {missing} của buổi sinh hoạt.',
    en: 'The minutes cannot be approved yet: the meeting’s {missingEn} must be recorded.',
  },
  meeting_not_invited: {
    vi: '{name} không có trong danh sách triệu tập buổi sinh hoạt này.',
    en: '{name} is not on the list of people summoned to this meeting.',
  },
  attendance_not_invited: {
    vi: '{name} không có trong danh sách triệu tập buổi sinh hoạt này nên không điểm danh được. Hãy mời trước rồi điểm danh.',
    en: '{name} was not summoned to this meeting and cannot be marked. Invite them first.',
  },
  meeting_history_mismatch: {
    vi: 'Hồ sơ buổi sinh hoạt ngày {date} không khớp quy định: {what} ghi {given}, theo quy định là {expected}.',
    en: 'The record of the meeting of {date} does not agree with the rules: its {whatEn} says {given}, the rules give {expected}.',
  },
  meeting_history_record: {
    vi: 'Hồ sơ buổi sinh hoạt ngày {date} không hợp lệ: {what}.',
    en: 'The record of the meeting of {date} is not valid: {whatEn}.',
  },
  attendance_reason_required: {
    vi: 'Vắng có lý do thì phải ghi rõ lý do.',
    en: 'An excused absence needs its reason.',
  },
  invitation_exists: { vi: '{name} đã có trong danh sách mời.', en: '{name} is already invited.' },
  invitation_guest_name: {
    vi: 'Khách mời cần có họ tên hoặc đơn vị.',
    en: 'A guest needs a name or a unit.',
  },
  vote_exceeds_eligible: {
    vi: 'Tổng số phiếu ({total}) vượt quá số đảng viên chính thức có mặt được biểu quyết ({eligible}). Kết quả biểu quyết chưa được ghi.',
    en: 'The votes ({total}) exceed the official members present who may vote ({eligible}). Nothing was saved.',
  },
  checkin_invalid: { vi: 'Mã điểm danh không hợp lệ hoặc đã hết hạn.', en: 'The check-in code is not valid or has expired.' },
  checkin_not_invited: {
    vi: 'Bạn không có trong danh sách triệu tập buổi sinh hoạt này.',
    en: 'You are not on the list of people summoned to this meeting.',
  },
  score_not_proposed: { vi: 'Chi bộ chưa tự chấm điểm buổi sinh hoạt này.', en: 'The cell has not scored this meeting yet.' },
  score_confirm_not_in_charge: {
    vi: 'Chỉ đồng chí đảng ủy viên được phân công phụ trách {unit} (hoặc lãnh đạo Đảng ủy) mới xác nhận được điểm của buổi sinh hoạt này.',
    en: 'Only the committee member in charge of {unit} (or a committee leader) can confirm this meeting’s score.',
  },
  vote_exceeds_roll_call: {
    vi: 'Chưa thông qua được biên bản: biểu quyết "{subject}" có {total} phiếu, nhiều hơn số đảng viên chính thức có mặt theo điểm danh ({eligible}). Hãy sửa điểm danh hoặc kết quả biểu quyết.',
    en: 'The minutes cannot be approved: the vote "{subject}" has {total} votes, more than the official members present in the roll call ({eligible}). Correct the roll call or the vote.',
  },
  meeting_not_yet: {
    vi: 'Buổi sinh hoạt ngày {date} chưa diễn ra: chưa điểm danh, ghi biên bản hay duyệt được. Nếu chi bộ đã họp sớm hơn, hãy ghi lý do họp trước ngày (hoặc sửa ngày sinh hoạt).',
    en: 'The meeting of {date} has not taken place yet: no roll call, minutes or approval before then. If the cell met earlier, record the reason for holding it early (or correct its date).',
  },
  resolution_not_adopted: {
    vi: 'Buổi sinh hoạt này không có nghị quyết: {why}',
    en: 'This meeting has no resolution: {whyEn}',
  },
  resolution_vote_missing: {
    vi: 'Chưa thông qua được biên bản: chưa có biểu quyết thông qua nghị quyết. Hãy ghi biểu quyết nghị quyết, hoặc chọn "Không ban hành nghị quyết tháng này".',
    en: 'The minutes cannot be approved: the resolution has not been voted on. Record the resolution vote, or choose "no resolution this month".',
  },
  resolution_content_missing: {
    vi: 'Chưa thông qua được biên bản: nghị quyết đã được biểu quyết thông qua nhưng chưa có nội dung (kết quả, nhiệm vụ, tổ chức thực hiện).',
    en: 'The minutes cannot be approved: the resolution was adopted but has no content (results, tasks, implementation).',
  },
  document_number_none: {
    vi: '{doc} của buổi sinh hoạt này chưa được cấp số (hoặc số đã bị hủy), nên không có số để hủy.',
    en: 'The {docEn} of this meeting has no number in force, so there is nothing to void.',
  },
  scheme_not_found: { vi: 'Không tìm thấy bộ tiêu chí chấm điểm phù hợp.', en: 'No matching scoring scheme.' },
  calendar_not_found: { vi: 'Đường dẫn lịch không hợp lệ hoặc đã bị thu hồi.', en: 'This calendar link is not valid or was revoked.' },
  meeting_rule: { vi: '{message}', en: '{message}' },
  import_file_invalid: {
    vi: 'Không đọc được tệp. Hãy dùng tệp mẫu .xlsx của chibo.',
    en: 'The file could not be read. Use chibo’s .xlsx template.',
  },
  import_has_errors: {
    vi: 'Tệp có {count} dòng lỗi; chưa có thay đổi nào được ghi.',
    en: 'The file has {count} rows with errors; nothing was changed.',
  },
  import_empty: { vi: 'Tệp không có dòng dữ liệu nào.', en: 'The file has no data rows.' },
  import_header_missing: {
    vi: 'Không tìm thấy cột bắt buộc: {columns}. Hãy dùng tệp mẫu của chibo (dòng tiêu đề ở dòng 1).',
    en: 'Required columns not found: {columns}. Use chibo’s template (headers in row 1).',
  },
  import_too_many_rows: {
    vi: 'Tệp có hơn {max} dòng; mỗi lần chỉ nhập tối đa {max} dòng. Hãy chia danh sách thành nhiều tệp.',
    en: 'The file has more than {max} rows; import at most {max} rows at a time. Split the list into several files.',
  },
  render_busy: {
    vi: 'Máy chủ đang bận tạo các văn bản khác. Vui lòng thử lại sau {seconds} giây.',
    en: 'The server is busy rendering other documents. Try again in {seconds} seconds.',
  },
  import_sheet_too_large: {
    vi: 'Bảng tính trong tệp quá lớn: mỗi tệp chỉ được có tối đa {rows} dòng đảng viên, {cells} ô và {mb} MB dữ liệu khi giải nén. Hãy chia danh sách thành nhiều tệp nhỏ hơn.',
    en: 'The sheet in this file is too large: a file may hold at most {rows} member rows, {cells} cells and {mb} MB of data once unpacked. Split the list into smaller files.',
  },
  import_file_too_large: { vi: 'Tệp quá lớn (tối đa {max} MB).', en: 'The file is too large (at most {max} MB).' },
  import_row_failed: {
    vi: 'Dòng {row} ({name}) không ghi được: {reason} Chưa có thay đổi nào được ghi.',
    en: 'Row {row} ({name}) could not be saved: {reason} Nothing was changed.',
  },
  import_required: { vi: 'Bắt buộc phải nhập.', en: 'Required.' },
  import_too_short: { vi: 'Quá ngắn (ít nhất {min} ký tự).', en: 'Too short (at least {min} characters).' },
  import_too_long: { vi: 'Quá dài (tối đa {max} ký tự).', en: 'Too long (at most {max} characters).' },
  import_date_invalid: {
    vi: 'Ngày "{value}" không hợp lệ; ghi theo dạng dd/mm/yyyy, ví dụ 15/03/1980.',
    en: 'The date "{value}" is not valid; write it as dd/mm/yyyy, e.g. 15/03/1980.',
  },
  import_date_future: { vi: 'Ngày {value} chưa tới.', en: 'The date {value} is in the future.' },
  import_official_before_admission: {
    vi: 'Ngày chính thức ({official}) không được trước ngày vào Đảng ({admission}).',
    en: 'The official date ({official}) cannot be before the admission date ({admission}).',
  },
  import_birth_after_admission: {
    vi: 'Ngày sinh ({birth}) phải trước ngày vào Đảng ({admission}).',
    en: 'The date of birth ({birth}) must be before the admission date ({admission}).',
  },
  import_probationary_official_date: {
    vi: 'Đảng viên dự bị chưa có ngày chính thức; để trống cột này hoặc ghi "Chính thức".',
    en: 'A probationary member has no official date yet; leave it empty or mark the member official.',
  },
  import_value_invalid: {
    vi: 'Giá trị "{value}" không hợp lệ; chọn một trong: {allowed}.',
    en: 'The value "{value}" is not valid; use one of: {allowed}.',
  },
  import_card_duplicate: {
    vi: 'Số thẻ {card} trùng với dòng {row}.',
    en: 'Card number {card} is already on row {row}.',
  },
  import_card_taken: {
    vi: 'Số thẻ {card} đã có trong hệ thống.',
    en: 'Card number {card} already exists in chibo.',
  },
  import_citizen_id_invalid: {
    vi: 'Số CCCD phải gồm 12 chữ số (hoặc 9 chữ số với CMND cũ).',
    en: 'A citizen ID has 12 digits (or 9 for an old ID card).',
  },
  import_citizen_id_duplicate: {
    vi: 'Số CCCD {value} trùng với dòng {row}.',
    en: 'Citizen ID {value} is already on row {row}.',
  },
  import_citizen_id_taken: {
    vi: 'Số CCCD {value} đã thuộc đảng viên {name}.',
    en: 'Citizen ID {value} already belongs to member {name}.',
  },
  import_phone_invalid: { vi: 'Số điện thoại "{value}" không hợp lệ.', en: 'The phone number "{value}" is not valid.' },
  ...FOLLOWUP_MESSAGES,
} as const;

export type MessageKey = keyof typeof MESSAGES;
export type Locale = 'vi' | 'en';
/** The cookie that keeps a visitor's chosen language (read in app.ts, set at login and on a language change). */
export const LOCALE_COOKIE = 'chibo_lang';

export function msg(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  const text: string = MESSAGES[key][locale];
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
}

export function isMessageKey(key: string): key is MessageKey {
  return key in MESSAGES;
}
