import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, post, put, qs } from './client';
import type { IssueReportBody, ReportState, SaveReportNarrativeBody } from './contract';

/** Data hooks of the reports to the upper level: the only place the web names the register's routes. */
export const reportKeys = {
  all: ['party-report'] as const,
  one: (orgId: string, period: string) => ['party-report', orgId, period] as const,
};

export const reportFile = (orgId: string, period: string, ext: 'xlsx' | 'pdf' | 'docx') =>
  `/api/reports/party-building.${ext}${qs({ orgId, period })}`;

export function useReportState(orgId: string, period: string) {
  return useQuery({ queryKey: reportKeys.one(orgId, period), queryFn: () => get<ReportState>(`/api/reports/party-building${qs({ orgId, period })}`) });
}

function useReportMutation<V>(fn: (v: V) => Promise<ReportState>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (s) => qc.setQueryData(reportKeys.one(s.orgId, s.period), s),
  });
}

export const useSaveNarrative = () =>
  useReportMutation((body: SaveReportNarrativeBody) => put<ReportState>('/api/reports/party-building/narrative', body));

export const useIssueReport = () =>
  useReportMutation((body: IssueReportBody) => post<ReportState>('/api/reports/party-building/issue', body));
