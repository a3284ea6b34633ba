-- chibo cell meetings: schedule, preparation (HD 42-HD/BTCTW), agenda, invitations, roll call, speeches,
-- votes, party dues, quality scores, approved minutes (immutable versions) and document numbers.
-- Runs unchanged on PGlite and PostgreSQL 15.

-- Scoring schemes are data, versioned; one per meeting type. The built-in ones are inserted by the
-- application (src/server/modules/meetings/scoring.ts) from src/domain/meetings/scoring-schemes.ts.
CREATE TABLE scoring_schemes (
  id text NOT NULL,
  version integer NOT NULL CHECK (version >= 1),
  name text NOT NULL,
  meeting_types text[] NOT NULL,
  body jsonb NOT NULL,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (id, version)
);

-- One meeting of a unit. Regular meetings planned from the unit's rule keep original_date (the rule's
-- date for that month) so that a moved meeting still belongs to its month. Times are Vietnam wall-clock
-- 'HH:mm' on the meeting's date.
CREATE TABLE meetings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES orgs(id),
  type text NOT NULL CHECK (type IN ('regular', 'thematic', 'combined', 'expanded', 'extraordinary')),
  topic text,
  original_date date,
  date date NOT NULL,
  start_time text NOT NULL CHECK (start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  end_time text CHECK (end_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  location text,
  status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'moved', 'cancelled', 'held', 'approved')),
  move_reason text,
  cancel_reason text,
  chair_id uuid REFERENCES people(id),
  recorder_id uuid REFERENCES people(id),
  notice_sent_at timestamptz,
  documents_ready_at timestamptz,
  -- The unit's quorum setting when the meeting was planned (a local rule; default 2/3).
  quorum_num integer NOT NULL DEFAULT 2 CHECK (quorum_num > 0),
  quorum_den integer NOT NULL DEFAULT 3 CHECK (quorum_den > 0 AND quorum_num <= quorum_den),
  -- Documents used at the meeting (HD 16 part 1): a list of strings.
  documents jsonb NOT NULL DEFAULT '[]'::jsonb,
  -- The resolution's own parts: { title, results[], shortcomings[], tasks[], implementation[] }.
  resolution jsonb NOT NULL DEFAULT '{}'::jsonb,
  -- Set while an approved meeting is being corrected; the next approval records it as the reason.
  correction_reason text,
  checkin_token text UNIQUE,
  created_by uuid REFERENCES accounts(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (status <> 'cancelled' OR cancel_reason IS NOT NULL),
  CHECK (status <> 'moved' OR move_reason IS NOT NULL)
);
CREATE INDEX meetings_org_date_idx ON meetings (org_id, date);
CREATE INDEX meetings_date_idx ON meetings (date);

-- Preparation checklist (HD 42-HD/BTCTW): who prepares the content and the draft resolution, the cell
-- committee's preparatory meeting, content agreed. Notice and documents are on the meeting itself.
CREATE TABLE meeting_preparation (
  meeting_id uuid PRIMARY KEY REFERENCES meetings(id) ON DELETE CASCADE,
  content_preparer_id uuid REFERENCES people(id),
  resolution_preparer_id uuid REFERENCES people(id),
  committee_meeting_on date,
  content_agreed_at timestamptz,
  note text,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE agenda_items (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  meeting_id uuid NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  position integer NOT NULL,
  template_key text,
  title text NOT NULL,
  content text NOT NULL DEFAULT '',
  conclusion text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX agenda_items_meeting_idx ON agenda_items (meeting_id, position);

-- Who is summoned: the cell's members (exempt members listed as 'exempt', not invited), the committee
-- member in charge ('overseer'), and guests (a partner unit's contact, a person, or a free name).
CREATE TABLE invitations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  meeting_id uuid NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('member', 'exempt', 'overseer', 'guest')),
  person_id uuid REFERENCES people(id),
  partner_unit_id uuid REFERENCES partner_units(id),
  name text NOT NULL,
  title text,
  -- Snapshot of the member's standing and state when invited: the roll call counts from these.
  standing text CHECK (standing IN ('official', 'probationary')),
  member_state text CHECK (member_state IN ('active', 'exempt', 'temp_exempt')),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX invitations_person_unique ON invitations (meeting_id, person_id) WHERE person_id IS NOT NULL;
CREATE INDEX invitations_person_idx ON invitations (person_id);

CREATE TABLE attendance (
  invitation_id uuid PRIMARY KEY REFERENCES invitations(id) ON DELETE CASCADE,
  meeting_id uuid NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  status text NOT NULL CHECK (status IN ('present', 'late', 'left_early', 'absent_excused', 'absent_unexcused')),
  reason text,
  method text NOT NULL DEFAULT 'manual' CHECK (method IN ('manual', 'qr')),
  recorded_by uuid REFERENCES accounts(id),
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX attendance_meeting_idx ON attendance (meeting_id);

CREATE TABLE speeches (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  meeting_id uuid NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  agenda_item_id uuid NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
  speaker_person_id uuid REFERENCES people(id),
  speaker_name text NOT NULL,
  gist text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX speeches_meeting_idx ON speeches (meeting_id, created_at);

CREATE TABLE votes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  meeting_id uuid NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  agenda_item_id uuid REFERENCES agenda_items(id) ON DELETE SET NULL,
  subject text NOT NULL,
  method text NOT NULL CHECK (method IN ('show_of_hands', 'ballot', 'electronic')),
  base integer NOT NULL CHECK (base >= 0),
  eligible integer NOT NULL CHECK (eligible >= 0),
  votes_for integer NOT NULL CHECK (votes_for >= 0),
  votes_against integer NOT NULL CHECK (votes_against >= 0),
  votes_other integer NOT NULL CHECK (votes_other >= 0),
  passed boolean NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (votes_for + votes_against + votes_other <= eligible)
);
CREATE INDEX votes_meeting_idx ON votes (meeting_id);

CREATE TABLE dues_payments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  meeting_id uuid NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  person_id uuid NOT NULL REFERENCES people(id),
  amount_paid integer NOT NULL CHECK (amount_paid >= 0),
  expected integer CHECK (expected >= 0),
  note text,
  recorded_by uuid REFERENCES accounts(id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (meeting_id, person_id)
);
CREATE INDEX dues_payments_person_idx ON dues_payments (person_id);

-- The cell proposes the score; the upper-level committee member who attended confirms it.
CREATE TABLE meeting_scores (
  meeting_id uuid PRIMARY KEY REFERENCES meetings(id) ON DELETE CASCADE,
  scheme_id text NOT NULL,
  scheme_version integer NOT NULL,
  points jsonb NOT NULL,
  total numeric NOT NULL,
  level text NOT NULL CHECK (level IN ('tot', 'kha', 'trung_binh', 'kem')),
  proposed_by uuid REFERENCES accounts(id),
  proposed_at timestamptz NOT NULL DEFAULT now(),
  confirmed_by uuid REFERENCES accounts(id),
  confirmed_at timestamptz,
  comment text,
  FOREIGN KEY (scheme_id, scheme_version) REFERENCES scoring_schemes(id, version)
);

-- Approved minutes: each approval stores what was approved, never changed afterwards. Version 1 is the
-- original; a correction is a new version with who and why.
CREATE TABLE minutes_versions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  meeting_id uuid NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  version integer NOT NULL CHECK (version >= 1),
  snapshot jsonb NOT NULL,
  approved_at timestamptz NOT NULL DEFAULT now(),
  approved_by uuid REFERENCES accounts(id),
  correction_reason text,
  UNIQUE (meeting_id, version),
  CHECK (version = 1 OR correction_reason IS NOT NULL)
);

-- Document numbers per unit, type and sequence scope ('year:2022' or 'term:2025-07-01'). A number is
-- issued once: voiding keeps the row, so the unique constraint stops it from ever being reused.
CREATE TABLE document_numbers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES orgs(id),
  doc_type text NOT NULL CHECK (doc_type IN ('BB', 'NQ')),
  scope_key text NOT NULL,
  seq integer NOT NULL CHECK (seq >= 1),
  meeting_id uuid REFERENCES meetings(id),
  issued_at timestamptz NOT NULL DEFAULT now(),
  voided_at timestamptz,
  void_reason text,
  UNIQUE (org_id, doc_type, scope_key, seq)
);
CREATE UNIQUE INDEX document_numbers_meeting_unique ON document_numbers (meeting_id, doc_type) WHERE voided_at IS NULL;

-- Secret calendar feed tokens (iCalendar) for a person or a unit; the token is stored hashed.
CREATE TABLE calendar_feeds (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  token_hash text NOT NULL UNIQUE,
  kind text NOT NULL CHECK (kind IN ('person', 'org')),
  subject_id uuid NOT NULL,
  account_id uuid NOT NULL REFERENCES accounts(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);
