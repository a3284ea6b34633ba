-- Dashboards and reports: indexes for the figures (src/server/modules/dashboard/queries.ts). Every figure is
-- computed from the records on read, so a correction of approved minutes shows at once and nothing can go stale.

-- A meeting belongs to the month of its original date when it was moved (figures count by that month).
CREATE INDEX meetings_org_month_idx ON meetings (org_id, (coalesce(original_date, date)));

-- The roll call of a meeting, by role (members and exempt members; the committee member in charge).
CREATE INDEX invitations_meeting_role_idx ON invitations (meeting_id, role);
