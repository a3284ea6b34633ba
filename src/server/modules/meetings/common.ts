import type { Queryable } from '../../db/index';
import { can, type Principal } from '../../auth/policy';
import { AppError, Conflict, Invalid, NotFound, RuleRefusal } from '../../errors';
import {
  checkNotEarly, DEFAULT_MINIMUM_MINUTES, DEFAULT_QUORUM, isRuleError, type DurationMinimums, resolveRule, type MeetingRule, type MeetingType, type Quorum,
} from '../../../domain/meetings/index';
import { formatDateVi, todayVn } from '../../../domain/dates';
import { DEFAULT_DUES_RATES, DEFAULT_NUMBERING_BY, type DuesArea, type DuesRates } from '../../../domain/meetings/index';
import { positionInDocuments } from '../../../domain/members';
import * as sql from './queries';
import type { MeetingRow, OrgSettingsRow } from './queries';
import { refreshRoster } from './roster';

export type { MeetingRow, OrgSettingsRow, ResolutionParts, TaskParts } from './queries';

export async function loadMeeting(q: Queryable, id: string): Promise<MeetingRow> {
  const m = await sql.meetingRow(q, id);
  if (!m) throw NotFound('meeting_not_found');
  return m;
}

/**
 * Loads the meeting for a change: an approved meeting is locked, a cancelled one takes no minutes. A planned meeting's
 * roster is stored as it stands now (refreshRoster) before the change, so the change — and a meeting marked held —
 * works on the roster its readers were shown (liveInvitations); `roster: false` leaves that to the caller.
 */
export async function loadEditable(q: Queryable, id: string, opts: { allowCancelled?: boolean; roster?: false } = {}): Promise<MeetingRow> {
  const m = await loadMeeting(q, id);
  if (m.status === 'approved') throw Conflict('meeting_locked');
  if (m.status === 'cancelled' && !opts.allowCancelled) throw Conflict('meeting_cancelled');
  if (opts.roster !== false) await refreshRoster(q, m);
  return m;
}

export async function touch(q: Queryable, id: string): Promise<void> {
  await sql.touchMeeting(q, id);
}

/** Unit settings that matter to meetings, each inherited down the tree (the unit's own value wins). */
export type MeetingSettings = {
  rule: MeetingRule;
  /** Where each part of the rule came from: the unit's id, or null for the national default. */
  ruleSource: { dayOfMonth: string | null; time: string | null };
  quorum: Quorum;
  docSuffix: string;
  numberingBy: 'year' | 'term';
  termStart?: string;
  signOnBehalf: string;
  duesArea: DuesArea;
  /** QĐ 342-QĐ/TW rates, inherited key by key (a unit sets only what differs). */
  duesRates: DuesRates;
  /** HD 42-HD/BTCTW minimum durations, inherited key by key (the committee may set less for small cells). */
  minDuration: DurationMinimums;
  location: string | null;
  recipients?: string[];
};

/** The unit and its ancestors, the unit first. */
export async function orgChain(q: Queryable, orgPath: string): Promise<OrgSettingsRow[]> {
  const ids = orgPath.split('/').filter(Boolean);
  const rows = await sql.orgsById(q, ids);
  return rows.sort((a, b) => b.path.length - a.path.length);
}

export function settingsFrom(chain: OrgSettingsRow[]): MeetingSettings {
  const pick = <T>(key: string, ok: (v: unknown) => boolean): { value: T | undefined; from: string | null } => {
    for (const o of chain) {
      const v = o.settings?.[key];
      if (v !== undefined && v !== null && ok(v)) return { value: v as T, from: o.id };
    }
    return { value: undefined, from: null };
  };
  const day = pick<number>('meetingDay', (v) => typeof v === 'number');
  const time = pick<string>('meetingTime', (v) => typeof v === 'string');
  let rule: MeetingRule;
  try {
    rule = resolveRule([{ dayOfMonth: day.value, time: time.value }]);
  } catch (e) {
    throw ruleError(e);
  }
  const quorum = pick<Quorum>('quorum', (v) => typeof v === 'object' && v !== null && 'num' in v && 'den' in v).value ?? DEFAULT_QUORUM;
  const by = pick<string>('numberingBy', (v) => v === 'year' || v === 'term').value as 'year' | 'term' | undefined;
  const termStart = pick<string>('termStart', (v) => typeof v === 'string').value;
  return {
    rule,
    ruleSource: { dayOfMonth: day.from, time: time.from },
    quorum: { num: quorum.num, den: quorum.den },
    docSuffix: pick<string>('docSuffix', (v) => typeof v === 'string' && v.trim() !== '').value ?? 'CB',
    numberingBy: by ?? DEFAULT_NUMBERING_BY,
    ...(termStart ? { termStart } : {}),
    signOnBehalf: pick<string>('signOnBehalf', (v) => typeof v === 'string').value ?? 'T/M CHI BỘ',
    duesArea: pick<DuesArea>('duesArea', (v) => typeof v === 'string').value ?? 'mountainous',
    minDuration: minDurationFrom(chain),
    duesRates: duesRatesFrom(chain),
    location: chain[0]?.settings?.meetingLocation ? String(chain[0].settings.meetingLocation) : (chain[0]?.place ?? null),
    recipients: pick<string[]>('resolutionRecipients', (v) => Array.isArray(v)).value,
  };
}

function duesRatesFrom(chain: OrgSettingsRow[]): DuesRates {
  const near = (key: keyof DuesRates): unknown => {
    for (const o of chain) {
      const v = (o.settings?.duesRates as Record<string, unknown> | undefined)?.[key];
      if (v !== undefined && v !== null) return v;
    }
    return undefined;
  };
  const num = (v: unknown, d: number) => (typeof v === 'number' && v >= 0 ? v : d);
  const fixed = near('fixedByArea') as Partial<Record<DuesArea, number>> | undefined;
  return {
    salariedPercent: num(near('salariedPercent'), DEFAULT_DUES_RATES.salariedPercent),
    pensionerPercent: num(near('pensionerPercent'), DEFAULT_DUES_RATES.pensionerPercent),
    fixedByArea: { ...DEFAULT_DUES_RATES.fixedByArea, ...(fixed ?? {}) },
    outsideWorkingAgeFactor: num(near('outsideWorkingAgeFactor'), DEFAULT_DUES_RATES.outsideWorkingAgeFactor),
  };
}

/** Each kind's minimum from the nearest unit that sets it; regular applies to expanded and thematic meetings too. */
function minDurationFrom(chain: OrgSettingsRow[]): DurationMinimums {
  const near = (key: 'regular' | 'combined'): number | undefined => {
    for (const o of chain) {
      const v = (o.settings?.minDuration as Record<string, unknown> | undefined)?.[key];
      if (typeof v === 'number') return v;
    }
    return undefined;
  };
  const regular = near('regular') ?? DEFAULT_MINIMUM_MINUTES.regular!;
  return { regular, expanded: regular, thematic: regular, combined: near('combined') ?? DEFAULT_MINIMUM_MINUTES.combined! };
}

export async function meetingSettings(q: Queryable, orgPath: string): Promise<MeetingSettings> {
  return settingsFrom(await orgChain(q, orgPath));
}

/** A broken domain rule as an API error (400), keeping the rule's stable code, worded in the request's language. */
export function ruleError(e: unknown): AppError {
  if (isRuleError(e)) {
    if (e.code === 'vote_exceeds_eligible') {
      // Said with what it means for the request: nothing was saved.
      const params = Object.fromEntries(
        Object.entries(e.params).filter(([, v]) => typeof v === 'string' || typeof v === 'number'),
      ) as Record<string, string | number>;
      return Invalid('vote_exceeds_eligible', params);
    }
    return new RuleRefusal(400, e.code, e.code, e.params);
  }
  throw e;
}

/**
 * Roll call, speeches, votes, approval and marking a meeting held belong to the meeting's day or after; before
 * it they need the reason recorded on the meeting (early_reason), else they are refused (409 meeting_not_yet).
 */
export function notEarly(m: Pick<MeetingRow, 'date' | 'early_reason'>, today = todayVn()): void {
  try {
    checkNotEarly(today, m.date, m.early_reason);
  } catch (e) {
    if (isRuleError(e)) throw Conflict('meeting_not_yet', { date: formatDateVi(m.date) });
    throw e;
  }
}

/** Runs a pure rule and turns its RuleError into a 400. */
export function rule<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw ruleError(e);
  }
}

/** The most senior current title a person holds in a unit, for documents ('Bí thư Chi bộ'); else 'Đảng viên'. */
export async function titleIn(q: Queryable, personId: string, orgId: string, on: string): Promise<string> {
  const rows = await sql.positionsOn(q, personId, orgId, on);
  const order = ['cell_secretary', 'cell_deputy', 'cell_committee'];
  const best = rows.map((r) => r.title).sort((a, b) => order.indexOf(a) - order.indexOf(b))[0];
  return best ? positionInDocuments(best) ?? 'Đảng viên' : 'Đảng viên';
}

/**
 * What a reader of a meeting sees beyond its notice, agenda and documents (HD 42-HD/BTCTW: everyone
 * invited receives those). The record — absence reasons, the minutes — is read by those who read the
 * unit's meetings and by those summoned to it (members, exempt members, the committee member in charge);
 * a guest (a partner unit's delegate, an invited outsider) sees only their own line. A member's dues (and
 * the income they are computed from) are read by those who read member records or manage or observe the
 * unit's meetings, and by the member.
 */
export type MeetingAccess = { record: boolean; dues: boolean; personId: string | null };

export async function meetingAccess(q: Queryable, who: Principal, meetingId: string, orgPath: string): Promise<MeetingAccess> {
  const at = { orgPath };
  const dues = can(who, 'member.read', at) || can(who, 'meeting.manage', at) || can(who, 'meeting.observe', at);
  let record = dues || can(who, 'meeting.read', at);
  if (!record && who.personId) {
    record = await sql.isSummoned(q, meetingId, who.personId);
  }
  return { record, dues, personId: who.personId };
}

/**
 * What one meeting may hold, so that its minutes stay a document that renders in a moment: agenda items,
 * speeches (text lengths are capped by the schemas), and the longest range a meeting list may span.
 */
export const MEETING_CAPS = { agendaItems: 30, speeches: 300, rangeDays: 750 } as const;

/** A list's date range: in order, and no longer than MEETING_CAPS.rangeDays. */
export function checkRange(from: string, to: string): void {
  if (to < from) throw Invalid('date_order', { from: 'Từ ngày', to: 'Đến ngày' });
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
  if (days > MEETING_CAPS.rangeDays) throw Invalid('date_range_too_long', { max: MEETING_CAPS.rangeDays });
}
