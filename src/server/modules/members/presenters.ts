import type { EventRow, ListRow, MembershipHistoryRow, PersonAccountRow, PositionRow, ProfileRow } from './queries';

/** A list row. Without member.read on the unit (an ordinary member) only the name and standing show. */
export function presentListRow(r: ListRow, full: boolean) {
  return {
    personId: r.id,
    fullName: r.full_name,
    standing: r.standing,
    state: r.state,
    orgId: r.org_id,
    orgName: r.org_name,
    positions: r.positions ?? [],
    ...(full
      ? {
          birthDate: r.birth_date, gender: r.gender, ethnicity: r.ethnicity, phone: r.phone, cardNo: r.card_no,
          admissionDate: r.admission_date, officialDate: r.official_date, theoryLevel: r.theory_level, duesCategory: r.dues_category,
        }
      : {}),
  };
}

/** A member's profile: the person, the party record, the units, events and positions over time, the login account. */
export function presentProfile(
  p: ProfileRow, history: { memberships: MembershipHistoryRow[]; events: EventRow[]; positions: PositionRow[] },
  account: PersonAccountRow | undefined, current: MembershipHistoryRow | null, can: { manage: boolean; manageAccount: boolean },
) {
  return {
    personId: p.id,
    fullName: p.full_name,
    birthDate: p.birth_date as string | null,
    gender: p.gender as string | null,
    ethnicity: p.ethnicity as string | null,
    religion: p.religion as string | null,
    phone: p.phone as string | null,
    email: p.email as string | null,
    citizenId: p.citizen_id as string | null,
    address: p.address as string | null,
    education: p.education as string | null,
    cardNo: p.card_no as string | null,
    admissionDate: p.admission_date as string | null,
    officialDate: p.official_date as string | null,
    standing: p.standing as string | null,
    state: p.state as string | null,
    theoryLevel: p.theory_level as string | null,
    duesCategory: p.dues_category as string | null,
    duesBase: p.dues_base as number | null,
    currentOrgId: current?.org_id ?? null,
    currentOrgName: current?.org_name_now ?? null,
    memberships: history.memberships.map((m) => ({
      id: m.id, orgId: m.org_id, orgName: m.org_name_then, orgNameNow: m.org_name_now, orgStatus: m.org_status, kind: m.kind,
      startedOn: m.started_on, endedOn: m.ended_on, endReason: m.end_reason,
    })),
    events: history.events.map((e) => ({
      id: e.id, kind: e.kind, effectiveOn: e.effective_on, reason: e.reason, decisionRef: e.decision_ref,
      fromOrgName: e.from_name, toOrgName: e.to_name,
    })),
    positions: history.positions.map((x) => ({
      positionId: x.id, orgId: x.org_id, orgName: x.org_name, title: x.title, termLabel: x.term_label, startedOn: x.started_on,
      endedOn: x.ended_on,
    })),
    account: account ? { accountId: account.id, username: account.username, disabled: account.disabled_at !== null } : null,
    can,
  };
}
