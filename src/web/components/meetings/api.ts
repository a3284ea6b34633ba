import { useState } from 'react';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { get, qs } from '../../api/client';

/** Wire shapes of the meetings API (src/server/modules/meetings/schemas.ts). */
export type MeetingType = 'regular' | 'thematic' | 'combined' | 'expanded' | 'extraordinary';
export const MEETING_TYPES: MeetingType[] = ['regular', 'thematic', 'combined', 'expanded', 'extraordinary'];
export const REGULAR_KINDS: MeetingType[] = ['regular', 'combined', 'expanded'];
export type MeetingStatus = 'planned' | 'moved' | 'cancelled' | 'held' | 'approved';
export type AttendanceStatus = 'present' | 'late' | 'left_early' | 'absent_excused' | 'absent_unexcused';
export const ATTENDANCE_STATUSES: AttendanceStatus[] = ['present', 'late', 'left_early', 'absent_excused', 'absent_unexcused'];
export type VoteMethod = 'show_of_hands' | 'ballot' | 'electronic';

export type ListItem = {
  id: string | null;
  virtual: boolean;
  orgId: string;
  orgName: string;
  type: MeetingType;
  topic: string | null;
  date: string;
  originalDate: string | null;
  startTime: string;
  endTime: string | null;
  location: string | null;
  status: MeetingStatus;
  moveReason: string | null;
  cancelReason: string | null;
  role?: string | null;
};

export type MeetingList = {
  items: ListItem[];
  quartersWithoutThematic: { orgId: string; orgName: string; year: number; quarter: number }[];
};

export type Invitation = {
  id: string;
  role: 'member' | 'exempt' | 'overseer' | 'guest';
  personId: string | null;
  partnerUnitId: string | null;
  name: string;
  title: string | null;
  standing: 'official' | 'probationary' | null;
  memberState: string | null;
  status: AttendanceStatus | null;
  reason: string | null;
  method: string | null;
  recordedAt: string | null;
  duesPaid: number | null;
};

export type AgendaItem = {
  id: string;
  position: number;
  templateKey: string | null;
  title: string;
  content: string;
  conclusion: string | null;
  speeches: { id: string; speakerPersonId: string | null; speakerName: string; gist: string }[];
};

export type Vote = {
  id: string;
  agendaItemId: string | null;
  subject: string;
  method: VoteMethod;
  base: number;
  eligible: number;
  for: number;
  against: number;
  other: number;
  /** From the roll call as it stands (server: tallyVote in src/domain). */
  passed: boolean;
  needed: number;
  percent: number;
  isResolution: boolean;
  exceedsEligible: boolean;
};

export type ResolutionStatus = 'adopted' | 'failed' | 'none' | 'not_voted';

export type Task = { content: string; assignee: string; due?: string; done?: boolean };

export type Meeting = {
  id: string;
  orgId: string;
  orgName: string;
  type: MeetingType;
  topic: string | null;
  date: string;
  originalDate: string | null;
  startTime: string;
  endTime: string | null;
  durationMinutes: number | null;
  location: string | null;
  status: MeetingStatus;
  locked: boolean;
  moveReason: string | null;
  cancelReason: string | null;
  correctionReason: string | null;
  chair: { personId: string; fullName: string | null } | null;
  recorder: { personId: string; fullName: string | null } | null;
  documents: string[];
  resolution: { title: string | null; results: string[]; shortcomings: string[]; tasks: Task[]; implementation: string[] };
  preparation: {
    contentPreparerId: string | null;
    resolutionPreparerId: string | null;
    committeeMeetingOn: string | null;
    contentAgreedAt: string | null;
    noticeSentAt: string | null;
    documentsReadyAt: string | null;
    note: string | null;
    deadline: string;
    items: { key: string; label: string; done: boolean; late: boolean }[];
    missing: string[];
  };
  agenda: AgendaItem[];
  invitations: Invitation[];
  attendance: {
    total: number;
    official: number;
    probationary: number;
    exempt: number;
    notSummoned: number;
    presentExpected: number;
    presentNotExpected: number;
    officialAbsentExcused: number;
    expected: number;
    officialExpected: number;
    present: number;
    presentOfficial: number;
    presentProbationary: number;
    late: number;
    leftEarly: number;
    absentExcused: number;
    absentUnexcused: number;
    notRecorded: number;
    absentees: { memberId?: string; name: string; status: string; reason?: string }[];
    quorum: { num: number; den: number };
    quorumRequired: number;
    valid: boolean;
    votingBase: number;
    eligibleVoters: number;
    votesNeeded: number;
  };
  votes: Vote[];
  resolutionStatus: ResolutionStatus;
  noResolution: boolean;
  earlyReason: string | null;
  moves: { fromDate: string; toDate: string; reason: string; statusAtMove: string; movedAt: string; movedBy: string | null }[];
  dues: { collected: number; expected: number; payers: number };
  score: {
    schemeId: string;
    schemeVersion: number;
    schemeName: string;
    points: Record<string, number>;
    total: number;
    level: string;
    proposedAt: string | null;
    confirmedAt: string | null;
    comment: string | null;
  } | null;
  versions: { version: number; approvedAt: string | null; approvedBy: string | null; correctionReason: string | null }[];
  numbers: { BB?: number; NQ?: number };
  warnings: { code: string; message: string }[];
  can: { manage: boolean; observe: boolean };
};

export type DuesList = {
  month: string;
  area: string;
  items: { personId: string; name: string; category: string; suggested: number | null; paid: number | null; expected: number | null; note: string | null }[];
};

export type Feed = { id: string; kind: 'person' | 'org'; subjectId: string; createdAt: string };

export type AttendanceHistory = {
  personId: string;
  year: number;
  absence: { year: number; months: number[]; count: number; level: string; message: string | null };
  excusedStreak: { longest: number; tooLong: boolean };
  items: { meetingId: string; date: string; originalDate: string | null; type: MeetingType; orgName: string; exempt: boolean; status: string; reason: string | null }[];
};

export const meetingKey = (id: string) => ['meeting', id] as const;

export function useMeeting(id: string) {
  return useQuery({ queryKey: meetingKey(id), queryFn: () => get<Meeting>(`/api/meetings/${id}`) });
}

export function useMeetingList(orgId: string, from: string, to: string) {
  return useQuery({
    queryKey: ['meetings', orgId, from, to],
    queryFn: () => get<MeetingList>(`/api/meetings${qs({ orgId, from, to })}`),
    enabled: !!orgId,
  });
}

/**
 * One save action of the meeting page: busy while it runs (buttons disabled), the server's message on failure,
 * and the meeting the server returns replaces the cached one (nothing shown that was not saved).
 */
export function useMeetingAction(meetingId: string) {
  const qc = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const { message } = App.useApp();
  const { t } = useTranslation();
  /** opts.confirm: say "saved" (or this text) once the server has it, so a save never only greys out. */
  const run = async (fn: () => Promise<Meeting | unknown>, opts: { lists?: boolean; confirm?: boolean | string } = {}): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      const out = await fn();
      if (out && typeof out === 'object' && 'id' in out && 'agenda' in out) qc.setQueryData(meetingKey(meetingId), out as Meeting);
      else await qc.invalidateQueries({ queryKey: meetingKey(meetingId) });
      if (opts.lists) await qc.invalidateQueries({ queryKey: ['meetings'] });
      if (opts.confirm) void message.success(typeof opts.confirm === 'string' ? opts.confirm : t('field.saved'));
      return true;
    } catch (e) {
      setError(e);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, setError, run };
}

/** Puts a meeting the server returned into the cache (for dialogs, which show their own errors). */
export function useSetMeeting() {
  const qc = useQueryClient();
  return (m: Meeting) => {
    qc.setQueryData(meetingKey(m.id), m);
  };
}
