-- A remedy required by an inspection or supervision conclusion (QĐ 296-QĐ/TW 2025: the subject remedies its
-- shortcomings by a deadline, the committee verifies) is followed as a task: it shows in the owner's task list,
-- falls overdue, takes progress notes, and the cell's next meeting reviews it like any other task.
ALTER TABLE supervision_remedies ADD COLUMN task_id uuid REFERENCES tasks(id);
CREATE UNIQUE INDEX supervision_remedies_task_unique ON supervision_remedies (task_id) WHERE task_id IS NOT NULL;

-- Remedies written before this link get their task now (the task takes the remedy's id): given by the committee
-- that ran the item, owned by the member named as owner, else by the subject (member, the cell's committee, the cell).
INSERT INTO tasks (id, org_id, title, owner_kind, owner_org_id, owner_person_id, owner_label, due_on, status, done_on, created_by, created_at)
SELECT r.id, s.org_id, r.content,
       CASE WHEN coalesce(r.owner_person_id, s.subject_person_id) IS NOT NULL THEN 'member'
            WHEN s.subject_kind = 'cell_committee' THEN 'cell_committee' ELSE 'cell' END,
       coalesce((SELECT ms.org_id FROM memberships ms WHERE ms.person_id = coalesce(r.owner_person_id, s.subject_person_id)
                  ORDER BY ms.ended_on IS NULL DESC, ms.started_on DESC LIMIT 1), s.subject_org_id),
       coalesce(r.owner_person_id, s.subject_person_id), r.owner_name, r.due_on,
       CASE WHEN r.status = 'open' THEN 'open' ELSE 'done' END,
       CASE WHEN r.status = 'open' THEN NULL ELSE (r.reported_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date END,
       s.created_by, r.created_at
  FROM supervision_remedies r JOIN supervision_items s ON s.id = r.item_id WHERE r.task_id IS NULL;
UPDATE supervision_remedies SET task_id = id WHERE task_id IS NULL;
