import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { del, get, patch, post, put, qs } from './client';
import { replaceCached } from './cache';
import { duesWithPending, withPending } from '../offline/outbox';
import { notifySuccess } from '../lib/notify';
import type {
  AgendaBody, AgendaPatch, AttendanceBody, AttendanceHistory, CheckinBody, CheckinResult, CheckinToken, ConfirmBody, CorrectionBody,
  CreateMeetingBody, DuesBody, DuesList, Feed, FeedBody, FeedCreated, GuestBody, Meeting, MeetingList, MeetingRule, MeetingRuleBody,
  MyMeeting, PreparationBody, ResolutionBody, ScoreBody, ScoringSchemeItem, SpeechBody, SpeechPatch, UpdateMeetingBody, VoidBody, VoteBody,
} from './contract';

/**
 * Data access of meetings: the only place the web names the meetings routes. Query keys, the queries,
 * and `meetingCalls` — one typed call per write route, each returning what the server returns (most
 * return the whole meeting, which `useMeetingAction` puts into the cache).
 */
export const meetingKeys = {
  all: ['meetings'] as const,
  detail: (id: string) => ['meeting', id] as const,
  list: (orgId: string, from: string, to: string) => ['meetings', orgId, from, to] as const,
  mine: (from: string, to: string) => ['meetings', 'my', from, to] as const,
  rule: (orgId: string) => ['meeting-rule', orgId] as const,
  dues: (id: string) => ['meeting-dues', id] as const,
  schemes: ['scoring-schemes'] as const,
  feeds: ['calendar-feeds'] as const,
  attendance: (personId: string, year: number) => ['attendance', personId, year] as const,
};
export const meetingKey = meetingKeys.detail;

const m = (id: string) => `/api/meetings/${id}`;

export const meetingCalls = {
  get: (id: string) => get<Meeting>(m(id)),
  dues: (id: string) => get<DuesList>(`${m(id)}/dues`),
  schemes: () => get<ScoringSchemeItem[]>('/api/scoring-schemes'),
  create: (orgId: string, body: CreateMeetingBody) => post<Meeting>(`/api/orgs/${orgId}/meetings`, body),
  update: (id: string, body: UpdateMeetingBody) => patch<Meeting>(m(id), body),
  setRule: (orgId: string, body: MeetingRuleBody) => put<MeetingRule>(`/api/orgs/${orgId}/meeting-rule`, body),
  // Preparation
  preparation: (id: string, body: PreparationBody) => put<Meeting>(`${m(id)}/preparation`, body),
  addAgendaItem: (id: string, body: AgendaBody) => post<Meeting>(`${m(id)}/agenda`, body),
  updateAgendaItem: (id: string, itemId: string, body: AgendaPatch) => patch<Meeting>(`${m(id)}/agenda/${itemId}`, body),
  removeAgendaItem: (id: string, itemId: string) => del<Meeting>(`${m(id)}/agenda/${itemId}`),
  syncInvitations: (id: string) => post<Meeting>(`${m(id)}/invitations/sync`),
  invite: (id: string, body: GuestBody) => post<Meeting>(`${m(id)}/invitations`, body),
  removeInvitation: (id: string, invitationId: string) => del<Meeting>(`${m(id)}/invitations/${invitationId}`),
  // Roll call
  rollCall: (id: string, personId: string, body: AttendanceBody) => put<Meeting>(`${m(id)}/attendance/${personId}`, body),
  rollCallInvitation: (id: string, invitationId: string, body: AttendanceBody) => put<Meeting>(`${m(id)}/invitations/${invitationId}/attendance`, body),
  allPresent: (id: string) => post<Meeting>(`${m(id)}/attendance/all-present`),
  checkinToken: (id: string) => post<CheckinToken>(`${m(id)}/checkin-token`),
  checkin: (body: CheckinBody) => post<CheckinResult>('/api/checkin', body),
  // Minutes
  addSpeech: (id: string, body: SpeechBody) => post<Meeting>(`${m(id)}/speeches`, body),
  updateSpeech: (id: string, speechId: string, body: SpeechPatch) => patch<Meeting>(`${m(id)}/speeches/${speechId}`, body),
  removeSpeech: (id: string, speechId: string) => del<Meeting>(`${m(id)}/speeches/${speechId}`),
  addVote: (id: string, body: VoteBody) => post<Meeting>(`${m(id)}/votes`, body),
  removeVote: (id: string, voteId: string) => del<Meeting>(`${m(id)}/votes/${voteId}`),
  // Dues, score, resolution, approval
  recordDues: (id: string, personId: string, body: DuesBody) => put<DuesList>(`${m(id)}/dues/${personId}`, body),
  score: (id: string, body: ScoreBody) => put<Meeting>(`${m(id)}/score`, body),
  confirmScore: (id: string, body: ConfirmBody) => post<Meeting>(`${m(id)}/score/confirm`, body),
  resolution: (id: string, body: ResolutionBody) => put<Meeting>(`${m(id)}/resolution`, body),
  approve: (id: string) => post<Meeting>(`${m(id)}/approve`),
  correction: (id: string, body: CorrectionBody) => post<Meeting>(`${m(id)}/corrections`, body),
  voidNumber: (id: string, docType: 'BB' | 'NQ', body: VoidBody) => post<Meeting>(`${m(id)}/numbers/${docType}/void`, body),
  // Calendar feeds
  createFeed: (body: FeedBody) => post<FeedCreated>('/api/calendar-feeds', body),
  revokeFeed: (feedId: string) => del<{ ok: true }>(`/api/calendar-feeds/${feedId}`),
  myMeetings: (from: string, to: string) => get<MyMeeting[]>(`/api/my/meetings${qs({ from, to })}`),
};

/** Links to the meeting's documents (downloaded by the browser, not fetched by the app). */
export const meetingFiles = {
  notice: (id: string) => `${m(id)}/notice.pdf`,
  signinSheet: (id: string) => `${m(id)}/signin-sheet.pdf`,
  document: (id: string, kind: 'minutes' | 'resolution', format: 'pdf' | 'docx', version?: number) =>
    `${m(id)}/${kind}.${format}${version !== undefined ? qs({ version }) : ''}`,
};

export const meetingQuery = (id: string) => queryOptions({ queryKey: meetingKeys.detail(id), queryFn: () => meetingCalls.get(id).then(withPending) });

export function useMeeting(id: string) {
  return useQuery(meetingQuery(id));
}

export function useMeetingList(orgId: string, from: string, to: string) {
  return useQuery({
    queryKey: meetingKeys.list(orgId, from, to),
    queryFn: () => get<MeetingList>(`/api/meetings${qs({ orgId, from, to })}`),
    enabled: !!orgId,
  });
}

export const myMeetingsQuery = (from: string, to: string) =>
  queryOptions({ queryKey: meetingKeys.mine(from, to), queryFn: () => meetingCalls.myMeetings(from, to) });

export function useMyMeetings(from: string, to: string) {
  return useQuery(myMeetingsQuery(from, to));
}

/** The unit's meeting rule in force (inherited from above where the unit has none of its own). */
export function useMeetingRule(orgId: string, opts: { staleTime?: number } = {}) {
  return useQuery({ queryKey: meetingKeys.rule(orgId), queryFn: () => get<MeetingRule>(`/api/orgs/${orgId}/meeting-rule`), staleTime: opts.staleTime });
}

export function useDues(meetingId: string) {
  // With the payments kept on the device and not sent yet (src/web/offline/outbox.ts).
  return useQuery({ queryKey: meetingKeys.dues(meetingId), queryFn: () => meetingCalls.dues(meetingId).then((d) => duesWithPending(meetingId, d)) });
}

export function useScoringSchemes() {
  return useQuery({ queryKey: meetingKeys.schemes, queryFn: meetingCalls.schemes, staleTime: 300_000 });
}

export function useCalendarFeeds() {
  return useQuery({ queryKey: meetingKeys.feeds, queryFn: () => get<Feed[]>('/api/calendar-feeds') });
}

export function useAttendanceHistory(personId: string, year: number) {
  return useQuery({
    queryKey: meetingKeys.attendance(personId, year),
    queryFn: () => get<AttendanceHistory>(`/api/members/${personId}/attendance${qs({ year })}`),
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
  const { t } = useTranslation();
  /** opts.confirm: say "saved" (or this text) once the server has it, so a save never only greys out. */
  const run = async (fn: () => Promise<Meeting | unknown>, opts: { lists?: boolean; confirm?: boolean | string } = {}): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      const out = await fn();
      if (out && typeof out === 'object' && 'id' in out && 'agenda' in out) await replaceCached(qc, meetingKeys.detail(meetingId), out as Meeting);
      else await qc.invalidateQueries({ queryKey: meetingKeys.detail(meetingId) });
      if (opts.lists) await qc.invalidateQueries({ queryKey: meetingKeys.all });
      if (opts.confirm) notifySuccess(typeof opts.confirm === 'string' ? opts.confirm : t('field.saved'));
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
  return (meeting: Meeting) => replaceCached(qc, meetingKeys.detail(meeting.id), meeting);
}
