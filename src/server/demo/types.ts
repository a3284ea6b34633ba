// Rows of the demo's structure as the generator draws them (keys are the column names; the loader hands them to the
// modules' services). Dates are 'YYYY-MM-DD' strings.

export interface OrgRow {
  id: string;
  parent_id: string | null;
  path: string;
  kind: 'committee' | 'sub_committee' | 'cell';
  name: string;
  place: string | null;
  settings: Record<string, unknown>;
}

export interface OrgNameRow {
  org_id: string;
  name: string;
  valid_from: string;
  valid_to: string | null;
}

export interface PersonRow {
  id: string;
  full_name: string;
  name_search: string;
  birth_date: string | null;
  gender: 'male' | 'female' | null;
  ethnicity: string | null;
  religion: string | null;
  phone: string | null;
  email: string | null;
  citizen_id: string | null;
  address: string | null;
  education: string | null;
  note: string | null;
}

export type Standing = 'probationary' | 'official';
export type MemberState = 'active' | 'exempt' | 'temp_exempt' | 'transferred_out' | 'deceased' | 'removed';
export type TheoryLevel = 'none' | 'so_cap' | 'trung_cap' | 'cao_cap' | 'cu_nhan';
export type DuesCategory = 'salaried' | 'pensioner' | 'working_age' | 'outside_working_age';

export interface MemberRow {
  person_id: string;
  card_no: string | null;
  admission_date: string | null;
  official_date: string | null;
  standing: Standing;
  state: MemberState;
  theory_level: TheoryLevel | null;
  dues_category: DuesCategory;
}

export interface MembershipRow {
  id: string;
  person_id: string;
  org_id: string;
  kind: 'official' | 'temporary';
  started_on: string;
  ended_on: string | null;
  end_reason: string | null;
}

export interface MemberEventRow {
  id: string;
  person_id: string;
  kind: string;
  effective_on: string;
  reason: string | null;
  decision_ref: string | null;
  from_org_id: string | null;
  to_org_id: string | null;
}

export type PositionTitle = 'cell_secretary' | 'cell_deputy' | 'cell_committee' | 'commune_secretary' | 'commune_deputy'
  | 'standing_committee' | 'committee_member';

export interface PositionRow {
  id: string;
  person_id: string;
  org_id: string;
  title: PositionTitle;
  term_label: string | null;
  started_on: string;
  ended_on: string | null;
}

export interface OverseerRow {
  id: string;
  org_id: string;
  person_id: string;
  started_on: string;
  ended_on: string | null;
}

import type { PartnerKind } from '../../domain/partners';
export type { PartnerKind };

export interface PartnerUnitRow {
  id: string;
  org_id: string;
  kind: PartnerKind;
  name: string;
  active: boolean;
}

export interface PartnerContactRow {
  id: string;
  partner_unit_id: string;
  person_id: string;
  title: string;
  started_on: string;
  ended_on: string | null;
}

export type DemoRole = 'admin' | 'leader' | 'secretary' | 'overseer' | 'member';

/** An account without its password hash: hashing is I/O-free but slow, so loadDemo adds it. */
export interface AccountRow {
  id: string;
  person_id: string | null;
  username: string;
  locale: 'vi' | 'en';
  must_change_password: boolean;
}

export interface GrantRow {
  id: string;
  account_id: string;
  role: DemoRole;
  org_id: string | null;
}

// Cell meetings: the rows the meetings module's history takes (src/server/modules/meetings/history.ts), one array per
// table, plus what the story needs to know of them.
import type { MeetingHistory } from '../modules/meetings/history';

export interface DemoMeetings extends MeetingHistory {
  /**
   * Members the absence rule picks up in `year` (2026 on DEMO_TODAY): three months without reason (flag) and
   * two (warning). The year is today's, or the year before when today's has fewer than three meetings held.
   */
  absentees: { flagged: string; warned: string; year: number };
}

export interface DemoData {
  seed: number;
  /** The day the demo stands on (its story is told from it). */
  today: string;
  /** The commune committee's id and the cells' ids by their story key ('phieng-loi', 'co-quan', …). */
  rootId: string;
  cellIds: Record<string, string>;
  /** People of the story by key ('don', 'truong', …) → person id. */
  storyPeople: Record<string, string>;
  orgs: OrgRow[];
  orgNames: OrgNameRow[];
  people: PersonRow[];
  members: MemberRow[];
  memberships: MembershipRow[];
  memberEvents: MemberEventRow[];
  positions: PositionRow[];
  orgOverseers: OverseerRow[];
  partnerUnits: PartnerUnitRow[];
  partnerContacts: PartnerContactRow[];
  accounts: AccountRow[];
  grants: GrantRow[];
  /** 18 months of meetings of every cell before today's month, this month's (held before today) and next month's planned ones. */
  meetings: DemoMeetings;
}
