-- chibo meeting rules: votes that follow the roll call, resolutions only when adopted, recording before
-- the meeting's day, moves of held meetings, suspended members, declared dues bases, score confirmations.
-- Runs unchanged on PGlite and PostgreSQL 15.

-- A vote's base, eligible voters and result are computed from the roll call as it stands (the stored
-- columns are refreshed on every roll-call change); a vote that outgrows a later roll call is refused
-- at approval, with its name, instead of by a constraint at insert time.
ALTER TABLE votes DROP CONSTRAINT IF EXISTS votes_check;

-- The vote on the meeting's resolution (Charter art. 9: more than half of the official members summoned).
ALTER TABLE votes ADD COLUMN is_resolution boolean NOT NULL DEFAULT false;

-- An explicit "no resolution this month": the minutes say so and no NQ number is taken.
ALTER TABLE meetings ADD COLUMN no_resolution boolean NOT NULL DEFAULT false;

-- Roll call, minutes or approval recorded before the meeting's day need a reason, kept here.
ALTER TABLE meetings ADD COLUMN early_reason text;

-- Every move of a meeting, with its reason; a held meeting keeps its history when it is re-dated.
CREATE TABLE meeting_moves (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  meeting_id uuid NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  from_date date NOT NULL,
  to_date date NOT NULL,
  from_time text,
  to_time text,
  reason text NOT NULL,
  status_at_move text NOT NULL,
  moved_by uuid REFERENCES accounts(id),
  moved_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX meeting_moves_meeting_idx ON meeting_moves (meeting_id, moved_at);

-- A suspended member (đình chỉ sinh hoạt) stays in the cell but out of its voting base.
ALTER TABLE members DROP CONSTRAINT IF EXISTS members_state_check;
ALTER TABLE members ADD CONSTRAINT members_state_check
  CHECK (state IN ('active', 'exempt', 'temp_exempt', 'suspended', 'transferred_out', 'deceased', 'removed'));

-- A roster row may now say why a member of the cell is not summoned to it: exempt, temporarily exempt,
-- suspended, or attending temporarily in another cell (sinh hoạt tạm thời: expected there, not at home).
ALTER TABLE invitations DROP CONSTRAINT IF EXISTS invitations_member_state_check;
ALTER TABLE invitations ADD CONSTRAINT invitations_member_state_check
  CHECK (member_state IN ('active', 'exempt', 'temp_exempt', 'suspended', 'elsewhere'));

-- The salary or pension a salaried member or pensioner declares for party dues (QĐ 342-QĐ/TW), in đồng.
ALTER TABLE members ADD COLUMN dues_base integer CHECK (dues_base >= 0);

-- A commune leader confirming a score when no committee member in charge attended records why.
ALTER TABLE meeting_scores ADD COLUMN confirm_reason text;

-- Scoring schemes written by a unit (null: built in).
ALTER TABLE scoring_schemes ADD COLUMN org_id uuid REFERENCES orgs(id);
