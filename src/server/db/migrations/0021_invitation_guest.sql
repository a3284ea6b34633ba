-- chibo meeting rules: which members on a meeting's roster belong to another cell and attend here temporarily
-- (sinh hoạt đảng tạm thời). They are summoned and vote here, but they are not the cell's own members: the
-- Charter's "a cell has at least 3 official members" (art. 21) counts the cell's own members only.
-- Runs unchanged on PGlite and PostgreSQL 15.
ALTER TABLE invitations ADD COLUMN guest boolean NOT NULL DEFAULT false;

-- Rosters written before: a member whose membership of the meeting's cell on the meeting's date was a temporary one.
UPDATE invitations i SET guest = true
  FROM meetings m
 WHERE m.id = i.meeting_id AND i.role IN ('member', 'exempt') AND i.person_id IS NOT NULL
   AND EXISTS (SELECT 1 FROM memberships t WHERE t.person_id = i.person_id AND t.org_id = m.org_id AND t.kind = 'temporary'
                  AND t.started_on <= m.date AND (t.ended_on IS NULL OR t.ended_on >= m.date));
