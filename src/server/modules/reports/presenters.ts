// A report in the register on the wire: its state, its current narrative and every version saved.
import type { Narrative } from './render';
import type { ReportRow, VersionRow } from './queries';

const EMPTY: Narrative = { strengths: '', weaknesses: '', directions: '', proposals: '' };
/** A saved narrative with every part present (a part never written is empty). */
export const narrativeOf = (x: Record<string, string> | undefined): Narrative => ({ ...EMPTY, ...(x ?? {}) });

/** `list`: the versions, newest first. */
export function presentReportState(orgId: string, periodKey: string, label: string, r: ReportRow | undefined, list: VersionRow[]) {
  return {
    orgId, period: periodKey, label,
    status: r?.status ?? ('draft' as const),
    number: r?.number ?? null,
    issuedOn: r?.issued_on ?? null,
    issuedVersion: r?.issued_version ?? null,
    version: list[0]?.version ?? 0,
    narrative: narrativeOf(list[0]?.narrative),
    versions: list.map((v) => ({
      version: v.version, savedAt: v.saved_at.toISOString(), savedBy: v.saved_by_name, narrative: narrativeOf(v.narrative),
    })),
  };
}
