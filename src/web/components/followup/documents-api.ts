import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, get, post, put, qs } from '../../api/client';

export type Doc = {
  id: string; orgId: string; orgName: string; number: string; docType: string; issuer: string; issuedOn: string; subject: string;
  file: { name: string; type: 'pdf' | 'docx'; size: number; sha256: string }; disseminateBy: string | null; allCells: boolean;
};
export type DocListItem = Doc & { summary: { cellsTotal: number; cellsDone: number; overdueCells: number } };
export type DocDetail = Doc & { cellIds: string[] | null; canManage: boolean };
export type Coverage = {
  documentId: string; deadline: string | null;
  cells: { orgId: string; orgName: string; meetingId: string | null; meetingDate: string | null; membersTotal: number; membersReached: number; overdue: boolean }[];
};
export type CellDoc = {
  documentId: string; number: string; subject: string; issuer: string; deadline: string; meetingId: string | null; meetingDate: string | null;
  agendaItemId: string | null; membersTotal: number; membersReached: number; overdue: boolean;
};
export type CellDocs = { canManage: boolean; items: CellDoc[] };
export type CellMember = { personId: string; fullName: string; reached: 'meeting' | 'read' | null; readAt: string | null; method: string | null };

export const useDocuments = (q: string) => useQuery({ queryKey: ['documents', q], queryFn: () => get<{ items: DocListItem[] }>(`/api/documents${qs({ q })}`) });
export const useDocument = (id: string) => useQuery({ queryKey: ['document', id], queryFn: () => get<DocDetail>(`/api/documents/${id}`) });
export const useCoverage = (id: string) => useQuery({ queryKey: ['coverage', id], queryFn: () => get<Coverage>(`/api/documents/${id}/coverage`) });
export const myDocumentsQuery = () => queryOptions({ queryKey: ['my-documents'], queryFn: () => get<{ items: Doc[] }>('/api/my/documents') });
export const useMyDocuments = () => useQuery(myDocumentsQuery());
export const useCellMembers = (orgId: string, docId: string, enabled: boolean) =>
  useQuery({ queryKey: ['doc-members', orgId, docId], queryFn: () => get<CellMember[]>(`/api/orgs/${orgId}/documents/${docId}/members`), enabled });

export const useCellDocuments = (orgId: string) =>
  useQuery({ queryKey: ['cell-docs', orgId], queryFn: () => get<CellDocs>(`/api/orgs/${orgId}/disseminations`), enabled: !!orgId });

function useRefresh() {
  const qc = useQueryClient();
  return () => Promise.all(['documents', 'document', 'coverage', 'my-documents', 'doc-members', 'cell-docs'].map((k) => qc.invalidateQueries({ queryKey: [k] })));
}

export function useUpload(orgId: string) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (form: FormData) => api<DocDetail>(`/api/orgs/${orgId}/documents`, { method: 'POST', form }), onSuccess: refresh });
}
export function useSetDissemination(orgId: string, docId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: { by: string | null; cellIds: string[] | null }) => put<DocDetail>(`/api/orgs/${orgId}/documents/${docId}/dissemination`, body),
    onSuccess: refresh,
  });
}
export function useRecordDissemination(orgId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: { documentId: string; meetingId: string; agendaItemId?: string | null }) => post<CellMember[]>(`/api/orgs/${orgId}/disseminations`, body),
    onSuccess: refresh,
  });
}
export function useRecordRead(orgId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: { documentId: string; personId: string }) => post<CellMember[]>(`/api/orgs/${orgId}/document-reads`, body),
    onSuccess: refresh,
  });
}
export function useConfirmRead() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (docId: string) => post<{ items: Doc[] }>(`/api/documents/${docId}/read`), onSuccess: refresh });
}
