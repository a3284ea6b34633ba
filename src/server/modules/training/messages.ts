/** Messages of training (bồi dưỡng, học tập). Vietnamese first. */
export const TRAINING_MESSAGES = {
  training_course_not_found: { vi: 'Không tìm thấy lớp bồi dưỡng, học tập.', en: 'Course not found.' },
  training_period_invalid: { vi: 'Ngày kết thúc lớp phải từ ngày bắt đầu trở đi.', en: 'The course must end on or after its first day.' },
  training_person_outside: {
    vi: '{name} không sinh hoạt ở chi bộ thuộc {unit}.', en: '{name} is not a member of a cell under {unit}.',
  },
  training_certificate_needs_completed: {
    vi: 'Chỉ ghi số giấy chứng nhận khi học viên đã hoàn thành lớp.', en: 'A certificate number is recorded only for a completed course.',
  },
  training_certificate_before_course: {
    vi: 'Ngày cấp giấy chứng nhận không được trước ngày bắt đầu lớp.', en: 'The certificate cannot be dated before the course began.',
  },
  training_future_outcome: {
    vi: 'Lớp chưa bắt đầu: chỉ ghi được "Được cử đi học".', en: 'The course has not started: only "enrolled" can be recorded.',
  },
} as const;
