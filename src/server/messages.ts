/** Server messages shown to users, Vietnamese first. {name} is replaced by a parameter. */
const MESSAGES = {
  not_found: { vi: 'Không tìm thấy.', en: 'Not found.' },
  org_not_found: { vi: 'Không tìm thấy tổ chức đảng.', en: 'Party unit not found.' },
  person_not_found: { vi: 'Không tìm thấy người này.', en: 'Person not found.' },
  account_not_found: { vi: 'Không tìm thấy tài khoản.', en: 'Account not found.' },
  partner_not_found: { vi: 'Không tìm thấy đơn vị phối hợp.', en: 'Partner unit not found.' },
  forbidden: { vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'You are not allowed to do this.' },
  unauthorized: { vi: 'Bạn cần đăng nhập.', en: 'Please log in.' },
  bad_credentials: { vi: 'Tên đăng nhập hoặc mật khẩu không đúng.', en: 'Wrong username or password.' },
  rate_limited: {
    vi: 'Bạn đã thử quá nhiều lần. Vui lòng thử lại sau {after}.',
    en: 'Too many attempts. Please try again in {after}.',
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
  import_file_invalid: {
    vi: 'Không đọc được tệp. Hãy dùng tệp mẫu .xlsx của chibo.',
    en: 'The file could not be read. Use chibo’s .xlsx template.',
  },
  import_has_errors: {
    vi: 'Tệp có {count} dòng lỗi; chưa có thay đổi nào được ghi.',
    en: 'The file has {count} rows with errors; nothing was changed.',
  },
  import_empty: { vi: 'Tệp không có dòng dữ liệu nào.', en: 'The file has no data rows.' },
} as const;

export type MessageKey = keyof typeof MESSAGES;
export type Locale = 'vi' | 'en';

export function msg(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  const text: string = MESSAGES[key][locale];
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
}

export function isMessageKey(key: string): key is MessageKey {
  return key in MESSAGES;
}
