// After the meeting: the resolution's parts, approval of the minutes (which locks them and numbers the
// documents), corrections as new versions, and the minutes and resolution as PDF and DOCX.
import { trackResolutionTasks } from '../tasks/service';
import type { Db, Queryable } from '../../db/index';
import type { Principal } from '../../auth/policy';
import { Conflict, Forbidden, Invalid, NotFound } from '../../errors';
import { audit } from '../../audit';
import {
  formatDocNumber, hasResolutionContent, nextNumber, numberingScope, numbersCountedInScope, TERM_UNSET_SCOPE, resolutionStatus, type AttendanceRow, type ResolutionStatus, type ScoreLevel,
} from '../../../domain/meetings/index';
import {
  renderMinutesDocx, renderMinutesPdf, renderResolutionDocx, renderResolutionPdf, MIME, type MinutesDoc, type ResolutionDoc,
} from '../../documents/index';
import { loadEditable, loadMeeting, meetingAccess, meetingSettings, notEarly, orgChain, rule, settingsFrom, titleIn, touch, type MeetingRow, type ResolutionParts } from './common';
import { composeMeetingDocs, type MeetingDocs } from './compose';
import { loadInvitations, loadVotes, meetingDetail, rollCallRows, seq, talliedVotes, type VoteRecord } from './presenters';
import { scoreConfirmation } from './scoring';
import { liveInvitations } from './roster';
import { composeNotice, composeSignInSheet, type PaperInput } from '../../documents/paper';
import { renderPdf } from '../../documents/pdf';
import { todayVn } from '../../../domain/dates';
import * as sql from './queries-minutes';

export async function updateResolution(db: Db, who: Principal, id: string, input: ResolutionParts & { noResolution?: boolean }) {
  return db.tx(async (q) => {
    const m = await loadEditable(q, id);
    const clean = (xs?: string[]) => xs?.map((x) => x.trim()).filter(Boolean);
    const next: ResolutionParts = {
      ...m.resolution,
      ...(input.title !== undefined ? { title: input.title.trim() } : {}),
      ...(input.results ? { results: clean(input.results) } : {}),
      ...(input.shortcomings ? { shortcomings: clean(input.shortcomings) } : {}),
      ...(input.implementation ? { implementation: clean(input.implementation) } : {}),
      ...(input.tasks ? { tasks: input.tasks.filter((t) => t.content.trim()).map((t) => ({ ...t, content: t.content.trim(), assignee: t.assignee.trim() })) } : {}),
    };
    const noResolution = input.noResolution ?? m.no_resolution;
    await sql.saveResolution(q, id, next, noResolution);
    await touch(q, id);
    await audit(q, who, {
      action: 'meeting.resolution', entity: 'meeting', entityId: id, orgPath: m.org_path,
      before: { ...m.resolution, noResolution: m.no_resolution }, after: { ...next, noResolution },
    });
    return meetingDetail(q, who, id);
  });
}

type Numbers = { BB: string; NQ?: string };

/** The minutes and the resolution as the document renderers take them, from what the database holds now. */
export async function buildDocs(q: Queryable, m: MeetingRow, opts: { numbers: Numbers; version: number; approved: boolean }) {
  const chain = await orgChain(q, m.org_path);
  const s = settingsFrom(chain);
  const parent = chain[1];
  const committee = chain.find((o) => o.kind === 'committee');
  const invitations = await loadInvitations(q, m.id);
  const rollCall = rollCallRows(invitations);
  const person = async (pid: string | null) => {
    if (!pid) return { name: '', title: '' };
    return { name: (await sql.fullName(q, pid)) ?? '', title: await titleIn(q, pid, m.org_id, m.date) };
  };
  const [agenda, speeches, votes, score] = await seq([
    () => sql.agendaOf(q, m.id),
    () => sql.speechesOf(q, m.id),
    () => loadVotes(q, m.id),
    () => sql.scoreOf(q, m.id),
  ]);
  const chair = await person(m.chair_id);
  const recorder = await person(m.recorder_id);
  const secretary = await sql.secretaryOn(q, m.org_id, m.date);
  return composeMeetingDocs({
    meeting: m,
    unit: { name: m.org_name, ...(parent ? { parentName: parent.name } : {}), place: (committee?.place ?? m.org_place ?? '').trim() },
    settings: s,
    invitations, rollCall, agenda, speeches,
    // Base and result of each vote from the roll call as it stands.
    votes: talliedVotes(votes, rollCall).map((v) => ({
      subject: v.subject, method: v.method, base: v.tally.base, votes_for: v.votes_for, votes_against: v.votes_against,
      votes_other: v.votes_other, passed: v.tally.passed, is_resolution: v.is_resolution,
    })),
    score: score ? { total: score.total, maxPoints: score.max_points, level: score.level, schemeName: score.name, schemeVersion: score.scheme_version } : null,
    chair, recorder, secretaryName: secretary?.full_name ?? null,
    ...opts,
  });
}

/**
 * The numbers of the meeting's minutes and, when the cell adopted it, its resolution, issued on first approval
 * (never reused). A meeting without an adopted resolution takes no NQ number.
 */
async function issueNumbers(q: Queryable, m: MeetingRow, adopted: boolean): Promise<Numbers> {
  const s = await meetingSettings(q, m.org_path);
  const scope = rule(() => numberingScope({ by: s.numberingBy, date: m.date, termStart: s.termStart }));
  const out: Partial<Numbers> = {};
  for (const type of adopted ? (['BB', 'NQ'] as const) : (['BB'] as const)) {
    let row = await sql.issuedNumber(q, m.id, type);
    if (!row) {
      // The scope's numbers, and for a term those issued before its start was set (HD 36: once per term).
      const issued = await sql.numbersInScope(q, m.org_id, type, [scope, TERM_UNSET_SCOPE]);
      const seq = nextNumber(issued.filter((r) => numbersCountedInScope(scope, { scope: r.scope_key, date: r.date })).map((r) => r.seq));
      await sql.insertNumber(q, { orgId: m.org_id, docType: type, scope, seq, meetingId: m.id });
      row = { seq };
    }
    out[type] = formatDocNumber(row.seq, type, s.docSuffix);
  }
  return out as Numbers;
}

/** The meeting's resolution as the votes and the roll call stand, and the first vote that outgrows the roll call. */
export function resolutionState(m: Pick<MeetingRow, 'no_resolution'>, rows: AttendanceRow[], votes: VoteRecord[]) {
  const tallied = talliedVotes(votes, rows);
  return {
    status: resolutionStatus({ noResolution: m.no_resolution, votes: tallied.map((v) => ({ isResolution: v.is_resolution, passed: v.tally.passed })) }),
    exceeding: tallied.find((v) => v.tally.exceedsEligible),
  };
}

async function resolutionStateOf(q: Queryable, m: MeetingRow) {
  return resolutionState(m, rollCallRows(await loadInvitations(q, m.id)), await loadVotes(q, m.id));
}

/**
 * Whether minutes may be approved: a chair and a recorder, no vote beyond those who may vote, a vote on the resolution
 * (unless the cell issues none this month), and an adopted resolution's content. Whether the resolution was adopted
 * decides whether it takes an NQ number.
 */
export function checkApprovable(
  m: Pick<MeetingRow, 'chair_id' | 'recorder_id' | 'resolution'>, state: ReturnType<typeof resolutionState>,
): { adopted: boolean } {
  const missing = [!m.chair_id && ['người chủ trì', 'chair'], !m.recorder_id && ['thư ký', 'recorder']].filter(Boolean) as string[][];
  if (missing.length) {
    throw Invalid('meeting_needs_chair_recorder', {
      missing: missing.map((x) => x[0]).join(' và '), missingEn: missing.map((x) => x[1]).join(' and '),
    });
  }
  if (state.exceeding) {
    const v = state.exceeding;
    throw Invalid('vote_exceeds_roll_call', { subject: v.subject, total: v.tally.total, eligible: v.tally.eligible });
  }
  if (state.status === 'not_voted') throw Invalid('resolution_vote_missing');
  if (state.status === 'adopted' && !hasResolutionContent(m.resolution)) throw Invalid('resolution_content_missing');
  return { adopted: state.status === 'adopted' };
}

const NOT_ADOPTED: Record<Exclude<ResolutionStatus, 'adopted'>, { why: string; whyEn: string }> = {
  failed: {
    why: 'biểu quyết thông qua nghị quyết không đạt quá nửa số đảng viên chính thức được triệu tập.',
    whyEn: 'the resolution vote did not reach more than half of the official members summoned.',
  },
  none: { why: 'chi bộ không ban hành nghị quyết trong tháng này.', whyEn: 'the cell issues no resolution this month.' },
  not_voted: { why: 'chi bộ chưa biểu quyết thông qua nghị quyết.', whyEn: 'the cell has not voted on a resolution.' },
};

/** Reads back and approves the minutes: needs a chair and a recorder; locks the meeting; stores what was approved. */
export async function approveMinutes(db: Db, who: Principal, id: string) {
  return db.tx(async (q) => {
    const m = await loadEditable(q, id);
    notEarly(m);
    const { adopted } = checkApprovable(m, await resolutionStateOf(q, m));
    const numbers = await issueNumbers(q, m, adopted);
    const version = (await sql.lastVersion(q, id)) + 1;
    const built = await buildDocs(q, m, { numbers, version, approved: true });
    // A confirmation of the score given before approval is part of the approved text (part VI).
    const confirmation = built.minutes.score ? await scoreConfirmation(q, m) : undefined;
    const docs = confirmation && built.minutes.score
      ? { ...built, minutes: { ...built.minutes, score: { ...built.minutes.score, confirmation } } }
      : built;
    await sql.insertVersion(q, { meetingId: id, version, snapshot: docs, approvedBy: who.accountId, correctionReason: version > 1 ? m.correction_reason ?? '' : null });
    await sql.setApproved(q, id);
    await trackResolutionTasks(q, m, who);
    await audit(q, who, {
      action: version > 1 ? 'meeting.approve_correction' : 'meeting.approve', entity: 'meeting', entityId: id, orgPath: m.org_path,
      summary: `${numbers.BB} v${version}`, after: { version, numbers, correctionReason: m.correction_reason },
    });
    return meetingDetail(q, who, id);
  });
}

/** Opens approved minutes for a correction: the approved version stays as it is; the next approval is a new version. */
export async function startCorrection(db: Db, who: Principal, id: string, reason: string) {
  return db.tx(async (q) => {
    const m = await loadMeeting(q, id);
    if (m.status !== 'approved') throw Conflict('meeting_not_approved');
    const why = reason.trim();
    if (!why) throw Invalid('reason_required');
    await sql.openForCorrection(q, id, why);
    await audit(q, who, { action: 'meeting.correct', entity: 'meeting', entityId: id, orgPath: m.org_path, summary: why });
    return meetingDetail(q, who, id);
  });
}

/**
 * What the documents show besides the approved text, added when they are rendered (to a stored version too):
 * - the resolution's meeting type and topic, taken from the minutes of the same meeting (a thematic
 *   resolution has its own headings: "NỘI DUNG CHUYÊN ĐỀ", "NHIỆM VỤ, GIẢI PHÁP");
 * - in a draft, the upper-level confirmation of the score in part VI (who, when, whether they attended). An
 *   approved version renders as it was approved: a confirmation given after it is an addendum (minutes_addenda).
 */
async function asRendered(q: Queryable, m: MeetingRow, docs: MeetingDocs, stored: boolean) {
  const resolution: ResolutionDoc | null = docs.resolution && {
    ...docs.resolution,
    meetingType: docs.resolution.meetingType ?? docs.minutes.meetingType,
    ...(docs.resolution.topic ?? docs.minutes.topic ? { topic: docs.resolution.topic ?? docs.minutes.topic } : {}),
  };
  let minutes = docs.minutes;
  // An approved version renders as it was approved: a confirmation given after it is an addendum, not part VI.
  if (!stored && minutes.score && !minutes.score.confirmation) {
    const confirmation = await scoreConfirmation(q, m);
    if (confirmation) minutes = { ...minutes, score: { ...minutes.score, confirmation } };
  }
  return { minutes, resolution };
}

const DOC_LABEL = { BB: { vi: 'Biên bản', en: 'minutes' }, NQ: { vi: 'Nghị quyết', en: 'resolution' } } as const;

/**
 * Voids the number issued to the meeting's minutes (BB) or resolution (NQ), with a reason. The number stays
 * in document_numbers, voided, so it is never issued again: the next number continues after it. Approved
 * minutes carry the number in their text, so they are opened for a correction (the approved version stays as
 * it was); approving it again issues the next free number to the new version.
 */
export async function voidNumber(db: Db, who: Principal, id: string, docType: 'BB' | 'NQ', reason: string) {
  return db.tx(async (q) => {
    const m = await loadMeeting(q, id);
    const why = reason.trim();
    if (!why) throw Invalid('reason_required');
    const row = await sql.liveNumber(q, id, docType);
    if (!row) throw Conflict('document_number_none', { doc: DOC_LABEL[docType].vi, docEn: DOC_LABEL[docType].en });
    const s = await meetingSettings(q, m.org_path);
    const number = formatDocNumber(row.seq, docType, s.docSuffix);
    await sql.voidNumber(q, row.id, why);
    if (m.status === 'approved') {
      await sql.openForCorrection(q, id, `Hủy ${number.replace(/^Số/, 'số')}: ${why}`);
    } else {
      await touch(q, id);
    }
    await audit(q, who, {
      action: 'meeting.number_void', entity: 'document_number', entityId: row.id, orgPath: m.org_path, summary: `${number}: ${why}`,
      before: { docType, seq: row.seq, scope: row.scope_key, status: m.status }, after: { voided: true, reason: why },
    });
    return meetingDetail(q, who, id);
  });
}

export type DocKind = 'minutes' | 'resolution';
export type DocFormat = 'pdf' | 'docx';

/**
 * A document of the meeting: an approved version exactly as approved (the latest, or `version`), otherwise
 * a draft (marked "DỰ THẢO") from what is recorded now.
 */
export async function renderDocument(db: Db, who: Principal, id: string, kind: DocKind, format: DocFormat, version?: number) {
  const m = await loadMeeting(db, id);
  // The minutes name every absentee with the reason: they belong to the record, which a guest does not read.
  if (kind === 'minutes' && !(await meetingAccess(db, who, id, m.org_path)).record) throw Forbidden();
  let docs: MeetingDocs;
  const snap = version || m.status === 'approved' ? await sql.storedVersion<MeetingDocs>(db, id, version) : undefined;
  if (version && !snap) throw NotFound();
  const base = `${kind === 'minutes' ? 'bien-ban' : 'nghi-quyet'}-${m.date}`;
  // An approved version never changes (sealed by its content hash): its files are rendered once.
  const cacheKey = snap?.content_hash ? `${snap.content_hash}:${kind}:${format}` : null;
  const hit = cacheKey ? approvedFiles.get(cacheKey) : undefined;
  if (cacheKey && hit) {
    approvedFiles.delete(cacheKey);
    approvedFiles.set(cacheKey, hit); // most recently used last
    return { body: hit, mime: MIME[format], filename: `${base}.${format}`, cache: 'hit' as const, etag: cacheKey };
  }
  if (snap) {
    docs = snap.snapshot;
  } else {
    const s = await meetingSettings(db, m.org_path);
    const issued = await sql.liveNumbers(db, id);
    const num = (t: 'BB' | 'NQ'): string => {
      const r = issued.find((x) => x.doc_type === t);
      return r ? formatDocNumber(r.seq, t, s.docSuffix) : `Số      -${t}/${s.docSuffix}`;
    };
    docs = await buildDocs(db, m, { numbers: { BB: num('BB'), NQ: num('NQ') }, version: (await sql.lastVersion(db, id)) + 1, approved: false });
  }
  const shown = await asRendered(db, m, docs, !!snap);
  const resolution = shown.resolution;
  if (kind === 'resolution' && !resolution) {
    // No resolution exists unless the cell adopted it (an approved version from before this rule has one).
    const status = docs.resolutionStatus ?? (await resolutionStateOf(db, m)).status;
    const why = NOT_ADOPTED[status === 'adopted' ? 'not_voted' : status];
    throw Conflict('resolution_not_adopted', why);
  }
  const render = kind === 'minutes'
    ? (format === 'pdf' ? renderMinutesPdf(shown.minutes) : renderMinutesDocx(shown.minutes))
    : (format === 'pdf' ? renderResolutionPdf(resolution!) : renderResolutionDocx(resolution!));
  const body = await render;
  if (cacheKey) keepApprovedFile(cacheKey, body);
  return { body, mime: MIME[format], filename: `${base}.${format}`, cache: cacheKey ? ('miss' as const) : null, etag: cacheKey };
}

/** Rendered files of approved versions, least recently used dropped beyond APPROVED_CACHE_BYTES. */
const approvedFiles = new Map<string, Buffer>();
const APPROVED_CACHE_BYTES = 64 * 1024 * 1024;
let approvedBytes = 0;

function keepApprovedFile(key: string, body: Buffer) {
  if (body.length > APPROVED_CACHE_BYTES / 4 || approvedFiles.has(key)) return;
  approvedFiles.set(key, body);
  approvedBytes += body.length;
  while (approvedBytes > APPROVED_CACHE_BYTES) {
    const [oldest, file] = approvedFiles.entries().next().value as [string, Buffer];
    approvedFiles.delete(oldest);
    approvedBytes -= file.length;
  }
}

/**
 * Paper where there is no phone: the meeting notice and the sign-in sheet (a column to sign), as PDF,
 * from the meeting as planned (its agenda, who is summoned and invited).
 */
export async function renderPaper(db: Db, id: string, kind: 'notice' | 'signin') {
  const m = await loadMeeting(db, id);
  const docs = await buildDocs(db, m, { numbers: { BB: '', NQ: '' }, version: 1, approved: false });
  // A planned meeting's roster as it stands now (the meeting page shows the same).
  const invitations = await liveInvitations(db, m);
  const r = docs.resolution;
  const input: PaperInput = {
    issuer: docs.minutes.issuer,
    unitLabel: m.org_name,
    title: docs.minutes.title,
    topic: docs.minutes.topic,
    date: m.date,
    startTime: m.start_time,
    location: docs.minutes.location,
    items: docs.minutes.items.map((i) => i.title),
    documents: docs.minutes.documents ?? [],
    people: invitations.map((i) => ({
      name: i.name,
      role: i.role,
      note: i.role === 'member' || i.role === 'exempt'
        ? [i.standing === 'probationary' ? 'Dự bị' : 'Chính thức', i.role === 'exempt' ? 'miễn sinh hoạt' : ''].filter(Boolean).join(', ')
        : i.title ?? '',
    })),
    signer: r
      ? { onBehalf: r.signOnBehalf, title: r.signer.title, name: r.signer.name }
      : await secretarySigner(db, m),
    issuedOn: todayVn(),
  };
  const layout = kind === 'notice' ? composeNotice(input) : composeSignInSheet(input);
  const body = await renderPdf(layout);
  return { body, mime: MIME.pdf, filename: `${kind === 'notice' ? 'thong-bao' : 'danh-sach-du-hop'}-${m.date}.pdf` };
}

/** The cell secretary on the meeting's day signs for the cell (left blank, to sign by hand, when there is none). */
async function secretarySigner(q: Queryable, m: MeetingRow) {
  const s = settingsFrom(await orgChain(q, m.org_path));
  const secretary = await sql.secretaryOn(q, m.org_id, m.date);
  return { onBehalf: s.signOnBehalf, title: 'BÍ THƯ', name: secretary?.full_name ?? '' };
}
