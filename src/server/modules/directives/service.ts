// Dissemination of directives (quán triệt): the library, which cells are to disseminate what by when, the meeting at
// which each did, members who read it afterwards, and coverage per document, per cell and per member.
import crypto from 'node:crypto';
import type { Db, Made, Queryable } from '../../db/index';
import { can, scopesFor, type Principal } from '../../auth/policy';
import { AppError, Forbidden, Invalid, NotFound } from '../../errors';
import { audit } from '../../audit';
import { foldVietnamese } from '../../../domain/text';
import { todayVn } from '../../../domain/dates';
import * as sql from './queries';
import { presentCellDoc, presentCoverage, presentDoc } from './presenters';

export const DOC_TYPES = ['resolution', 'directive', 'conclusion', 'regulation', 'guidance', 'plan', 'notice', 'other'] as const;
export const MAX_FILE_MB = 10;

const visibleTo = (who: Principal) => scopesFor(who, 'meeting.read');

/** PDF by its header; DOCX as a ZIP holding word/document.xml. Anything else is refused. */
export function fileKind(buf: Buffer): 'pdf' | 'docx' | null {
  if (buf.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (buf.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])) && buf.includes(Buffer.from('word/document.xml'))) return 'docx';
  return null;
}

export type DocInput = { number: string; docType: string; issuer: string; issuedOn: string; subject: string; disseminateBy?: string | null };

/** `made.id` and `at` (when it was added: now by default) are for a history written after the fact; routes pass neither. */
export async function createDocument(
  db: Db, who: Principal, orgId: string, input: DocInput, file: { name: string; data: Buffer }, made: Made = {}, at?: Date,
) {
  const kind = fileKind(file.data);
  if (!kind) throw Invalid('document_file_type');
  const fields = { number: input.number?.trim(), issuer: input.issuer?.trim(), subject: input.subject?.trim() };
  if (!fields.number || !fields.issuer || !fields.subject) throw Invalid('document_fields');
  if (fields.number.length > 100 || fields.issuer.length > 200 || fields.subject.length > 1000) throw Invalid('document_fields');
  if (!(DOC_TYPES as readonly string[]).includes(input.docType)) throw Invalid('document_fields');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.issuedOn ?? '') || input.issuedOn > todayVn(at)) throw Invalid('date_invalid', { value: input.issuedOn ?? '' });
  return db.tx(async (q) => {
    const path = await sql.orgPath(q, orgId);
    if (path === undefined) throw NotFound('org_not_found');
    const sha = crypto.createHash('sha256').update(file.data).digest('hex');
    const id = await sql.insertDocument(q, {
      orgId, number: fields.number, docType: input.docType, issuer: fields.issuer, issuedOn: input.issuedOn, subject: fields.subject,
      search: foldVietnamese(`${fields.number} ${fields.issuer} ${fields.subject}`), fileName: file.name.slice(0, 200), fileType: kind,
      fileSize: file.data.length, fileSha256: sha, fileData: file.data, disseminateBy: input.disseminateBy || null, createdBy: who.accountId,
      id: made.id ?? null, createdAt: at ?? null,
    });
    await audit(q, who, { action: 'document.create', entity: 'document', entityId: id, orgPath: path, summary: fields.number,
      after: { ...input, sha256: sha } });
    return documentDetail(q, who, id);
  });
}

export async function listDocuments(db: Db, who: Principal, q: string) {
  const rows = await sql.listDocs(db, visibleTo(who), foldVietnamese(q ?? ''));
  const today = todayVn();
  const items = [];
  for (const r of rows) {
    const cov = r.disseminate_by ? await sql.coverage(db, r.id) : [];
    items.push({ ...presentDoc(r), summary: summary(cov, r.disseminate_by, today) });
  }
  return { items };
}

function summary(cov: sql.CellCoverageRow[], by: string | null, today: string) {
  const done = cov.filter((c) => c.meeting_id).length;
  return { cellsTotal: cov.length, cellsDone: done, overdueCells: by && by < today ? cov.length - done : 0 };
}

async function visibleDoc(q: Queryable, who: Principal, id: string) {
  const r = await sql.docById(q, visibleTo(who), id);
  if (!r) throw NotFound('document_not_found');
  return r;
}

export async function documentDetail(q: Queryable, who: Principal, id: string) {
  const r = await visibleDoc(q, who, id);
  const targets = await sql.targetsOf(q, id);
  return { ...presentDoc(r), cellIds: r.all_cells ? null : targets, canManage: can(who, 'org.manage', { orgPath: r.org_path }) };
}

export async function documentFile(db: Db, who: Principal, id: string) {
  await visibleDoc(db, who, id);
  const f = (await sql.fileOf(db, id))!;
  return { ...f, data: Buffer.from(f.file_data) };
}

/** Marks a document to disseminate by a date to all cells of the unit's subtree, or to the cells chosen (null date: none). */
export async function setDissemination(db: Db, who: Principal, orgId: string, docId: string, input: { by: string | null; cellIds: string[] | null }) {
  return db.tx(async (q) => {
    const r = await visibleDoc(q, who, docId);
    if (r.org_id !== orgId) throw NotFound('document_not_found');
    if (input.cellIds) {
      const ok = await sql.cellsWithin(q, input.cellIds, r.org_path);
      if (ok.length !== new Set(input.cellIds).size || !ok.length) throw Invalid('document_targets_invalid');
    }
    await sql.setTargets(q, docId, input.by, input.cellIds);
    await audit(q, who, { action: 'document.disseminate', entity: 'document', entityId: docId, orgPath: r.org_path, summary: r.number, after: input });
    return documentDetail(q, who, docId);
  });
}

export async function documentCoverage(db: Db, who: Principal, id: string) {
  const r = await visibleDoc(db, who, id);
  const today = todayVn();
  const cells = (await sql.coverage(db, id)).filter((c) => can(who, 'meeting.read', { orgPath: c.org_path }));
  return { documentId: id, deadline: r.disseminate_by, cells: cells.map((c) => presentCoverage(c, r.disseminate_by, today)) };
}

type DisseminationInput = { documentId: string; meetingId: string; agendaItemId?: string | null };

/** A cell records that it disseminated the document at one of its meetings (on an agenda item). */
export async function recordDissemination(db: Db, who: Principal, orgId: string, input: DisseminationInput) {
  return db.tx(async (q) => {
    await writeDissemination(q, who, orgId, input);
    return cellMembers(q, input.documentId, orgId);
  });
}

/**
 * The write half of recordDissemination (same checks, same audit entry, nothing presented), for a batch inside its own
 * transaction; `made.id` and `at` (when it was recorded: now by default) for a history written after the fact.
 */
export async function writeDissemination(q: Queryable, who: Principal, orgId: string, input: DisseminationInput, made: Made = {}, at?: Date) {
  const r = await visibleDoc(q, who, input.documentId);
  const m = await sql.meetingOf(q, input.meetingId);
  if (!m) throw NotFound('meeting_not_found');
  if (m.org_id !== orgId) throw Invalid('dissemination_meeting_other_cell');
  if (m.status === 'cancelled' || m.status === 'planned' || m.status === 'moved') throw Invalid('dissemination_meeting_not_held');
  if (!(await sql.isTarget(q, input.documentId, orgId))) throw Invalid('document_not_for_cell', { number: r.number });
  if (input.agendaItemId) {
    if (!(await sql.isAgendaItemOf(q, input.agendaItemId, input.meetingId))) throw Invalid('dissemination_item_invalid');
  }
  await sql.upsertDissemination(q, {
    documentId: input.documentId, orgId, meetingId: input.meetingId, agendaItemId: input.agendaItemId ?? null, recordedBy: who.accountId,
    id: made.id ?? null, at: at ?? null,
  });
  await audit(q, who, { action: 'document.disseminated', entity: 'document', entityId: input.documentId, orgPath: m.path,
    summary: r.number, after: input });
}

/** What a cell is to disseminate, done (at which meeting) or not, with its members reached; canManage: may record. */
export async function cellDocuments(db: Db, who: Principal, orgId: string) {
  const path = await sql.orgPath(db, orgId);
  if (path === undefined) throw NotFound('org_not_found');
  const today = todayVn();
  const items = (await sql.cellDocs(db, orgId)).map((r) => presentCellDoc(r, today));
  return { canManage: can(who, 'meeting.manage', { orgPath: path }), items };
}

export async function cellMembers(q: Queryable, docId: string, orgId: string) {
  const rows = await sql.cellMembers(q, docId, orgId);
  return rows.map((x) => ({
    personId: x.person_id, fullName: x.full_name, reached: x.at_meeting ? ('meeting' as const) : x.read_at ? ('read' as const) : null,
    readAt: x.read_at ? x.read_at.toISOString() : null, method: x.method,
  }));
}

export async function cellMembersFor(db: Db, who: Principal, orgId: string, docId: string) {
  await visibleDoc(db, who, docId);
  if (!(await sql.isTarget(db, docId, orgId))) throw Invalid('document_not_for_cell', { number: '' });
  return cellMembers(db, docId, orgId);
}

/** A member confirms they read the document (self), or the secretary records it for them. */
export async function recordRead(db: Db, who: Principal, docId: string, personId: string, method: 'self' | 'secretary', orgId?: string) {
  return db.tx(async (q) => cellMembers(q, docId, await writeRead(q, who, docId, personId, method, orgId)));
}

/** The write half of recordRead (returns the member's cell); `at`: when it was read (now by default). */
export async function writeRead(
  q: Queryable, who: Principal, docId: string, personId: string, method: 'self' | 'secretary', orgId?: string, at?: Date,
): Promise<string> {
  const r = await visibleDoc(q, who, docId);
  const cell = await sql.currentCellOf(q, personId);
  if (!cell || (orgId && cell.org_id !== orgId) || !(await sql.isTarget(q, docId, cell.org_id))) throw Invalid('document_not_for_member');
  await sql.insertRead(q, docId, personId, method, who.accountId, at ?? null);
  await audit(q, who, { action: 'document.read', entity: 'document', entityId: docId, orgPath: cell.path, summary: r.number, after: { personId, method } });
  return cell.org_id;
}

export async function confirmRead(db: Db, who: Principal, docId: string) {
  if (!who.personId) throw Forbidden();
  await recordRead(db, who, docId, who.personId, 'self');
  return myDocuments(db, who);
}

export async function myDocuments(db: Db, who: Principal) {
  if (!who.personId) return { items: [] };
  return { items: (await sql.pendingFor(db, who.personId)).map(presentDoc) };
}

export const tooLarge = () => new AppError(413, 'document_file_too_large', 'document_file_too_large', { max: MAX_FILE_MB });
