import type { CourseRow, ParticipantRow, RecordRow } from './queries';
import type { CourseSummary } from './schemas';

export const presentCourse = (r: CourseRow): CourseSummary => ({
  id: r.id, orgId: r.org_id, orgName: r.org_name, kind: r.kind, title: r.title, organiser: r.organiser, place: r.place,
  startsOn: r.starts_on, endsOn: r.ends_on, counts: { total: r.total, attended: r.attended, completed: r.completed, absent: r.absent },
});

export const presentParticipant = (r: ParticipantRow) => ({
  personId: r.person_id, name: r.name, orgId: r.org_id, orgName: r.org_name, standing: r.standing, status: r.status, result: r.result,
  certificateNo: r.certificate_no, certificateDate: r.certificate_date,
});

export const presentRecord = (r: RecordRow) => ({
  id: r.id, courseId: r.course_id, kind: r.kind, title: r.title, organiser: r.organiser, from: r.from, to: r.to, status: r.status,
  result: r.result, certificateNo: r.certificate_no, certificateDate: r.certificate_date,
});
