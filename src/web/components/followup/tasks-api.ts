import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, patch, post, put, qs } from '../../api/client';

export type TaskStatus = 'open' | 'in_progress' | 'done' | 'overdue' | 'dropped';
export type StoredStatus = Exclude<TaskStatus, 'overdue'>;
export type OwnerKind = 'member' | 'cell' | 'cell_committee' | 'partner';
export type Task = {
  id: string; title: string; status: TaskStatus; due: string;
  owner: { kind: OwnerKind; id: string; name: string; orgId: string; orgName: string; label: string | null };
  giver: { orgId: string; orgName: string; kind: string; meetingId: string | null; meetingDate: string | null };
  dropReason: string | null; doneOn: string | null; lastNote: { on: string; body: string } | null; updatedAt: string;
  /** The inspection or supervision item whose conclusion requires this task as a remedy. */
  remedyOf: { itemId: string; kind: 'inspection' | 'supervision'; remedyStatus: 'open' | 'reported' | 'verified' } | null;
};
export type TaskNote = { id: string; on: string; body: string; status: StoredStatus | null; meetingId: string | null; meetingDate: string | null; author: string | null };
export type TaskDetail = Task & { notes: TaskNote[]; canEdit: boolean };
export type TaskFilter = { status?: TaskStatus; ownerKind?: OwnerKind; dueMonth?: string; page?: number };
export type OwnerOption = { kind: OwnerKind; id: string; name: string; orgName: string };
export type Review = { since: string | null; items: { task: Task; note: string | null }[] };

export const PAGE_SIZE = 30;

export function useTasks(orgId: string, f: TaskFilter = {}, enabled = true) {
  return useQuery({
    queryKey: ['tasks', orgId, f],
    queryFn: () => get<{ items: Task[]; total: number }>(`/api/tasks${qs({ orgId, ...f, pageSize: PAGE_SIZE })}`),
    enabled: enabled && !!orgId,
    placeholderData: keepPreviousData,
  });
}

export function useTask(id: string) {
  return useQuery({ queryKey: ['task', id], queryFn: () => get<TaskDetail>(`/api/tasks/${id}`) });
}

export function useTaskOwners(orgId: string, enabled: boolean) {
  return useQuery({ queryKey: ['task-owners', orgId], queryFn: () => get<OwnerOption[]>(`/api/orgs/${orgId}/task-owners`), enabled });
}

export function useTaskReview(meetingId: string) {
  return useQuery({ queryKey: ['task-review', meetingId], queryFn: () => get<Review>(`/api/meetings/${meetingId}/task-review`) });
}

/** Every write refreshes the lists and the task it touched. */
function useRefresh() {
  const qc = useQueryClient();
  return () => Promise.all(['tasks', 'task', 'task-review'].map((k) => qc.invalidateQueries({ queryKey: [k] })));
}

export function useGiveTask(orgId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: { title: string; owner: { kind: OwnerKind; id: string }; due: string }) => post<TaskDetail>(`/api/orgs/${orgId}/tasks`, body),
    onSuccess: refresh,
  });
}

export function useEditTask(id: string) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (body: { title?: string; due?: string }) => patch<TaskDetail>(`/api/tasks/${id}`, body), onSuccess: refresh });
}

export function useAddNote(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: { body: string; status?: StoredStatus; dropReason?: string; on?: string }) => post<TaskDetail>(`/api/tasks/${id}/notes`, body),
    onSuccess: refresh,
  });
}

export function useSaveReview(meetingId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (items: { taskId: string; body: string; status?: StoredStatus; dropReason?: string }[]) =>
      put<Review>(`/api/meetings/${meetingId}/task-review`, { items }),
    onSuccess: refresh,
  });
}

export type ReportState = 'submitted' | 'late' | 'missing';
export type MonthView = {
  month: string; dueDay: number | null;
  items: { unitId: string; unitKind: 'cell' | 'partner'; unitName: string; orgId: string; orgName: string; state: ReportState; dueOn: string;
    overdue: boolean; submittedOn: string | null; reportId: string | null; enteredBySecretary: boolean }[];
  counts: Record<ReportState, number>;
};
export type ReportForm = {
  unit: { kind: 'cell' | 'partner'; id: string; name: string; orgId: string; orgName: string }; month: string; dueOn: string; tasks: Task[];
  report: null | { id: string; state: ReportState; submittedOn: string; enteredBySecretary: boolean; difficulties: string; proposals: string;
    items: { taskId: string; result: string; status: StoredStatus | null }[] };
};

export function useMonthView(orgId: string, month: string) {
  return useQuery({ queryKey: ['monthly-reports', orgId, month], queryFn: () => get<MonthView>(`/api/orgs/${orgId}/monthly-reports?month=${month}`) });
}

export function useReportForm(orgId: string, month: string, partnerId: string | null) {
  return useQuery({
    queryKey: ['monthly-report', orgId, month, partnerId],
    queryFn: () => get<ReportForm>(`/api/orgs/${orgId}/monthly-reports/${month}${qs({ partnerId })}`),
  });
}

export function useSubmitReport(orgId: string, month: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { partnerId: string | null; difficulties: string; proposals: string; items: { taskId: string; result: string; status?: StoredStatus }[] }) =>
      put<ReportForm>(`/api/orgs/${orgId}/monthly-reports/${month}`, body),
    onSuccess: () => Promise.all(['monthly-reports', 'monthly-report', 'tasks', 'task'].map((k) => qc.invalidateQueries({ queryKey: [k] }))),
  });
}

export function useSetDueDay(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (dueDay: number | null) => put<{ dueDay: number | null }>(`/api/orgs/${orgId}/report-settings`, { dueDay }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['monthly-reports'] }),
  });
}
