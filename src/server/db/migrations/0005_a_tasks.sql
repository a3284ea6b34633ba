-- Tasks that follow a meeting: given by a cell's resolution (meeting_id set, tracked when the minutes are
-- approved) or directly by a committee, owned by a member, a cell, a cell committee or a partner unit.
-- 'overdue' is not stored: it is an open or in-progress task whose due date has passed (due_on NULL: regular).
CREATE TABLE tasks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES orgs(id),
  meeting_id uuid REFERENCES meetings(id),
  title text NOT NULL,
  owner_kind text NOT NULL CHECK (owner_kind IN ('member', 'cell', 'cell_committee', 'partner')),
  -- The unit the owner belongs to: the cell itself, the member's cell, the partner unit's cell (or commune).
  owner_org_id uuid NOT NULL REFERENCES orgs(id),
  owner_person_id uuid REFERENCES people(id),
  owner_partner_id uuid REFERENCES partner_units(id),
  -- The words of the resolution ("Chi hội Phụ nữ", "đồng chí Lò Văn Minh"), kept as written.
  owner_label text,
  due_on date,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done', 'dropped')),
  drop_reason text,
  done_on date,
  created_by uuid REFERENCES accounts(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((owner_kind = 'member') = (owner_person_id IS NOT NULL)),
  CHECK ((owner_kind = 'partner') = (owner_partner_id IS NOT NULL)),
  CHECK (status <> 'dropped' OR drop_reason IS NOT NULL)
);
CREATE INDEX tasks_org_idx ON tasks (org_id);
CREATE INDEX tasks_owner_org_idx ON tasks (owner_org_id);
CREATE INDEX tasks_due_idx ON tasks (due_on) WHERE status IN ('open', 'in_progress');
-- A resolution's task is tracked once, even when corrected minutes are approved again.
CREATE UNIQUE INDEX tasks_from_resolution ON tasks (meeting_id, title, coalesce(owner_label, '')) WHERE meeting_id IS NOT NULL;

-- Dated progress notes; a note taken at a meeting's review carries the meeting.
CREATE TABLE task_notes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  task_id uuid NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  noted_on date NOT NULL,
  body text NOT NULL,
  status text CHECK (status IN ('open', 'in_progress', 'done', 'dropped')),
  meeting_id uuid REFERENCES meetings(id),
  author_id uuid REFERENCES accounts(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX task_notes_task_idx ON task_notes (task_id, noted_on);
