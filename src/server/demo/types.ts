// Rows of the demo, one interface per table; the keys are the column names, so the loader can insert
// them as they are. Dates are 'YYYY-MM-DD' strings.

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

// Cell meetings (tables of migration 0002). Times are 'HH:mm' Vietnam wall clock; instants are ISO strings.
export type DemoMeetingType = 'regular' | 'thematic' | 'combined' | 'expanded' | 'extraordinary';
export type DemoMeetingStatus = 'planned' | 'moved' | 'cancelled' | 'held' | 'approved';
export type DemoAttendanceStatus = 'present' | 'late' | 'left_early' | 'absent_excused' | 'absent_unexcused';

export interface DemoTask { content: string; assignee: string; due?: string; done?: boolean }
export interface DemoResolution {
  title?: string; results?: string[]; shortcomings?: string[]; tasks?: DemoTask[]; implementation?: string[];
}

export interface MeetingRowD {
  id: string;
  org_id: string;
  type: DemoMeetingType;
  topic: string | null;
  original_date: string | null;
  date: string;
  start_time: string;
  end_time: string | null;
  location: string | null;
  status: DemoMeetingStatus;
  move_reason: string | null;
  cancel_reason: string | null;
  chair_id: string | null;
  recorder_id: string | null;
  notice_sent_at: string | null;
  documents_ready_at: string | null;
  quorum_num: number;
  quorum_den: number;
  documents: string[];
  resolution: DemoResolution;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface PreparationRow {
  meeting_id: string;
  content_preparer_id: string | null;
  resolution_preparer_id: string | null;
  committee_meeting_on: string | null;
  content_agreed_at: string | null;
  note: string | null;
  updated_at: string;
}

export interface AgendaItemRow {
  id: string;
  meeting_id: string;
  position: number;
  template_key: string | null;
  title: string;
  content: string;
  conclusion: string | null;
  created_at: string;
}

export interface InvitationRow {
  id: string;
  meeting_id: string;
  role: 'member' | 'exempt' | 'overseer' | 'guest';
  person_id: string | null;
  partner_unit_id: string | null;
  name: string;
  title: string | null;
  standing: Standing | null;
  member_state: 'active' | 'exempt' | 'temp_exempt' | null;
  created_at: string;
}

export interface AttendanceRowD {
  invitation_id: string;
  meeting_id: string;
  status: DemoAttendanceStatus;
  reason: string | null;
  method: 'manual' | 'qr';
  recorded_by: string | null;
  recorded_at: string;
}

export interface SpeechRow {
  id: string;
  meeting_id: string;
  agenda_item_id: string;
  speaker_person_id: string | null;
  speaker_name: string;
  gist: string;
  created_at: string;
}

export interface VoteRow {
  id: string;
  meeting_id: string;
  agenda_item_id: string | null;
  subject: string;
  method: 'show_of_hands' | 'ballot' | 'electronic';
  base: number;
  eligible: number;
  votes_for: number;
  votes_against: number;
  votes_other: number;
  passed: boolean;
  /** The vote on the meeting's resolution. */
  is_resolution: boolean;
  created_at: string;
}

export interface DuesPaymentRow {
  id: string;
  meeting_id: string;
  person_id: string;
  amount_paid: number;
  expected: number | null;
  note: string | null;
  recorded_by: string | null;
  recorded_at: string;
}

export interface MeetingScoreRow {
  meeting_id: string;
  scheme_id: string;
  scheme_version: number;
  points: Record<string, number>;
  total: number;
  level: 'tot' | 'kha' | 'trung_binh' | 'kem';
  proposed_by: string | null;
  proposed_at: string;
  confirmed_by: string | null;
  confirmed_at: string | null;
  comment: string | null;
  /** Why a commune leader confirmed in place of the committee member in charge (none of them attended). */
  confirm_reason: string | null;
}

/** A confirmation of the score given after the minutes were approved (bổ sung): its own time and author. */
export interface MinutesAddendumRow {
  meeting_id: string;
  after_version: number;
  kind: 'score_confirmation';
  body: { name: string; title: string; date: string; attended: boolean; reason?: string; total: number; level: string; comment: string | null };
  created_by: string | null;
  created_at: string;
}

export interface MinutesVersionRow {
  id: string;
  meeting_id: string;
  version: number;
  /** { minutes, resolution } exactly as the meetings service stores it on approval (buildDocs). */
  snapshot: Record<string, unknown>;
  approved_at: string;
  approved_by: string | null;
  correction_reason: string | null;
}

export interface DocumentNumberRow {
  id: string;
  org_id: string;
  doc_type: 'BB' | 'NQ';
  scope_key: string;
  seq: number;
  meeting_id: string;
  issued_at: string;
}

export interface DemoMeetings {
  meetings: MeetingRowD[];
  meetingPreparation: PreparationRow[];
  agendaItems: AgendaItemRow[];
  invitations: InvitationRow[];
  attendance: AttendanceRowD[];
  speeches: SpeechRow[];
  votes: VoteRow[];
  duesPayments: DuesPaymentRow[];
  meetingScores: MeetingScoreRow[];
  minutesVersions: MinutesVersionRow[];
  minutesAddenda: MinutesAddendumRow[];
  documentNumbers: DocumentNumberRow[];
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
