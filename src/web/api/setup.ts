import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, get } from './client';
import { authKeys } from './auth';
import type { DemoResult, SetupBody, SetupDone, SetupState } from './contract';

/** Data hooks of the first run: the only place the web names the /api/setup routes. */
export const setupKeys = { state: ['setup'] as const };

export const setupQuery = queryOptions({ queryKey: setupKeys.state, queryFn: () => get<SetupState>('/api/setup'), staleTime: Infinity });

export function useSetup() {
  return useQuery(setupQuery);
}

/** The writes of setup carry the one-time code printed in the server's log (when the server asks for one). */
const withCode = <T>(path: string, code: string | null, body: unknown = {}) =>
  api<T>(path, { method: 'POST', body, headers: code !== null ? { 'x-setup-code': code.trim() } : {} });

/** After setup, chibo no longer needs setting up: the app stops sending people to /setup. */
export function useSetupDone() {
  const qc = useQueryClient();
  return () => qc.setQueryData(setupKeys.state, (s: SetupState | undefined) => ({ codeRequired: false, ...s, needed: false }));
}

export function useSetupDemo() {
  return useMutation({ mutationFn: ({ code }: { code: string | null }) => withCode<DemoResult>('/api/setup/demo', code) });
}

/** Creates one's own committee and administrator, who is logged in at once. */
export function useSetupCommittee() {
  const qc = useQueryClient();
  const done = useSetupDone();
  return useMutation({
    mutationFn: ({ code, ...body }: SetupBody & { code: string | null }) => withCode<SetupDone>('/api/setup', code, body),
    onSuccess: async () => {
      done();
      await qc.invalidateQueries({ queryKey: authKeys.me });
    },
  });
}
