-- Inspection and thematic supervision (QĐ 296-QĐ/TW 2025): the committee's annual programme; each item
-- goes decision and plan → the subject's own report → the team's findings → conclusion and its written
-- notice → remedies with owners and deadlines → the committee verifies each remedy.
CREATE TABLE supervision_items (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES orgs(id),
  year integer NOT NULL CHECK (year BETWEEN 1930 AND 2200),
  kind text NOT NULL CHECK (kind IN ('inspection', 'supervision')),
  subject_kind text NOT NULL CHECK (subject_kind IN ('cell', 'cell_committee', 'member')),
  -- The cell (for a member: the cell the member belonged to when the item was created).
  subject_org_id uuid NOT NULL REFERENCES orgs(id),
  subject_person_id uuid REFERENCES people(id),
  content text NOT NULL,
  period_from date NOT NULL,
  period_to date NOT NULL,
  lead_person_id uuid REFERENCES people(id),
  team jsonb NOT NULL DEFAULT '[]'::jsonb,
  status text NOT NULL DEFAULT 'planned'
    CHECK (status IN ('planned', 'decided', 'reported', 'findings', 'concluded', 'verified')),
  decision_no integer,
  decision_date date,
  plan text,
  report text,
  report_date date,
  findings text,
  findings_date date,
  conclusion_strengths text,
  conclusion_shortcomings text,
  conclusion_requests text,
  notice_no integer,
  notice_date date,
  verified_at timestamptz,
  created_by uuid REFERENCES accounts(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (period_from <= period_to),
  CHECK (subject_kind <> 'member' OR subject_person_id IS NOT NULL)
);
CREATE INDEX supervision_items_org_year_idx ON supervision_items (org_id, year);
CREATE INDEX supervision_items_subject_idx ON supervision_items (subject_org_id);
CREATE UNIQUE INDEX supervision_decision_no_unique ON supervision_items (org_id, year, decision_no) WHERE decision_no IS NOT NULL;
CREATE UNIQUE INDEX supervision_notice_no_unique ON supervision_items (org_id, year, notice_no) WHERE notice_no IS NOT NULL;

-- Remedies of the shortcomings a conclusion found: owner, deadline, the owner's report that it is done,
-- and the committee's verification (never before the report).
CREATE TABLE supervision_remedies (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  item_id uuid NOT NULL REFERENCES supervision_items(id) ON DELETE CASCADE,
  position integer NOT NULL,
  content text NOT NULL,
  owner_person_id uuid REFERENCES people(id),
  owner_name text NOT NULL,
  due_on date NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'reported', 'verified')),
  done_note text,
  reported_at timestamptz,
  reported_by uuid REFERENCES accounts(id),
  verification_note text,
  verified_at timestamptz,
  verified_by uuid REFERENCES accounts(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (status = 'open' OR reported_at IS NOT NULL),
  CHECK (status <> 'verified' OR verified_at IS NOT NULL)
);
CREATE INDEX supervision_remedies_item_idx ON supervision_remedies (item_id, position);
