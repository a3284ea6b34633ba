import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, post, qs } from './client';
import type { ReviewDecisionBody, ReviewDetail, ReviewList, ReviewProposalBody, ReviewSelfBody } from './contract';

export type { ReviewDetail, ReviewList };

/** Data hooks of the year-end review and ranking: the only place the web names these routes. */
export const reviewKeys = {
  all: ['reviews'] as const,
  list: (orgId: string | undefined, year: number) => ['reviews', 'list', orgId, year] as const,
  one: (id: string) => ['reviews', 'one', id] as const,
};

export const useReviews = (orgId: string | undefined, year: number) =>
  useQuery({ queryKey: reviewKeys.list(orgId, year), queryFn: () => get<ReviewList>(`/api/reviews${qs({ orgId, year })}`), enabled: !!orgId });
export const useReview = (id: string) => useQuery({ queryKey: reviewKeys.one(id), queryFn: () => get<ReviewDetail>(`/api/reviews/${id}`) });

export const reviewDocumentUrl = (id: string, format: 'pdf' | 'docx') => `/api/reviews/${id}/document${qs({ format })}`;
export const reviewSummaryUrl = (orgId: string, year: number, format: 'pdf' | 'docx') => `/api/reviews/summary-document${qs({ orgId, year, format })}`;

export function useStartReviews() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (b: { orgId: string; year: number }) => post<{ created: number; total: number }>('/api/reviews', b),
    onSuccess: () => qc.invalidateQueries({ queryKey: reviewKeys.all }),
  });
}

export function useReviewStep(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { step: 'self'; body: ReviewSelfBody } | { step: 'proposal'; body: ReviewProposalBody } | { step: 'decision'; body: ReviewDecisionBody }) =>
      post<ReviewDetail>(`/api/reviews/${id}/${v.step}`, v.body),
    onSuccess: () => qc.invalidateQueries({ queryKey: reviewKeys.all }),
  });
}
