import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { fmtDate } from '../../lib/format';
import { Chip, type Tone } from '../Tags';
import type { Task, TaskStatus } from './tasks-api';
import './followup.css';

const TONES: Record<TaskStatus, Tone> = { open: 'grey', in_progress: 'blue', done: 'green', overdue: 'red', dropped: 'amber' };

export function TaskStatusTag({ status }: { status: TaskStatus }) {
  const { t } = useTranslation();
  return <Chip tone={TONES[status]}>{t(`fu.task.status.${status}`)}</Chip>;
}

export function dueText(due: string, t: (k: string, o?: Record<string, unknown>) => string) {
  return due === 'regular' ? t('fu.task.regular') : t('fu.task.dueOn', { date: fmtDate(due) });
}

/** One task in a list: title (a link), owner, due date and status; the latest progress note under it. */
export function TaskCard({ task }: { task: Task }) {
  const { t } = useTranslation();
  return (
    <li className={`fu-card${task.status === 'overdue' ? ' fu-card-overdue' : ''}`}>
      <Link to={`/tasks/${task.id}`} className="fu-card-title">{task.title}</Link>
      <div className="fu-card-meta">
        <span>{task.owner.name}</span>
        <span>{dueText(task.due, t)}</span>
        <TaskStatusTag status={task.status} />
        {task.remedyOf ? <Chip tone="blue">{t(`sup.remedyTask.tag.${task.remedyOf.kind}`)}</Chip> : null}
      </div>
      {task.lastNote ? <p className="fu-card-note">{t('fu.task.lastNote', { date: fmtDate(task.lastNote.on), text: task.lastNote.body })}</p> : null}
    </li>
  );
}
