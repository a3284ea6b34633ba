-- Criticism, self-criticism, review and ranking at the year's end (QĐ 366-QĐ/TW 2025, HD 43-HD/BTCTW 2025): each
-- member's self-review, the cell's comments and proposed level, the committee's decision; cells and cell committees
-- reviewed and ranked by the commune. One review per subject and year; kept per year once decided.
CREATE TABLE review_settings (
  org_id uuid PRIMARY KEY REFERENCES orgs(id),
  -- HD 21-HD/BTCTW 2019 (not confirmed for QĐ 366): "xuất sắc" at most this share of those rated at least "tốt".
  excellent_quota_percent integer NOT NULL DEFAULT 20 CHECK (excellent_quota_percent BETWEEN 0 AND 100),
  updated_by uuid REFERENCES accounts(id),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE reviews (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The grassroots committee that decides (the commune); the quota counts within it.
  org_id uuid NOT NULL REFERENCES orgs(id),
  year integer NOT NULL CHECK (year BETWEEN 1930 AND 2200),
  subject_kind text NOT NULL CHECK (subject_kind IN ('member', 'cell', 'cell_committee')),
  subject_org_id uuid NOT NULL REFERENCES orgs(id),
  subject_person_id uuid REFERENCES people(id),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'self_done', 'proposed', 'decided')),
  -- The year's facts from chibo's records, taken when the review opened and refreshed until the self-review.
  facts jsonb NOT NULL DEFAULT '{}'::jsonb,
  self_text text,
  self_score integer CHECK (self_score BETWEEN 0 AND 100),
  self_level text CHECK (self_level IN ('excellent', 'good', 'completed', 'not_completed')),
  self_at timestamptz,
  comments text,
  proposed_score integer CHECK (proposed_score BETWEEN 0 AND 100),
  proposed_level text CHECK (proposed_level IN ('excellent', 'good', 'completed', 'not_completed')),
  proposal_reason text,
  proposed_at timestamptz,
  decided_level text CHECK (decided_level IN ('excellent', 'good', 'completed', 'not_completed')),
  decision_note text,
  decision_reason text,
  decided_by uuid REFERENCES accounts(id),
  decided_at timestamptz,
  created_by uuid REFERENCES accounts(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((subject_kind = 'member') = (subject_person_id IS NOT NULL)),
  CHECK (status <> 'decided' OR decided_level IS NOT NULL)
);
CREATE UNIQUE INDEX reviews_subject_year ON reviews (year, subject_kind, subject_org_id, coalesce(subject_person_id, '00000000-0000-0000-0000-000000000000'::uuid));
CREATE INDEX reviews_org_year_idx ON reviews (org_id, year);
