import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, del, get, post, put } from './client';
import type { Locale, LoginBody, Me, PasswordBody, Session } from './contract';

/** Data hooks of logging in and one's own account: the only place the web names the /api/auth routes. */
export const authKeys = {
  me: ['me'] as const,
  sessions: ['sessions'] as const,
};

/** The logged-in account, or null when nobody is logged in (also started early by src/web/warm.ts). */
export const meQuery = queryOptions({
  queryKey: authKeys.me,
  queryFn: async () => {
    try {
      return await get<Me>('/api/auth/me');
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return null;
      throw e;
    }
  },
  staleTime: 60_000,
});

export function useMe() {
  return useQuery(meQuery);
}

/** Logs in; the answer is the account, put where useMe reads it. */
export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginBody) => post<Me>('/api/auth/login', body),
    onSuccess: (me) => qc.setQueryData(authKeys.me, me),
  });
}

/** Ends this session on the server (the caller forgets the account and the cached data). */
export const logout = () => post('/api/auth/logout');

/** Remembers the UI's language in a cookie and, when logged in, in the account. */
export const saveLocale = (locale: Locale) => put('/api/auth/locale', { locale });

export function useSessions() {
  return useQuery({ queryKey: authKeys.sessions, queryFn: () => get<Session[]>('/api/auth/sessions') });
}

/**
 * Changing one's password ends the other sessions and the "must change" prompt. Everything on the screen is read
 * again: until the change the server refused other reads (her attendance history on Tôi showed that refusal).
 */
export function useChangePassword() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: PasswordBody) => post('/api/auth/password', body),
    onSuccess: () => qc.invalidateQueries(),
  });
}

export function useRevokeSession() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => del(`/api/auth/sessions/${id}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: authKeys.sessions }),
  });
}
