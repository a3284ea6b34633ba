import type { Org } from './schemas';
import type { OfficerRow, OrgNameRow, OrgRow, OverseerRow } from './queries';

export function presentOrg(o: OrgRow, extra: { memberCount?: number; contextOnly?: boolean } = {}): Org {
  return {
    id: o.id,
    parentId: o.parent_id,
    kind: o.kind,
    name: o.name,
    place: o.place,
    status: o.status,
    mergedIntoId: o.merged_into_id,
    endedOn: o.ended_on,
    endedReason: o.ended_reason,
    memberCount: extra.memberCount ?? 0,
    contextOnly: extra.contextOnly ?? false,
  };
}

export const presentNames = (names: OrgNameRow[]) => names.map((n) => ({ name: n.name, validFrom: n.valid_from, validTo: n.valid_to }));

export const presentOfficers = (officers: OfficerRow[]) =>
  officers.map((p) => ({
    positionId: p.id, personId: p.person_id, fullName: p.full_name, title: p.title, termLabel: p.term_label, startedOn: p.started_on,
  }));

export const presentOverseers = (overseers: OverseerRow[]) =>
  overseers.map((s) => ({ personId: s.person_id, fullName: s.full_name, startedOn: s.started_on }));
