-- Monthly reports: each cell, and each partner unit with tasks, reports once a month on its tasks, difficulties
-- and proposals. A partner unit's report may be entered for it by the cell's secretary (entered_by_secretary).
CREATE TABLE monthly_reports (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES orgs(id),
  partner_unit_id uuid REFERENCES partner_units(id),
  month text NOT NULL CHECK (month ~ '^\d{4}-(0[1-9]|1[0-2])$'),
  due_on date NOT NULL,
  submitted_on date NOT NULL,
  submitted_at timestamptz NOT NULL DEFAULT now(),
  submitted_by uuid REFERENCES accounts(id),
  entered_by_secretary boolean NOT NULL DEFAULT false,
  difficulties text NOT NULL DEFAULT '',
  proposals text NOT NULL DEFAULT '',
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX monthly_reports_unit_month ON monthly_reports (org_id, coalesce(partner_unit_id, '00000000-0000-0000-0000-000000000000'::uuid), month);
CREATE INDEX monthly_reports_month_idx ON monthly_reports (month);

CREATE TABLE monthly_report_items (
  report_id uuid NOT NULL REFERENCES monthly_reports(id) ON DELETE CASCADE,
  task_id uuid NOT NULL REFERENCES tasks(id),
  result text NOT NULL,
  status text CHECK (status IN ('open', 'in_progress', 'done', 'dropped')),
  PRIMARY KEY (report_id, task_id)
);
