// The steps of one inspection or supervision item (QĐ 296-QĐ/TW 2025): decision and plan → the subject's own
// report → the team's findings → conclusion and its written notice, with remedies → each remedy reported done
// by its owner → verified by the committee. Each step is taken once, in order; the item is verified when every
// remedy is.
import type { AuditAction } from '../../../domain/audit';
import type { Db, Queryable } from '../../db/index';
import type { Principal } from '../../auth/policy';
import { Conflict, Invalid, NotFound } from '../../errors';
import { audit } from '../../audit';
import * as Q from './queries';
import { readItem } from './programme';
import { linkRemedyTasks } from './remedy-tasks';
import { addNoteIn } from '../tasks/service';
import { toVnDate } from '../../../domain/dates';
import type { ConclusionBody, DecisionBody, FindingsBody, ItemDetail, ReportBody } from './schemas';

const STATUS_VI: Record<Q.ItemRow['status'], string> = {
  planned: 'Trong chương trình', decided: 'Đã có quyết định, kế hoạch', reported: 'Đối tượng đã báo cáo', findings: 'Đoàn đã có kết quả',
  concluded: 'Đã kết luận, đang khắc phục', verified: 'Đã xác minh khắc phục',
};

async function load(q: Queryable, id: string, expected: Q.ItemRow['status']) {
  const r = await Q.itemById(q, id);
  if (!r) throw NotFound('supervision_not_found');
  if (r.status !== expected) throw Conflict('supervision_wrong_step', { status: STATUS_VI[r.status] });
  return r;
}

async function step(db: Db, who: Principal, id: string, expected: Q.ItemRow['status'], action: AuditAction,
  change: (q: Queryable, r: Q.ItemRow) => Promise<Record<string, unknown>>): Promise<ItemDetail> {
  return db.tx(async (q) => {
    const r = await load(q, id, expected);
    const set = await change(q, r);
    await Q.updateItem(q, id, set);
    await audit(q, who, { action, entity: 'supervision', entityId: id, orgPath: r.subject_org_path, summary: r.content, after: set });
    return readItem(q, id);
  });
}

async function number(q: Queryable, r: Q.ItemRow, column: 'decision_no' | 'notice_no', wanted: number | undefined) {
  const n = wanted ?? (await Q.nextNumber(q, r.org_id, r.year, column));
  if (await Q.numberTaken(q, r.org_id, r.year, column, n, r.id)) throw Conflict('supervision_number_taken', { number: n, year: r.year });
  return n;
}

export const decide = (db: Db, who: Principal, id: string, b: DecisionBody) =>
  step(db, who, id, 'planned', 'supervision.decide', async (q, r) => ({
    status: 'decided', decision_no: await number(q, r, 'decision_no', b.decisionNo), decision_date: b.decisionDate, plan: b.plan.trim(),
  }));

export const report = (db: Db, who: Principal, id: string, b: ReportBody) =>
  step(db, who, id, 'decided', 'supervision.report', async () => ({ status: 'reported', report: b.report.trim(), report_date: b.reportDate }));

export const findings = (db: Db, who: Principal, id: string, b: FindingsBody) =>
  step(db, who, id, 'reported', 'supervision.findings', async () => ({ status: 'findings', findings: b.findings.trim(), findings_date: b.findingsDate }));

/**
 * The conclusion and its notice; shortcomings need remedies. With nothing to remedy the item is done (`at`: when, now by
 * default; a programme entered afterwards passes it, as for the remedies' steps below).
 */
export const conclude = (db: Db, who: Principal, id: string, b: ConclusionBody, at = new Date()) =>
  step(db, who, id, 'findings', 'supervision.conclude', async (q, r) => {
    const shortcomings = b.shortcomings?.trim() || null;
    if (shortcomings && b.remedies.length === 0) throw Invalid('supervision_shortcomings_without_remedies');
    for (const [i, x] of b.remedies.entries()) {
      await Q.insertRemedy(q, id, i + 1, { content: x.content.trim(), ownerName: x.ownerName.trim(), ownerPersonId: x.ownerPersonId, dueOn: x.dueOn });
    }
    await linkRemedyTasks(q, id, who.accountId);
    return {
      status: b.remedies.length ? 'concluded' : 'verified', conclusion_strengths: b.strengths.trim(), conclusion_shortcomings: shortcomings,
      conclusion_requests: b.requests?.trim() || null, notice_no: await number(q, r, 'notice_no', b.noticeNo), notice_date: b.noticeDate,
      ...(b.remedies.length ? {} : { verified_at: at }),
    };
  });

async function remedyStep(db: Db, who: Principal, id: string, remedyId: string, kind: 'report' | 'verify', note: string | null | undefined,
  at: Date) {
  const on = toVnDate(at);
  return db.tx(async (q) => {
    const r = await load(q, id, 'concluded');
    const x = await Q.remedyById(q, id, remedyId);
    if (!x) throw NotFound('supervision_remedy_not_found');
    const clean = note?.trim() || null;
    if (kind === 'report') {
      if (x.status !== 'open') throw Conflict('supervision_remedy_already');
      await Q.reportRemedy(q, remedyId, who.accountId, clean, at);
      if (x.task_id) await addNoteIn(q, who, x.task_id, { body: clean ?? 'Báo cáo đã khắc phục xong.', status: 'done', on });
    } else {
      if (x.status === 'open') throw Conflict('supervision_remedy_not_reported');
      if (x.status === 'verified') throw Conflict('supervision_remedy_already');
      await Q.verifyRemedy(q, remedyId, who.accountId, clean, at);
      if (x.task_id) await addNoteIn(q, who, x.task_id, { body: `Đảng ủy đã xác minh việc khắc phục${clean ? `: ${clean}` : '.'}`, on });
      const left = (await Q.remediesOf(q, [id])).filter((y) => y.status !== 'verified');
      if (left.length === 0) await Q.updateItem(q, id, { status: 'verified', verified_at: at });
    }
    await audit(q, who, {
      action: `supervision.remedy_${kind}`, entity: 'supervision', entityId: id, orgPath: r.subject_org_path, summary: x.content,
      after: { remedyId, note: clean },
    });
    return readItem(q, id);
  });
}

/** The owner reports a remedy done; the committee verifies it (`at`: when, now by default). */
export const reportRemedy = (db: Db, who: Principal, id: string, remedyId: string, note?: string | null, at = new Date()) =>
  remedyStep(db, who, id, remedyId, 'report', note, at);
export const verifyRemedy = (db: Db, who: Principal, id: string, remedyId: string, note?: string | null, at = new Date()) =>
  remedyStep(db, who, id, remedyId, 'verify', note, at);
