import { labelsIn } from '../../domain/labels';
import { TRAINING_KIND_LABELS, TRAINING_STATUS_LABELS } from '../../domain/year/training';
import type trainingVi from './training.vi';

/** English strings of training; the type keeps every key of training.vi.ts present. */
const trainingEn: typeof trainingVi = {
  nav: 'Training and study',
  hub: 'Courses and studies of resolutions; who attended and completed; who still owes a required course.',
  title: 'Training and study in {{year}}',
  courses: 'The year’s courses', noCourses: 'No course this year yet.',
  add: 'Add a course', create: 'Add a course or study',
  kind: 'Kind', courseTitle: 'Title', organiser: 'Organiser', place: 'Place', startsOn: 'First day', endsOn: 'Last day',
  period: '{{from}} – {{to}}',
  counts: '{{total}} participants · {{completed}} completed · {{absent}} absent',
  owing: 'Still owing a required course', noOwing: 'Nobody owes a required course.',
  reason: {
    probation: 'Probationary member without the new-member course (HD 60-HD/BTGTW) — due by the end of probation, {{date}}',
    missed_study: 'Missed the year’s study of resolutions — must make it up',
  },
  participants: 'Participants', noParticipants: 'No participants yet.',
  status: 'Outcome', result: 'Grade', certificateNo: 'Certificate number', certificateDate: 'Issued on', save: 'Save', saved: 'Saved.',
  addPerson: 'Add a participant', pickPerson: 'Add a member to the course', person: 'Member',
  certificate: 'Certificate no. {{no}} of {{date}}',
  record: 'Training record', noRecord: 'No course recorded yet.', owes: 'Owes',
  addOwn: 'Record a course taken (from its certificate)', from: 'From', to: 'To',
  kinds: labelsIn('en', TRAINING_KIND_LABELS),
  statuses: labelsIn('en', TRAINING_STATUS_LABELS),
};
export default trainingEn;
