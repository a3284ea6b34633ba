import { useInfiniteQuery } from '@tanstack/react-query';
import { get, qs } from './client';
import type { AuditPage } from './contract';

/** Data hooks of the audit log. */
export const auditKeys = {
  log: (orgId: string | undefined, action: string, lang: string) => ['audit', orgId, action, lang] as const,
};

/** The log of a unit's subtree, 50 entries a page, newest first, each in words in the UI's language. */
export function useAuditLog(orgId: string | undefined, action: string, lang: 'vi' | 'en') {
  return useInfiniteQuery({
    queryKey: auditKeys.log(orgId, action, lang),
    enabled: !!orgId,
    initialPageParam: null as number | null,
    queryFn: ({ pageParam }) => get<AuditPage>(`/api/audit${qs({ orgId, action, before: pageParam, limit: 50 })}`),
    getNextPageParam: (last) => last.nextBefore,
  });
}
