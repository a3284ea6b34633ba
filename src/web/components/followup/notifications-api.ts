import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, post, put } from '../../api/client';
import type { NotificationKind } from '../../../domain/followup/notifications';

export type NotificationItem = { id: string; kind: string; title: string; body: string; link: string | null; createdAt: string; read: boolean };
export type NotificationList = { items: NotificationItem[]; unread: number };
export type Prefs = { emailConfigured: boolean; email: string | null; items: { kind: NotificationKind; app: boolean; email: boolean }[] };

/** The signed-in person's notifications; the unread count is looked at again every minute. */
export const useNotifications = () =>
  useQuery({ queryKey: ['notifications'], queryFn: () => get<NotificationList>('/api/notifications'), refetchInterval: 60_000 });
export const usePrefs = () => useQuery({ queryKey: ['notification-prefs'], queryFn: () => get<Prefs>('/api/notifications/prefs') });

export function useMarkRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string | null) => post<NotificationList>(id ? `/api/notifications/${id}/read` : '/api/notifications/read-all', id ? undefined : {}),
    onSuccess: (data) => qc.setQueryData(['notifications'], data),
  });
}
export function useSetPref() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (p: { kind: NotificationKind; channel: 'app' | 'email'; enabled: boolean }) => put<Prefs>('/api/notifications/prefs', { items: [p] }),
    onSuccess: (data) => {
      qc.setQueryData(['notification-prefs'], data);
      return qc.invalidateQueries({ queryKey: ['notifications'] });
    },
  });
}
