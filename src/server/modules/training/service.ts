// Training of members: the courses the committee (or a cell) runs or sends members to, who attended and completed
// with the certificate's number and date, each member's record, and who still owes a required course
// (src/domain/year/training.ts: HD 60-HD/BTGTW, HD 61-HD/BTGTW, QĐ 57-QĐ/TW).
import crypto from 'node:crypto';
import type { Db, Queryable } from '../../db/index';
import type { Principal } from '../../auth/policy';
import { Invalid, NotFound } from '../../errors';
import { audit } from '../../audit';
import { todayVn } from '../../../domain/dates';
import { THEORY_OF_KIND, owedCourses, raisesTheory, type TrainingKind } from '../../../domain/year/training';
import { getOrg } from '../orgs/service';
import * as Q from './queries';
import { presentCourse, presentParticipant, presentRecord } from './presenters';
import type { CourseDetail, CourseList, CreateCourseBody, MemberTraining, Owing, OwnRecordBody, ParticipantsBody } from './schemas';

const clean = (s: string | null | undefined) => s?.trim() || null;

export async function listCourses(db: Db, orgId: string, year: number): Promise<CourseList> {
  const org = await getOrg(db, orgId);
  return { year, items: (await Q.coursesFor(db, org.path, year)).map(presentCourse) };
}

async function readCourse(q: Queryable, id: string): Promise<CourseDetail> {
  const c = await Q.courseById(q, id);
  if (!c) throw NotFound('training_course_not_found');
  return { ...presentCourse(c), participants: (await Q.participants(q, id)).map(presentParticipant) };
}
export const getCourse = (db: Db, id: string) => readCourse(db, id);

type Outcome = { status: string; result?: string | null; certificateNo?: string | null; certificateDate?: string | null };
/** The outcome's own rules: a certificate only for a completed course, never dated before it began; nothing but enrolment before it starts. */
function checkOutcome(o: Outcome, startsOn: string | null, today: string) {
  if (clean(o.certificateNo) && o.status !== 'completed') throw Invalid('training_certificate_needs_completed');
  if (o.certificateDate && o.status !== 'completed') throw Invalid('training_certificate_needs_completed');
  if (o.certificateDate && startsOn && o.certificateDate < startsOn) throw Invalid('training_certificate_before_course');
  if (startsOn && startsOn > today && o.status !== 'enrolled') throw Invalid('training_future_outcome');
}

async function memberWithin(q: Queryable, personId: string, org: { name: string; path: string }) {
  const m = await Q.memberIn(q, personId, org.path);
  if (!m) {
    const p = await Q.personOf(q, personId);
    if (!p) throw NotFound('person_not_found');
    throw Invalid('training_person_outside', { name: p.full_name, unit: org.name });
  }
  return m;
}

/** A completed political theory course raises the member's recorded level (never lowers it). */
async function theoryFrom(q: Queryable, personId: string, kind: TrainingKind, status: string, current: string | null) {
  if (status === 'completed' && raisesTheory(current as never, kind)) await Q.raiseTheory(q, personId, THEORY_OF_KIND[kind]!);
}

export async function createCourse(db: Db, who: Principal, b: CreateCourseBody): Promise<CourseDetail> {
  return db.tx(async (q) => {
    const org = await getOrg(q, b.orgId);
    if (b.endsOn < b.startsOn) throw Invalid('training_period_invalid');
    const id = crypto.randomUUID();
    await Q.insertCourse(q, {
      id, orgId: org.id, kind: b.kind, title: b.title.trim(), organiser: clean(b.organiser), place: clean(b.place),
      startsOn: b.startsOn, endsOn: b.endsOn, createdBy: who.accountId,
    });
    for (const personId of new Set(b.personIds ?? [])) {
      await memberWithin(q, personId, org);
      await Q.upsertRecord(q, { courseId: id, personId, status: 'enrolled', result: null, certificateNo: null, certificateDate: null, by: who.accountId });
    }
    await audit(q, who, { action: 'training.create', entity: 'training', entityId: id, orgPath: org.path, summary: b.title, after: b });
    return readCourse(q, id);
  });
}

/** Who took part and how it ended; adds those not yet on the list. All or nothing. */
export async function recordParticipants(db: Db, who: Principal, id: string, b: ParticipantsBody): Promise<CourseDetail> {
  return db.tx(async (q) => {
    const c = await Q.courseById(q, id);
    if (!c) throw NotFound('training_course_not_found');
    const today = todayVn();
    for (const it of b.items) {
      checkOutcome(it, c.starts_on, today);
      const m = await memberWithin(q, it.personId, { name: c.org_name, path: c.org_path });
      await Q.upsertRecord(q, {
        courseId: id, personId: it.personId, status: it.status, result: clean(it.result), certificateNo: clean(it.certificateNo),
        certificateDate: it.certificateDate ?? null, by: who.accountId,
      });
      await theoryFrom(q, it.personId, c.kind, it.status, m.theory_level);
    }
    await audit(q, who, { action: 'training.record', entity: 'training', entityId: id, orgPath: c.org_path, summary: c.title, after: b });
    return readCourse(q, id);
  });
}

async function owesOf(q: Queryable, personId: string, year: number, today: string) {
  const m = await Q.officialCellOf(q, personId);
  if (!m) return [];
  const f = (await Q.owingFacts(q, m.path, year, today)).find((r) => r.person_id === personId);
  return f ? owe(f) : [];
}
const owe = (f: Q.OwingRow) => owedCourses({
  standing: f.standing, admissionDate: f.admission_date, completedKinds: f.completed_kinds as TrainingKind[],
  missedStudy: f.missed_study ? { endsOn: f.missed_study } : null, attendedStudy: f.attended_study,
});

export async function memberTraining(db: Db, personId: string): Promise<MemberTraining> {
  if (!(await Q.personOf(db, personId))) throw NotFound('person_not_found');
  const today = todayVn();
  return { items: (await Q.recordsOf(db, personId)).map(presentRecord), owes: await owesOf(db, personId, Number(today.slice(0, 4)), today) };
}

/** A course taken before chibo, or elsewhere, entered from the member's certificate. */
export async function addOwnRecord(db: Db, who: Principal, personId: string, b: OwnRecordBody): Promise<MemberTraining> {
  await db.tx((q) => writeOwnRecord(q, who, personId, b));
  return memberTraining(db, personId);
}

/** addOwnRecord's write, in the caller's transaction (a batch writes many without presenting each). */
export async function writeOwnRecord(q: Queryable, who: Principal, personId: string, b: OwnRecordBody): Promise<void> {
  const m = await Q.memberLevelAndCell(q, personId);
  if (!m) throw NotFound('person_not_found');
  if (b.from && b.to < b.from) throw Invalid('training_period_invalid');
  checkOutcome(b, b.from ?? null, todayVn());
  const id = crypto.randomUUID();
  await Q.insertOwnRecord(q, {
    id, personId, kind: b.kind, title: b.title.trim(), organiser: clean(b.organiser), from: b.from ?? null, to: b.to, status: b.status,
    result: clean(b.result), certificateNo: clean(b.certificateNo), certificateDate: b.certificateDate ?? null, by: who.accountId,
  });
  await theoryFrom(q, personId, b.kind, b.status, m.theory_level);
  await audit(q, who, { action: 'training.own', entity: 'person', entityId: personId, orgPath: m.path, summary: b.title, after: b });
}

export async function owing(db: Db, orgId: string, year: number): Promise<Owing> {
  const org = await getOrg(db, orgId);
  const today = todayVn();
  const items = (await Q.owingFacts(db, org.path, year, today)).flatMap((f) => owe(f).map((o) => ({
    ...o, personId: f.person_id, name: f.name, orgId: f.org_id, orgName: f.org_name, standing: f.standing, admissionDate: f.admission_date,
  })));
  return { year, items };
}
