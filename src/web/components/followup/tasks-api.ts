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
