/** Messages of the committee's year (oversight, inspection and supervision, plans, training, reviews). Vietnamese first. */
export const OVERSIGHT_MESSAGES = {
  observation_no_person: {
    vi: 'Tài khoản này không gắn với một đảng viên nên không thể ghi nhận xét.',
    en: 'This account is not linked to a party member, so it cannot write an observation.',
  },
  observation_not_in_charge: {
    vi: 'Chỉ đảng ủy viên phụ trách {unit} mới ghi nhận xét sau buổi sinh hoạt.',
    en: 'Only the committee member in charge of {unit} writes an observation after its meeting.',
  },
  observation_not_attended: {
    vi: 'Điểm danh ghi đồng chí không dự buổi sinh hoạt này: chỉ ghi nhận xét về buổi mình đã dự.',
    en: 'The roll call says you did not attend this meeting: observations are written only for meetings attended.',
  },
  observation_not_held: {
    vi: 'Buổi sinh hoạt chưa diễn ra: nhận xét được ghi sau buổi sinh hoạt.',
    en: 'The meeting has not been held yet: an observation is written after it.',
  },
} as const;
