// The demo commune's training records: the year's study of the new resolutions (every member summoned, a few
// absent), the new-member course with the commune's probationary members (one has not finished it yet), the
// new-member course of every member made official, and the story people's political theory certificates entered
// from their files.
import { joinTx, type Db, type Queryable } from '../db/index';
import { createCourse, recordParticipants, writeOwnRecord } from '../modules/training/service';
import type { CreateCourseBody, OwnRecordBody } from '../modules/training/schemas';
import { actorOf } from './actors';
import { minDate } from './random';
import { addDays, daysBetween } from '../../domain/dates';
import type { DemoData } from './types';
import { lastHeldMeetingDate } from './calendar';

const THEORY_TITLE = { so_cap: ['theory_basic', 'Sơ cấp lý luận chính trị'], trung_cap: ['theory_intermediate', 'Trung cấp lý luận chính trị'],
  cao_cap: ['theory_advanced', 'Cao cấp lý luận chính trị'] } as const;

/**
 * Every member made official finished the new-member course during probation (HD 60-HD/BTGTW; before it, the same
 * course under earlier guidance): its certificate, entered from the member's file with the member (loadStructure), is
 * what allows official standing. Before July 2025 the city's political centre ran it; since the district level went,
 * the commune committee. Numbered in each year by date.
 */
export function newMemberCertificates(data: DemoData): Map<string, OwnRecordBody> {
  const done = data.members.filter((m) => m.official_date && m.admission_date)
    .map((m) => ({ personId: m.person_id, t: minDate(addDays(m.admission_date!, 124), addDays(m.official_date!, -10)) }))
    .sort((a, b) => a.t.localeCompare(b.t) || a.personId.localeCompare(b.personId));
  const perYear = new Map<string, number>();
  const out = new Map<string, OwnRecordBody>();
  for (const d of done) {
    const y = d.t.slice(0, 4);
    const n = (perYear.get(y) ?? 0) + 1;
    perYear.set(y, n);
    out.set(d.personId, {
      kind: 'new_member', title: 'Lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới',
      organiser: d.t >= '2025-07-01' ? 'Đảng ủy xã Thanh Minh' : 'Trung tâm Chính trị thành phố Điện Biên Phủ',
      from: addDays(d.t, -4), to: d.t, status: 'completed', result: 'Đạt', certificateNo: `${String(n).padStart(2, '0')}/${Number(y)}/GCN-ĐVM`,
      certificateDate: d.t,
    });
  }
  return out;
}

/** Through the training service, entered by the commune secretary (pqdon). */
export async function insertTrainingDemo(db: Db, q: Queryable, data: DemoData): Promise<void> {
  const lastDay = lastHeldMeetingDate(data);
  if (!lastDay) return;
  const year = Number(lastDay.slice(0, 4));
  const span = Math.max(30, daysBetween(`${year}-01-01`, lastDay));
  const at = (f: number) => addDays(`${year}-01-01`, Math.floor(span * f));
  const inTx = joinTx(db, q);
  const don = await actorOf(q, data, 'pqdon');
  // The members in the commune today (an open official membership, active), in the order of their ids.
  const open = new Set(data.memberships.filter((m) => m.ended_on === null && m.kind === 'official').map((m) => m.person_id));
  const members = data.members.filter((m) => open.has(m.person_id) && m.state === 'active')
    .sort((a, b) => (a.person_id < b.person_id ? -1 : a.person_id > b.person_id ? 1 : 0));
  const course = async (kind: CreateCourseBody['kind'], title: string, organiser: string, place: string, from: string, to: string) =>
    (await createCourse(inTx, don, { orgId: data.rootId, kind, title, organiser, place, startsOn: from, endsOn: to })).id;

  const study = await course('resolution_study', `Học tập, quán triệt Nghị quyết Đại hội XIV của Đảng và Nghị quyết Đại hội Đảng bộ tỉnh`,
    'Đảng ủy xã Thanh Minh', 'Hội trường UBND xã Thanh Minh', at(0.2), addDays(at(0.2), 1));
  // Every 37th member was absent (sick, working away): they owe a make-up session.
  await recordParticipants(inTx, don, study, {
    items: members.map((m, i) => ({ personId: m.person_id, status: (i + 1) % 37 === 5 ? 'absent' as const : 'completed' as const })),
  });

  const probationers = members.filter((m) => m.standing === 'probationary');
  if (probationers.length) {
    const start = at(0.55);
    const nm = await course('new_member', 'Lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới',
      'Ban Tuyên giáo và Dân vận Đảng ủy xã (tổ chức theo HD 60-HD/BTGTW)', 'Hội trường UBND xã Thanh Minh', start, addDays(start, 4));
    // The most recently admitted has not attended it yet: the list of those who owe the course shows them.
    const newest = [...probationers].sort((a, b) => (b.admission_date ?? '').localeCompare(a.admission_date ?? ''))[0];
    const took = probationers.filter((m) => !(m === newest && probationers.length > 1));
    await recordParticipants(inTx, don, nm, {
      items: took.map((m, i) => ({
        personId: m.person_id, status: 'completed' as const, result: 'Khá', certificateNo: `${String(i + 1).padStart(2, '0')}/GCN-ĐVM`,
        certificateDate: addDays(start, 6),
      })),
    });
  }

  // Theory certificates of the story people, from their files.
  const current = new Set(data.memberships.filter((m) => m.ended_on === null && m.kind === 'official').map((m) => m.person_id));
  for (const personId of Object.values(data.storyPeople)) {
    const s = data.members.find((m) => m.person_id === personId);
    if (!s || !current.has(personId) || !s.theory_level || !(s.theory_level in THEORY_TITLE)) continue;
    const [kind, title] = THEORY_TITLE[s.theory_level as keyof typeof THEORY_TITLE];
    const y = Math.min(year - 1, Number((s.admission_date ?? '2010').slice(0, 4)) + 5);
    await writeOwnRecord(q, don, personId, {
      kind, title, organiser: kind === 'theory_basic' ? 'Trung tâm Chính trị thành phố Điện Biên Phủ' : 'Trường Chính trị tỉnh Điện Biên',
      from: `${y}-03-01`, to: `${y}-${kind === 'theory_basic' ? '04' : '11'}-30`, status: 'completed', result: 'Khá',
      certificateNo: `${String(personId.charCodeAt(0) % 90 + 10)}/${y}/GCN`, certificateDate: `${y}-12-15`,
    });
  }
}
