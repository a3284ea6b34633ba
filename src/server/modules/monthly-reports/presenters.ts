import { reportState } from '../../../domain/followup/reports';
import type { ReportRow, UnitRow } from './queries';

/** One line of the month view: the unit, its due day, and whether its report came in on time, late, or not yet. */
export function presentUnit(u: UnitRow, r: ReportRow | undefined, dueOn: string, today: string) {
  const state = reportState(r?.submitted_on ?? null, dueOn);
  return {
    unitId: u.id, unitKind: u.kind, unitName: u.name, orgId: u.org_id, orgName: u.org_name, state, dueOn,
    overdue: state === 'missing' && dueOn < today, submittedOn: r?.submitted_on ?? null, reportId: r?.id ?? null,
    enteredBySecretary: r?.entered_by_secretary ?? false,
  };
}
