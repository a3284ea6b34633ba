-- Indexes for the figures at province scale (bench/province-dashboard.ts; plans in docs/benchmarks.md).
-- The absence rule counts only unexcused absences: a partial index reaches them without reading every roll call.
CREATE INDEX attendance_unexcused_idx ON attendance (meeting_id) WHERE status = 'absent_unexcused';
