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
  // HD 60-HD/BTGTW 2022; the guidance on the Party Charter: the certificate of the new-member course is part of the file
  // for becoming official.
  official_needs_new_member_course: {
    vi: 'Chưa thể công nhận đồng chí {name} là đảng viên chính thức: đồng chí chưa hoàn thành lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới (HD 60-HD/BTGTW). Theo hướng dẫn thi hành Điều lệ Đảng, giấy chứng nhận hoàn thành lớp này là một phần hồ sơ đề nghị công nhận đảng viên chính thức. Hãy ghi kết quả lớp ở trang "Bồi dưỡng, học tập" hoặc trong hồ sơ đảng viên trước.',
    en: '{name} cannot be made an official member yet: the new-member course (HD 60-HD/BTGTW) is not completed. Under the guidance on the Party Charter its certificate is part of the file for becoming official. Record the course’s result under "Training" or in the member’s record first.',
  },
  official_course_after_date: {
    vi: 'Chưa thể công nhận đồng chí {name} là đảng viên chính thức từ ngày {date}: đồng chí hoàn thành lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới ngày {done}, sau ngày đó (HD 60-HD/BTGTW; hướng dẫn thi hành Điều lệ Đảng: phải hoàn thành lớp trước khi được công nhận chính thức).',
    en: '{name} cannot be made official from {date}: the new-member course (HD 60-HD/BTGTW) was completed on {done}, after that day (the guidance on the Party Charter: the course comes before becoming official).',
  },
} as const;
