import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, post, qs } from './client';
import { replaceCached } from './cache';
import type {
  ConclusionBody, CreateSupervisionBody, DecisionBody, FindingsBody, ReportBody, SupervisionDetail, SupervisionList,
} from './contract';

export type { SupervisionDetail, SupervisionList };
export type SupervisionItem = SupervisionList['items'][number];
export type SupervisionRemedy = SupervisionDetail['remedyList'][number];

/** Data hooks of inspection and supervision (QĐ 296-QĐ/TW): the only place the web names these routes. */
export const supervisionKeys = {
  all: ['supervision'] as const,
  list: (orgId: string | undefined, year: number) => ['supervision', 'list', orgId, year] as const,
  one: (id: string) => ['supervision', 'one', id] as const,
};

export const useSupervisionList = (orgId: string | undefined, year: number) =>
  useQuery({
    queryKey: supervisionKeys.list(orgId, year),
    queryFn: () => get<SupervisionList>(`/api/supervision${qs({ orgId, year })}`),
    enabled: !!orgId,
  });

export const useSupervisionItem = (id: string) =>
  useQuery({ queryKey: supervisionKeys.one(id), queryFn: () => get<SupervisionDetail>(`/api/supervision/${id}`) });

export const documentUrl = (id: string, doc: 'decision' | 'notice', format: 'pdf' | 'docx') =>
  `/api/supervision/${id}/documents/${doc}${qs({ format })}`;

function useSupervisionMutation<V>(fn: (v: V) => Promise<SupervisionDetail>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (out) => {
      await replaceCached(qc, supervisionKeys.one(out.id), out);
      return qc.invalidateQueries({ queryKey: [...supervisionKeys.all, 'list'] });
    },
  });
}

export const useCreateSupervision = () => useSupervisionMutation((b: CreateSupervisionBody) => post<SupervisionDetail>('/api/supervision', b));

/** One step of an item: decision, the subject's report, findings, conclusion. */
export function useSupervisionStep(id: string) {
  return useSupervisionMutation(
    (v: { step: 'decision'; body: DecisionBody } | { step: 'report'; body: ReportBody } | { step: 'findings'; body: FindingsBody }
      | { step: 'conclusion'; body: ConclusionBody }) => post<SupervisionDetail>(`/api/supervision/${id}/${v.step}`, v.body),
  );
}

/** A remedy reported done by its owner, or verified by the committee. */
export const useRemedyAction = (id: string) =>
  useSupervisionMutation((v: { remedyId: string; action: 'done' | 'verify'; note?: string | null }) =>
    post<SupervisionDetail>(`/api/supervision/${id}/remedies/${v.remedyId}/${v.action}`, { note: v.note ?? null }));
