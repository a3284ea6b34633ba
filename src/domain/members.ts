/**
 * The words of a member's record, each defined once with its labels in both languages (the web's
 * catalogues, the server's documents and spreadsheets take them from here), and the rule of which
 * status change may follow which.
 */
import type { Labels } from './labels';
import { RuleError } from './meetings/errors';
export { labelsIn } from './labels';

export const STANDINGS = ['probationary', 'official'] as const;
export type Standing = (typeof STANDINGS)[number];
export const STATES = ['active', 'exempt', 'temp_exempt', 'suspended', 'transferred_out', 'deceased', 'removed'] as const;
export type MemberStatus = (typeof STATES)[number];
export const THEORY_LEVELS = ['none', 'so_cap', 'trung_cap', 'cao_cap', 'cu_nhan'] as const;
export const DUES_CATEGORIES = ['salaried', 'pensioner', 'working_age', 'outside_working_age'] as const;
export const POSITION_TITLES = ['cell_secretary', 'cell_deputy', 'cell_committee', 'commune_secretary', 'commune_deputy',
  'standing_committee', 'committee_member'] as const;
export type PositionTitle = (typeof POSITION_TITLES)[number];
export const EVENT_KINDS = ['made_official', 'exempted', 'temp_exempted', 'exemption_ended', 'suspended', 'suspension_ended',
  'transferred_out', 'deceased', 'removed'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** Party positions, capitalised as party documents write them ("Bí thư Chi bộ"). */
export const POSITION_LABELS: Labels<PositionTitle> = {
  cell_secretary: { vi: 'Bí thư Chi bộ', en: 'Cell secretary' },
  cell_deputy: { vi: 'Phó Bí thư Chi bộ', en: 'Cell deputy secretary' },
  cell_committee: { vi: 'Chi ủy viên', en: 'Cell committee member' },
  commune_secretary: { vi: 'Bí thư Đảng ủy', en: 'Committee secretary' },
  commune_deputy: { vi: 'Phó Bí thư Đảng ủy', en: 'Committee deputy secretary' },
  standing_committee: { vi: 'Ủy viên Ban Thường vụ', en: 'Standing committee member' },
  committee_member: { vi: 'Đảng ủy viên', en: 'Committee member' },
};

/** A position as a signature or a document names it: the standing committee is the commune committee's. */
export const positionInDocuments = (title: string): string | undefined =>
  title === 'standing_committee' ? 'Ủy viên Ban Thường vụ Đảng ủy' : POSITION_LABELS[title as PositionTitle]?.vi;

/**
 * Allowed status changes: which current standing or state each event needs, and what it leads to.
 * Suspension (đình chỉ sinh hoạt đảng: a member prosecuted, detained or under disciplinary examination;
 * Charter, QĐ 294-QĐ/TW 2025; DOMAIN.md "Meetings", voting): the member stays in the cell, is listed but not
 * summoned and is out of the voting base; when it ends the member is active again. A suspended member may still
 * be transferred out, die or be removed.
 */
export const TRANSITIONS: Readonly<Record<EventKind, { from: readonly string[]; standing?: Standing; state?: MemberStatus; closes?: boolean; needsReason: boolean }>> = {
  made_official: { from: ['probationary'], standing: 'official', needsReason: false },
  exempted: { from: ['active', 'temp_exempt'], state: 'exempt', needsReason: true },
  temp_exempted: { from: ['active'], state: 'temp_exempt', needsReason: true },
  exemption_ended: { from: ['exempt', 'temp_exempt'], state: 'active', needsReason: true },
  suspended: { from: ['active', 'exempt', 'temp_exempt'], state: 'suspended', needsReason: true },
  suspension_ended: { from: ['suspended'], state: 'active', needsReason: false },
  transferred_out: { from: ['active', 'exempt', 'temp_exempt', 'suspended'], state: 'transferred_out', closes: true, needsReason: true },
  deceased: { from: ['active', 'exempt', 'temp_exempt', 'suspended'], state: 'deceased', closes: true, needsReason: false },
  removed: { from: ['active', 'exempt', 'temp_exempt', 'suspended'], state: 'removed', closes: true, needsReason: true },
};

/** The states in which a member still belongs to a cell (and may be made official). */
export const IN_CELL_STATES: readonly string[] = ['active', 'exempt', 'temp_exempt', 'suspended'];

/** Whether an event may be recorded for a member with this standing and state. */
export function canTransition(kind: EventKind, standing: string, state: string): boolean {
  const t = TRANSITIONS[kind];
  if (kind === 'made_official') return t.from.includes(standing) && IN_CELL_STATES.includes(state);
  return t.from.includes(state);
}

/** A temporary attendance in another cell (sinh hoạt đảng tạm thời), from its first to its last day. */
export type TemporaryAttendance = { hostOrgId: string; from: string; to: string };

/**
 * Checks a temporary attendance (sinh hoạt đảng tạm thời: a member working or living away for a while attends the
 * meetings of the cell where they are; DOMAIN.md "Members", transfers official and temporary; Charter art. 6 and
 * QĐ 294-QĐ/TW 2025 on party activity): the host is another cell, the period has an end on or after its start,
 * and it does not overlap another temporary attendance of the same member. During the period the member is expected
 * at the host cell and is out of the home cell's voting base (`rosterEntry` in meetings/roster.ts).
 */
export function checkTemporaryAttendance(
  input: TemporaryAttendance & { homeOrgId: string; hostKind: string },
  others: readonly { from: string; to: string | null }[] = [],
): void {
  if (input.hostKind !== 'cell') throw new RuleError('temporary_host_not_cell');
  if (input.hostOrgId === input.homeOrgId) throw new RuleError('temporary_same_cell');
  if (input.to < input.from) throw new RuleError('temporary_period_order', { from: input.from, to: input.to });
  const clash = others.find((o) => o.from <= input.to && (o.to === null || o.to >= input.from));
  if (clash) throw new RuleError('temporary_overlap', { from: clash.from, to: clash.to ?? '' });
}

/** Whether a temporary attendance covers a day (both ends included). */
export const temporaryOn = (t: { from: string; to: string | null }, date: string): boolean =>
  t.from <= date && (t.to === null || t.to >= date);
