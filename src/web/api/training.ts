import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, post, put, qs } from './client';
import type { CourseDetail, CourseList, CreateCourseBody, MemberTraining, OwnRecordBody, ParticipantsBody, TrainingOwing } from './contract';

export type { CourseDetail, CourseList, MemberTraining, TrainingOwing };

/** Data hooks of training (courses, participants, a member's record, who owes a course): the only place the web names these routes. */
export const trainingKeys = {
  all: ['training'] as const,
  list: (orgId: string | undefined, year: number) => ['training', 'list', orgId, year] as const,
  owing: (orgId: string | undefined, year: number) => ['training', 'owing', orgId, year] as const,
  course: (id: string) => ['training', 'course', id] as const,
  member: (personId: string) => ['training', 'member', personId] as const,
};

export const useCourses = (orgId: string | undefined, year: number) =>
  useQuery({ queryKey: trainingKeys.list(orgId, year), queryFn: () => get<CourseList>(`/api/training/courses${qs({ orgId, year })}`), enabled: !!orgId });
export const useOwing = (orgId: string | undefined, year: number) =>
  useQuery({ queryKey: trainingKeys.owing(orgId, year), queryFn: () => get<TrainingOwing>(`/api/training/owing${qs({ orgId, year })}`), enabled: !!orgId });
export const useCourse = (id: string) =>
  useQuery({ queryKey: trainingKeys.course(id), queryFn: () => get<CourseDetail>(`/api/training/courses/${id}`) });
export const useMemberTraining = (personId: string) =>
  useQuery({ queryKey: trainingKeys.member(personId), queryFn: () => get<MemberTraining>(`/api/members/${personId}/training`) });

export function useCreateCourse() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (b: CreateCourseBody) => post<CourseDetail>('/api/training/courses', b),
    onSuccess: () => qc.invalidateQueries({ queryKey: trainingKeys.all }),
  });
}
export function useRecordParticipants(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (b: ParticipantsBody) => put<CourseDetail>(`/api/training/courses/${id}/participants`, b),
    onSuccess: () => qc.invalidateQueries({ queryKey: trainingKeys.all }),
  });
}
export function useAddOwnRecord(personId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (b: OwnRecordBody) => post<MemberTraining>(`/api/members/${personId}/training`, b),
    onSuccess: () => qc.invalidateQueries({ queryKey: trainingKeys.all }),
  });
}
