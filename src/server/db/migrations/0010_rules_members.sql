-- chibo meeting rules, members' side: a valid reason for dues not paid, and temporary attendance in another cell.
-- Runs unchanged on PGlite and PostgreSQL 15.

-- Why a member did not pay (or paid less) at a meeting, and whether the cell accepted it as a valid reason
-- (QĐ 342-QĐ/TW; Charter: only months unpaid without a valid reason count towards removal).
ALTER TABLE dues_payments ADD COLUMN unpaid_reason text;
ALTER TABLE dues_payments ADD COLUMN reason_accepted boolean NOT NULL DEFAULT false;

-- A temporary attendance (memberships.kind = 'temporary') runs from started_on to ended_on, both days included.
CREATE INDEX memberships_temporary_idx ON memberships (org_id, started_on) WHERE kind = 'temporary';
