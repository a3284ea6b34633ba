-- Each cell's annual activity plan (DOMAIN.md "Follow-through"): the month-by-month focus, a thematic topic for
-- each quarter, and targets. The cell drafts and submits; the commune approves; an approved plan changes only
-- after the commune reopens it (with a reason).
CREATE TABLE activity_plans (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES orgs(id),
  year integer NOT NULL CHECK (year BETWEEN 1930 AND 2200),
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'approved')),
  -- [{ "month": 1..12, "focus": "…" }]
  months jsonb NOT NULL DEFAULT '[]'::jsonb,
  -- [{ "quarter": 1..4, "thematicTopic": "…", "month": 1..12 | null }]
  quarters jsonb NOT NULL DEFAULT '[]'::jsonb,
  -- { "attendanceRate": %, "regularMeetings": n, "thematicMeetings": n, "newMembers": n, "other": "…" }
  targets jsonb NOT NULL DEFAULT '{}'::jsonb,
  submitted_at timestamptz,
  approved_at timestamptz,
  approved_by uuid REFERENCES accounts(id),
  approval_note text,
  reopened_at timestamptz,
  reopen_reason text,
  updated_by uuid REFERENCES accounts(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, year)
);
