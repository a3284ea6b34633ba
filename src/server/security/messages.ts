/** Server messages of the security layer (idempotency, CSRF, setup code, limits), Vietnamese first. */
export const SECURITY_MESSAGES = {
  idempotency_key_invalid: {
    vi: 'Khoá Idempotency-Key phải gồm 1–200 ký tự chữ, số, dấu chấm, gạch ngang, gạch dưới hoặc hai chấm.',
    en: 'An Idempotency-Key has 1–200 letters, digits, dots, dashes, underscores or colons.',
  },
  idempotency_key_reused: {
    vi: 'Khoá Idempotency-Key này đã được dùng cho một yêu cầu khác.',
    en: 'This Idempotency-Key was already used for a different request.',
  },
  idempotency_in_progress: {
    vi: 'Yêu cầu với khoá này đang được xử lý; vui lòng thử lại sau ít giây.',
    en: 'A request with this key is still being processed; try again in a few seconds.',
  },
  password_change_required: {
    vi: 'Bạn cần đổi mật khẩu trước khi tiếp tục.',
    en: 'Change your password before you continue.',
  },
  cross_site: {
    vi: 'Yêu cầu đến từ một trang web khác nên bị từ chối. Hãy thao tác trực tiếp trên chibo.',
    en: 'This request came from another website and was refused. Use chibo directly.',
  },
  setup_code_required: {
    vi: 'Cần mã thiết lập. Mã được in trong nhật ký của máy chủ chibo khi khởi động.',
    en: 'The setup code is needed. chibo prints it in the server log when it starts.',
  },
  setup_code_wrong: {
    vi: 'Mã thiết lập không đúng. Xem lại mã trong nhật ký của máy chủ chibo.',
    en: 'The setup code is wrong. Check the code in the chibo server log.',
  },
} as const;
