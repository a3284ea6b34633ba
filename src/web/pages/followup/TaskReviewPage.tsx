import { useState } from 'react';
import { Alert, App, Button, Input } from 'antd';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoading } from '../../components/PageLoading';
import { PageTitle } from '../../components/PageTitle';
import { NativeSelect } from '../../components/meetings/NativeSelect';
import { useMeeting } from '../../components/meetings/api';
import { TaskStatusTag, dueText } from '../../components/followup/TaskCard';
import { useSaveReview, useTaskReview, type StoredStatus } from '../../components/followup/tasks-api';
import { fmtDate } from '../../lib/format';
import '../../components/followup/followup.css';

const STORED: StoredStatus[] = ['open', 'in_progress', 'done', 'dropped'];
type Said = { body: string; status: StoredStatus | null; dropReason: string };
const UNSAID: Said = { body: '', status: null, dropReason: '' };

/**
 * The monthly review item of a meeting: the tasks due or changed since the last meeting with their status; what the
 * cell says about each is saved as the task's progress note, dated the meeting's day.
 */
export default function TaskReviewPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const meeting = useMeeting(id);
  const review = useTaskReview(id);
  const save = useSaveReview(id);
  // What the cell says, by task, until it is saved: a refresh of the list (the connection coming back, a task changed
  // elsewhere) keeps it; only the secretary's own save clears it (it is then the tasks' notes).
  const [said, setSaid] = useState<Record<string, Said>>({});
  const saidOf = (taskId: string): Said => said[taskId] ?? UNSAID;
  if (meeting.isLoading || review.isLoading) return <PageLoading />;
  if (!meeting.data || !review.data) return <ErrorAlert error={meeting.error ?? review.error} />;
  const m = meeting.data;
  const held = m.status === 'held' || m.status === 'approved';
  const canSave = m.can.manage && held;
  const title = t('fu.task.review.title');
  const change = (taskId: string, p: Partial<Said>) => setSaid((s) => ({ ...s, [taskId]: { ...(s[taskId] ?? UNSAID), ...p } }));
  const submit = async () => {
    const listed = new Set(review.data.items.map((x) => x.task.id));
    const items = Object.entries(said).filter(([taskId, v]) => listed.has(taskId) && (v.body.trim() || v.status))
      .map(([taskId, v]) => ({ taskId, body: v.body, ...(v.status ? { status: v.status } : {}), ...(v.status === 'dropped' ? { dropReason: v.dropReason } : {}) }));
    await save.mutateAsync(items);
    setSaid({});
    void message.success(t('fu.task.review.saved'));
  };
  return (
    <>
      <nav aria-label={t('org.breadcrumb')}>
        <ol className="crumbs">
          <li><Link to={`/orgs/${m.orgId}`}>{m.orgName}</Link></li>
          <li><Link to={`/meetings/${m.id}`}>{fmtDate(m.date)}</Link></li>
          <li aria-current="page">{title}</li>
        </ol>
      </nav>
      <PageTitle text={`${title} — ${m.orgName}`}>
        {title}
        <span className="mt-subtitle">{m.orgName} — {fmtDate(m.date)}</span>
      </PageTitle>
      <p className="muted">{review.data.since ? t('fu.task.review.since', { date: fmtDate(review.data.since) }) : t('fu.task.review.sinceNone')}</p>
      {!held && m.can.manage ? <Alert type="info" showIcon title={t('fu.task.review.notHeld')} style={{ marginBottom: 12 }} /> : null}
      {review.data.items.length === 0 ? <Alert type="info" title={t('fu.task.review.none')} /> : (
        <ol className="fu-list">
          {review.data.items.map(({ task, note }) => (
            <li key={task.id} className="fu-review-item">
              <Link to={`/tasks/${task.id}`} className="fu-card-title">{task.title}</Link>
              <div className="fu-card-meta">
                <span>{task.owner.name}</span>
                <span>{dueText(task.due, t)}</span>
                <TaskStatusTag status={task.status} />
              </div>
              {note ? <p className="fu-card-note">{t('fu.task.review.recorded', { text: note })}</p> : null}
              {canSave ? (
                <>
                  <label>
                    {t('fu.task.review.said')}
                    <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} value={saidOf(task.id).body}
                      onChange={(e) => change(task.id, { body: e.target.value })} />
                  </label>
                  <label>
                    {t('fu.task.newStatus')}
                    <NativeSelect value={saidOf(task.id).status} placeholder={t('fu.task.keepStatus')}
                      onChange={(v) => change(task.id, { status: v as StoredStatus | null })}
                      options={STORED.map((s) => ({ value: s, label: t(`fu.task.status.${s}`) }))} />
                  </label>
                  {saidOf(task.id).status === 'dropped' ? (
                    <label>
                      {t('fu.task.dropReason')}
                      <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} value={saidOf(task.id).dropReason}
                        onChange={(e) => change(task.id, { dropReason: e.target.value })} />
                    </label>
                  ) : null}
                </>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {save.error ? <ErrorAlert error={save.error} style={{ marginTop: 12 }} /> : null}
      {canSave && review.data.items.length ? (
        <div className="fu-actions">
          <Button type="primary" loading={save.isPending} onClick={() => void submit().catch(() => undefined)}>{t('fu.task.review.save')}</Button>
        </div>
      ) : null}
    </>
  );
}
