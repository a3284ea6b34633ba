// Figures of the follow-through sections, part of the one query layer (figures.ts calls these for every period):
// dues collected at the cells' meetings, the dissemination (quán triệt) of documents to the cells, and inspection
// and supervision with their remedies. Each reads the records of its module (dues through the per-meeting totals the
// database keeps from them, migration 0019; nothing is cached in the application).
import type { Queryable } from '../../db/index';
import * as sql from './queries';

export type CellDues = { meetings: number; payers: number; paid: number; expected: number };
export type CellDissemination = {
  /** Documents whose dissemination date falls in the period, or fell before it and the cell had not done it by then. */
  due: number;
  /** Of those, disseminated at a meeting on or before the period's end. */
  done: number;
  /** Of those not done, past their date (before today and before the period's end). */
  overdue: number;
};
export type CellRemedies = { open: number; reported: number; verified: number; overdue: number };
export type CellSections = { dues: CellDues; dissemination: CellDissemination; remedies: CellRemedies };

export type DocumentCoverage = { documentId: string; number: string; subject: string; disseminateBy: string; cells: number; done: number };
export type SupervisionFigures = {
  /** Items of the years the period touches, by kind: in the programme, decided in the period, concluded in it. */
  inspection: { planned: number; decided: number; concluded: number };
  supervision: { planned: number; decided: number; concluded: number };
  remedies: CellRemedies & { total: number };
};

export type Sections = {
  byCell: Map<string, CellSections>;
  documents: DocumentCoverage[];
  supervision: SupervisionFigures;
};

const zeroCell = (): CellSections => ({
  dues: { meetings: 0, payers: 0, paid: 0, expected: 0 },
  dissemination: { due: 0, done: 0, overdue: 0 },
  remedies: { open: 0, reported: 0, verified: 0, overdue: 0 },
});

/** The sections of a subtree over [from, to] (ISO dates); `today` decides what is overdue. */
export async function sectionFigures(q: Queryable, path: string, from: string, to: string, today: string): Promise<Sections> {
  const [dues, diss, items, rems] = await Promise.all([
    sql.duesCollected(q, path, from, to),
    sql.disseminationDue(q, path, to),
    sql.supervisionItems(q, path, Number(from.slice(0, 4)), Number(to.slice(0, 4))),
    sql.remedies(q, path),
  ]);
  const byCell = new Map<string, CellSections>();
  const cell = (id: string) => byCell.get(id) ?? (byCell.set(id, zeroCell()), byCell.get(id)!);
  for (const r of dues) cell(r.org_id).dues = { meetings: r.meetings, payers: r.payers, paid: Number(r.paid), expected: Number(r.expected) };
  // Cells with several collecting meetings in the period: each member who paid counts once (within one year, from the
  // months the database keeps per member; across years, from the payments).
  if (dues.some((d) => d.several)) {
    const payers = from.slice(0, 4) === to.slice(0, 4)
      ? await sql.duesPayers(q, path, Number(from.slice(0, 4)), Number(from.slice(5, 7)), Number(to.slice(5, 7)))
      : await sql.distinctPayers(q, dues.flatMap((d) => d.several ?? []));
    const many = new Set(dues.filter((d) => d.several).map((d) => d.org_id));
    for (const r of payers) if (many.has(r.org_id)) cell(r.org_id).dues.payers = r.payers;
  }

  const docs = new Map<string, DocumentCoverage>();
  const limit = today < to ? today : to;
  for (const r of diss) {
    const done = r.done_on !== null && r.done_on <= to;
    // Relevant to the period: due in it, or due before it and not yet done when it began.
    if (r.disseminate_by < from && r.done_on !== null && r.done_on < from) continue;
    const c = cell(r.org_id).dissemination;
    c.due++;
    if (done) c.done++;
    else if (r.disseminate_by < limit) c.overdue++;
    const d = docs.get(r.document_id)
      ?? (docs.set(r.document_id, { documentId: r.document_id, number: r.number, subject: r.subject, disseminateBy: r.disseminate_by, cells: 0, done: 0 }),
      docs.get(r.document_id)!);
    d.cells++;
    if (done) d.done++;
  }

  const remedies = { total: 0, open: 0, reported: 0, verified: 0, overdue: 0 };
  for (const r of rems) {
    const c = cell(r.org_id).remedies;
    c[r.status] += r.n;
    remedies[r.status] += r.n;
    remedies.total += r.n;
    // The supervision module's rule: a remedy still open after its deadline is overdue.
    if (r.status === 'open' && r.due_on < today) (c.overdue += r.n), (remedies.overdue += r.n);
  }
  const inPeriod = (d: string | null) => d !== null && d >= from && d <= to;
  const kindFigures = (kind: 'inspection' | 'supervision') => {
    const list = items.filter((i) => i.kind === kind);
    return { planned: list.length, decided: list.filter((i) => inPeriod(i.decision_date)).length, concluded: list.filter((i) => inPeriod(i.notice_date)).length };
  };
  return {
    byCell,
    documents: [...docs.values()].sort((a, b) => a.disseminateBy.localeCompare(b.disseminateBy) || a.number.localeCompare(b.number, 'vi')),
    supervision: { inspection: kindFigures('inspection'), supervision: kindFigures('supervision'), remedies },
  };
}

export const emptySections = zeroCell;
