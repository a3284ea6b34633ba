// The year's facts a review starts from (HD 43-HD/BTCTW asks the review to rest on results): meetings attended and
// missed, dues, tasks done and overdue, trainings, inspection and supervision findings, meeting quality levels.
import type { Queryable } from '../../db/index';
import { todayVn } from '../../../domain/dates';
import * as Q from './queries';
import type { Facts } from './schemas';

export async function yearFacts(q: Queryable, s: { kind: string; orgId: string; personId: string | null }, year: number): Promise<Facts> {
  const today = todayVn();
  const r = { from: `${year}-01-01`, to: `${year}-12-31` < today ? `${year}-12-31` : today };
  const member = s.kind === 'member' && s.personId;
  const who = { personId: member ? s.personId : null, orgId: s.orgId };
  const meetings = member ? await Q.memberMeetings(q, s.personId!, r) : await Q.cellMeetings(q, s.orgId, r);
  const inspections = await Q.inspectionsOf(q, who, year);
  const levels = await Q.quality(q, s.orgId, r);
  const count = (l: string) => levels.find((x) => x.level === l)?.n ?? 0;
  return {
    from: r.from, to: r.to,
    meetings: meetings ?? { held: 0, attended: 0, excused: 0, unexcused: 0 },
    dues: member ? ((await Q.memberDues(q, s.personId!, r)) ?? { months: 0, amount: 0 }) : null,
    tasks: (await Q.tasksOf(q, who, r, today)) ?? { done: 0, overdue: 0, open: 0 },
    trainings: member ? await Q.trainingsOf(q, s.personId!, r) : [],
    inspections: inspections.map((i) => ({ kind: i.kind, content: i.content, status: i.status, shortcomings: i.shortcomings })),
    remediesOpen: inspections.reduce((n, i) => n + i.open_remedies, 0),
    quality: { tot: count('tot'), kha: count('kha'), trung_binh: count('trung_binh'), kem: count('kem') },
  };
}

/** The review's facts: frozen at the self-review; until then (and for reviews entered without them) read live. */
export async function factsOf(q: Queryable, r: Pick<Q.ReviewRow, 'facts' | 'subject_kind' | 'subject_org_id' | 'subject_person_id' | 'year'>) {
  if (r.facts && Object.keys(r.facts).length) return r.facts as unknown as Facts;
  return yearFacts(q, { kind: r.subject_kind, orgId: r.subject_org_id, personId: r.subject_person_id }, r.year);
}
