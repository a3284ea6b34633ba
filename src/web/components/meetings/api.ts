import { useState } from 'react';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { get, qs } from '../../api/client';
import { withPending } from '../../offline/outbox';
import { replaceCached } from '../../api/cache';

import type { Meeting, MeetingList } from '../../api/contract';

// Wire shapes come from the server's schemas (src/web/api/contract.ts); the domain's words from src/domain.
export type {
  MeetingType, MeetingStatus, AttendanceStatus, VoteMethod, ListItem, MeetingList, Invitation, AgendaItem, Vote, Task, Meeting, DuesList, Feed,
  AttendanceHistory, MyMeeting, ResolutionStatus,
} from '../../api/contract';
export { MEETING_TYPES, REGULAR_KINDS, RECORDED_STATUSES as ATTENDANCE_STATUSES } from '../../../domain/meetings/index';

export const meetingKey = (id: string) => ['meeting', id] as const;

export function useMeeting(id: string) {
  return useQuery({ queryKey: meetingKey(id), queryFn: () => get<Meeting>(`/api/meetings/${id}`).then(withPending) });
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
      if (out && typeof out === 'object' && 'id' in out && 'agenda' in out) await replaceCached(qc, meetingKey(meetingId), out as Meeting);
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
  return (m: Meeting) => replaceCached(qc, meetingKey(m.id), m);
}
