import { labelsIn } from '../../domain/labels';
import { TRAINING_KIND_LABELS, TRAINING_STATUS_LABELS } from '../../domain/year/training';

/** Vietnamese strings of training (merged under `trn`). Keep keys in step with training.en.ts. */
const trainingVi = {
  nav: 'Bồi dưỡng, học tập',
  hub: 'Các lớp bồi dưỡng, học tập nghị quyết; ai đã dự, đã hoàn thành; ai còn nợ lớp bắt buộc.',
  title: 'Bồi dưỡng, học tập năm {{year}}',
  courses: 'Các lớp trong năm', noCourses: 'Chưa có lớp nào trong năm.',
  add: 'Thêm lớp', create: 'Thêm lớp bồi dưỡng, học tập',
  kind: 'Loại lớp', courseTitle: 'Tên lớp', organiser: 'Đơn vị tổ chức', place: 'Địa điểm', startsOn: 'Ngày bắt đầu', endsOn: 'Ngày kết thúc',
  period: '{{from}} – {{to}}',
  counts: '{{total}} học viên · {{completed}} hoàn thành · {{absent}} vắng',
  owing: 'Còn nợ lớp bắt buộc', noOwing: 'Không ai còn nợ lớp bắt buộc.',
  reason: {
    probation: 'Đảng viên dự bị chưa hoàn thành lớp đảng viên mới (HD 60-HD/BTGTW) — hạn: hết thời gian dự bị {{date}}',
    missed_study: 'Vắng buổi học tập nghị quyết trong năm — cần học bù',
  },
  participants: 'Học viên', noParticipants: 'Chưa có học viên.',
  status: 'Kết quả', result: 'Xếp loại', certificateNo: 'Số giấy chứng nhận', certificateDate: 'Ngày cấp', save: 'Lưu', saved: 'Đã lưu.',
  addPerson: 'Thêm học viên', pickPerson: 'Thêm học viên vào lớp', person: 'Đảng viên',
  certificate: 'Giấy chứng nhận số {{no}} ngày {{date}}',
  record: 'Quá trình bồi dưỡng, học tập', noRecord: 'Chưa có lớp nào được ghi.', owes: 'Còn nợ',
  addOwn: 'Ghi lớp đã học (theo giấy chứng nhận)', from: 'Từ ngày', to: 'Đến ngày',
  kinds: labelsIn('vi', TRAINING_KIND_LABELS),
  statuses: labelsIn('vi', TRAINING_STATUS_LABELS),
};
export default trainingVi;
