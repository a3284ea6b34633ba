// SQL of training: courses, who took part, members' records and what they owe. Typed rows.
import type { Queryable } from '../../db/index';
import type { TrainingKind, TrainingStatus } from '../../../domain/year/training';

export type CourseRow = {
  id: string; org_id: string; org_name: string; org_path: string; kind: TrainingKind; title: string; organiser: string | null;
  place: string | null; starts_on: string; ends_on: string; total: number; attended: number; completed: number; absent: number;
};
const SELECT_COURSE = `
  SELECT c.id, c.org_id, o.name AS org_name, o.path AS org_path, c.kind, c.title, c.organiser, c.place,
         c.starts_on::text AS starts_on, c.ends_on::text AS ends_on,
         count(r.id)::int AS total, count(r.id) FILTER (WHERE r.status IN ('attended', 'completed'))::int AS attended,
         count(r.id) FILTER (WHERE r.status = 'completed')::int AS completed, count(r.id) FILTER (WHERE r.status = 'absent')::int AS absent
    FROM training_courses c JOIN orgs o ON o.id = c.org_id LEFT JOIN training_records r ON r.course_id = c.id`;

/** Courses of a year run by the unit, above it (the commune's, seen from a cell) or under it. */
export const coursesFor = (q: Queryable, path: string, year: number) =>
  q.query<CourseRow>(
    `${SELECT_COURSE} WHERE (o.path LIKE $1 || '%' OR $1 LIKE o.path || '%')
        AND c.starts_on <= make_date($2, 12, 31) AND c.ends_on >= make_date($2, 1, 1)
      GROUP BY c.id, o.name, o.path ORDER BY c.starts_on DESC, c.title`,
    [path, year],
  );

export const courseById = (q: Queryable, id: string) => q.one<CourseRow>(`${SELECT_COURSE} WHERE c.id = $1 GROUP BY c.id, o.name, o.path`, [id]);

export const insertCourse = (q: Queryable, c: {
  id: string; orgId: string; kind: string; title: string; organiser: string | null; place: string | null; startsOn: string; endsOn: string;
  createdBy: string;
}) =>
  q.query(
    `INSERT INTO training_courses (id, org_id, kind, title, organiser, place, starts_on, ends_on, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [c.id, c.orgId, c.kind, c.title, c.organiser, c.place, c.startsOn, c.endsOn, c.createdBy],
  );

export type ParticipantRow = {
  person_id: string; name: string; org_id: string | null; org_name: string | null; standing: 'probationary' | 'official' | null;
  status: TrainingStatus; result: string | null; certificate_no: string | null; certificate_date: string | null;
};
export const participants = (q: Queryable, courseId: string) =>
  q.query<ParticipantRow>(
    `SELECT r.person_id, p.full_name AS name, ms.org_id, o.name AS org_name, mb.standing, r.status, r.result, r.certificate_no,
            r.certificate_date::text AS certificate_date
       FROM training_records r JOIN people p ON p.id = r.person_id
       LEFT JOIN members mb ON mb.person_id = r.person_id
       LEFT JOIN LATERAL (SELECT org_id FROM memberships x WHERE x.person_id = r.person_id
                           ORDER BY x.ended_on IS NULL DESC, x.started_on DESC LIMIT 1) ms ON true
       LEFT JOIN orgs o ON o.id = ms.org_id
      WHERE r.course_id = $1 ORDER BY o.name, p.name_search`,
    [courseId],
  );

/** The member's current cell, if it lies in the subtree (path prefix). */
export const memberIn = (q: Queryable, personId: string, path: string) =>
  q.one<{ org_id: string; theory_level: string | null }>(
    `SELECT ms.org_id, mb.theory_level FROM memberships ms JOIN orgs o ON o.id = ms.org_id JOIN members mb ON mb.person_id = ms.person_id
      WHERE ms.person_id = $1 AND ms.ended_on IS NULL AND o.path LIKE $2 || '%' LIMIT 1`,
    [personId, path],
  );

export const upsertRecord = (q: Queryable, r: {
  courseId: string; personId: string; status: string; result: string | null; certificateNo: string | null; certificateDate: string | null;
  by: string;
}) =>
  q.query(
    `INSERT INTO training_records (course_id, person_id, status, result, certificate_no, certificate_date, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (course_id, person_id) WHERE course_id IS NOT NULL
     DO UPDATE SET status = EXCLUDED.status, result = EXCLUDED.result, certificate_no = EXCLUDED.certificate_no,
                   certificate_date = EXCLUDED.certificate_date, updated_by = EXCLUDED.updated_by, updated_at = now()`,
    [r.courseId, r.personId, r.status, r.result, r.certificateNo, r.certificateDate, r.by],
  );

export const insertOwnRecord = (q: Queryable, r: {
  id: string; personId: string; kind: string; title: string; organiser: string | null; from: string | null; to: string; status: string;
  result: string | null; certificateNo: string | null; certificateDate: string | null; by: string;
}) =>
  q.query(
    `INSERT INTO training_records (id, person_id, own_kind, own_title, own_organiser, own_from, own_to, status, result, certificate_no,
       certificate_date, updated_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [r.id, r.personId, r.kind, r.title, r.organiser, r.from, r.to, r.status, r.result, r.certificateNo, r.certificateDate, r.by],
  );

export const raiseTheory = (q: Queryable, personId: string, level: string) =>
  q.query('UPDATE members SET theory_level = $2, updated_at = now() WHERE person_id = $1', [personId, level]);

export type RecordRow = {
  id: string; course_id: string | null; kind: TrainingKind; title: string; organiser: string | null; from: string | null; to: string;
  status: TrainingStatus; result: string | null; certificate_no: string | null; certificate_date: string | null;
};
export const recordsOf = (q: Queryable, personId: string) =>
  q.query<RecordRow>(
    `SELECT r.id, r.course_id, coalesce(c.kind, r.own_kind) AS kind, coalesce(c.title, r.own_title) AS title,
            coalesce(c.organiser, r.own_organiser) AS organiser, coalesce(c.starts_on, r.own_from)::text AS "from",
            coalesce(c.ends_on, r.own_to)::text AS "to", r.status, r.result, r.certificate_no, r.certificate_date::text AS certificate_date
       FROM training_records r LEFT JOIN training_courses c ON c.id = r.course_id
      WHERE r.person_id = $1 ORDER BY coalesce(c.ends_on, r.own_to) DESC, r.updated_at DESC`,
    [personId],
  );

export type OwingRow = {
  person_id: string; name: string; org_id: string; org_name: string; standing: 'probationary' | 'official'; admission_date: string | null;
  completed_kinds: string[]; missed_study: string | null; attended_study: boolean;
};
/**
 * Current members of the subtree (not exempt: exempt members are excused from meetings and study) with what their
 * records say: kinds completed, the end of a study of resolutions of the year they missed, whether they attended one.
 */
export const owingFacts = (q: Queryable, path: string, year: number, today: string) =>
  q.query<OwingRow>(
    `WITH recs AS (
       SELECT r.person_id, coalesce(c.kind, r.own_kind) AS kind, r.status, coalesce(c.ends_on, r.own_to) AS ends_on
         FROM training_records r LEFT JOIN training_courses c ON c.id = r.course_id)
     SELECT p.id AS person_id, p.full_name AS name, o.id AS org_id, o.name AS org_name, mb.standing,
            mb.admission_date::text AS admission_date,
            coalesce((SELECT array_agg(DISTINCT x.kind) FROM recs x WHERE x.person_id = p.id AND x.status = 'completed'), '{}') AS completed_kinds,
            (SELECT max(x.ends_on)::text FROM recs x WHERE x.person_id = p.id AND x.kind = 'resolution_study'
                AND extract(year FROM x.ends_on) = $2 AND x.ends_on < $3::date
                AND x.status IN ('absent', 'not_completed', 'enrolled')) AS missed_study,
            EXISTS (SELECT 1 FROM recs x WHERE x.person_id = p.id AND x.kind = 'resolution_study'
                      AND extract(year FROM x.ends_on) = $2 AND x.status IN ('attended', 'completed')) AS attended_study
       FROM memberships ms JOIN orgs o ON o.id = ms.org_id JOIN people p ON p.id = ms.person_id JOIN members mb ON mb.person_id = p.id
      WHERE ms.ended_on IS NULL AND ms.kind = 'official' AND o.path LIKE $1 || '%' AND mb.state IN ('active', 'temp_exempt')
      ORDER BY o.name, p.name_search`,
    [path, year, today],
  );

/** A member's completed courses (of a course, or entered from a certificate) with the day each ended. */
export const completedCourses = (q: Queryable, personId: string) =>
  q.query<{ kind: string; ends_on: string }>(
    `SELECT coalesce(c.kind, r.own_kind) AS kind, coalesce(c.ends_on, r.own_to)::text AS ends_on
       FROM training_records r LEFT JOIN training_courses c ON c.id = r.course_id
      WHERE r.person_id = $1 AND r.status = 'completed'`,
    [personId],
  );

export function personOf(q: Queryable, personId: string): Promise<{ full_name: string } | undefined> {
  return q.one<{ full_name: string }>('SELECT full_name FROM people WHERE id = $1', [personId]);
}

/** The path of the member's current official cell. */
export function officialCellOf(q: Queryable, personId: string): Promise<{ path: string } | undefined> {
  return q.one<{ path: string }>(
    `SELECT o.path FROM memberships ms JOIN orgs o ON o.id = ms.org_id WHERE ms.person_id = $1 AND ms.ended_on IS NULL AND ms.kind = 'official'`,
    [personId],
  );
}

/** The member's recorded theory level and the path of their current cell (the official one first). */
export function memberLevelAndCell(q: Queryable, personId: string): Promise<{ theory_level: string | null; path: string } | undefined> {
  return q.one<{ theory_level: string | null; path: string }>(
    `SELECT mb.theory_level, o.path FROM members mb JOIN memberships ms ON ms.person_id = mb.person_id AND ms.ended_on IS NULL
       JOIN orgs o ON o.id = ms.org_id WHERE mb.person_id = $1 ORDER BY ms.kind = 'official' DESC LIMIT 1`,
    [personId],
  );
}
