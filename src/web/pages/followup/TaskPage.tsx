import { useState } from 'react';
import { App, Button, Form, Input } from 'antd';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../components/DateInput';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormModal } from '../../components/FormModal';
import { PageLoading } from '../../components/PageLoading';
import { PageTitle } from '../../components/PageTitle';
import { Section } from '../../components/Section';
import { NativeSelect } from '../../components/meetings/NativeSelect';
import { TaskStatusTag, dueText } from '../../components/followup/TaskCard';
import { useAddNote, useEditTask, useTask, type StoredStatus, type TaskDetail } from '../../components/followup/tasks-api';
import { fmtDate } from '../../lib/format';
import { todayVn } from '../../../domain/dates';
import '../../components/followup/followup.css';

const STORED: StoredStatus[] = ['open', 'in_progress', 'done', 'dropped'];

/** One task: who, by when, given by whom; its dated progress notes; recording progress (and, for the giver, editing it). */
export default function TaskPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const task = useTask(id);
  const [noting, setNoting] = useState(false);
  const [editing, setEditing] = useState(false);
  if (task.isLoading) return <PageLoading />;
  if (!task.data) return <ErrorAlert error={task.error} />;
  const x = task.data;
  const home = x.owner.orgId;
  return (
    <>
      <nav aria-label={t('org.breadcrumb')}>
        <ol className="crumbs">
          <li>
            <Link to={`/orgs/${home}`}>{x.owner.orgName}</Link>
          </li>
          <li>
            <Link to={`/orgs/${home}/tasks`}>{t('fu.task.backToList')}</Link>
          </li>
        </ol>
      </nav>
      <PageTitle text={x.title}>{x.title}</PageTitle>
      <dl className="fu-facts">
        <dt>{t('fu.task.statusLabel')}</dt>
        <dd><TaskStatusTag status={x.status} /></dd>
        <dt>{t('fu.task.owner')}</dt>
        <dd>{x.owner.name}{x.owner.kind !== 'cell' ? ` — ${x.owner.orgName}` : ''}</dd>
        <dt>{t('fu.task.due')}</dt>
        <dd>{dueText(x.due, t)}</dd>
        <dt>{t('fu.task.giver')}</dt>
        <dd>
          {x.giver.orgName} —{' '}
          {x.giver.meetingId ? (
            <Link to={`/meetings/${x.giver.meetingId}`}>{t('fu.task.fromMeeting', { date: fmtDate(x.giver.meetingDate) })}</Link>
          ) : x.remedyOf ? (
            <Link to={`/supervision/${x.remedyOf.itemId}`}>{t(`sup.remedyTask.from.${x.remedyOf.kind}`)}</Link>
          ) : t('fu.task.fromCommittee')}
          {x.remedyOf ? <div className="muted">{t(`sup.remedyTask.status.${x.remedyOf.remedyStatus}`)}</div> : null}
        </dd>
        {x.doneOn ? (<><dt /><dd>{t('fu.task.doneOn', { date: fmtDate(x.doneOn) })}</dd></>) : null}
        {x.dropReason ? (<><dt /><dd>{t('fu.task.droppedBecause', { reason: x.dropReason })}</dd></>) : null}
      </dl>
      <div className="fu-actions">
        <Button type="primary" onClick={() => setNoting(true)}>{t('fu.task.addNote')}</Button>
        {x.canEdit ? <Button onClick={() => setEditing(true)}>{t('fu.task.edit')}</Button> : null}
      </div>
      <Section title={t('fu.task.progress')}>
        {x.notes.length === 0 ? <p className="muted">{t('fu.task.noNotes')}</p> : (
          <ol className="fu-notes">
            {x.notes.map((n) => (
              <li key={n.id}>
                <div className="fu-note-head">
                  <strong>{fmtDate(n.on)}</strong>
                  {n.meetingId ? <Link to={`/meetings/${n.meetingId}`}>{t('fu.task.atMeeting', { date: fmtDate(n.meetingDate) })}</Link> : null}
                  {n.status ? <TaskStatusTag status={n.status} /> : null}
                  {n.author ? <span>{n.author}</span> : null}
                </div>
                <div>{n.body}</div>
              </li>
            ))}
          </ol>
        )}
      </Section>
      {noting ? <NoteModal task={x} onClose={() => setNoting(false)} /> : null}
      {editing ? <EditModal task={x} onClose={() => setEditing(false)} /> : null}
    </>
  );
}

type NoteValues = { body?: string; status?: StoredStatus | null; dropReason?: string; on?: string };

function NoteModal({ task, onClose }: { task: TaskDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const add = useAddNote(task.id);
  const [status, setStatus] = useState<StoredStatus | null>(null);
  return (
    <FormModal<NoteValues>
      title={t('fu.task.addNote')} name="task-note" initialValues={{ on: todayVn() }} onClose={onClose}
      onSubmit={async (v) => {
        await add.mutateAsync({ body: v.body?.trim() ?? '', ...(v.status ? { status: v.status } : {}), ...(v.dropReason ? { dropReason: v.dropReason } : {}), ...(v.on ? { on: v.on } : {}) });
        void message.success(t('common.saved'));
      }}
    >
      <Form.Item name="status" label={t('fu.task.newStatus')}>
        <NativeSelect placeholder={t('fu.task.keepStatus')} onChange={(v) => setStatus(v as StoredStatus | null)}
          options={STORED.filter((s) => s !== (task.status === 'overdue' ? 'x' : task.status)).map((s) => ({ value: s, label: t(`fu.task.status.${s}`) }))} />
      </Form.Item>
      {status === 'dropped' ? (
        <Form.Item name="dropReason" label={t('fu.task.dropReason')} rules={[{ required: true, whitespace: true, message: t('fu.task.dropReasonRequired') }]}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} />
        </Form.Item>
      ) : null}
      <Form.Item name="body" label={t('fu.task.noteText')}
        rules={status === 'dropped' ? [] : [{ required: true, whitespace: true, message: t('fu.task.noteRequired') }]}>
        <Input.TextArea autoSize={{ minRows: 3 }} maxLength={2000} />
      </Form.Item>
      <Form.Item name="on" label={t('fu.task.noteOn')}>
        <DateInput />
      </Form.Item>
    </FormModal>
  );
}

type EditValues = { title: string; regular: 'date' | 'regular'; due?: string };

function EditModal({ task, onClose }: { task: TaskDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const edit = useEditTask(task.id);
  return (
    <FormModal<EditValues>
      title={t('fu.task.edit')} name="task-edit" onClose={onClose}
      initialValues={{ title: task.title, regular: task.due === 'regular' ? 'regular' : 'date', due: task.due === 'regular' ? undefined : task.due }}
      onSubmit={(v) => edit.mutateAsync({ title: v.title, due: v.regular === 'regular' ? 'regular' : v.due })}
    >
      <Form.Item name="title" label={t('fu.task.name')} rules={[{ required: true, whitespace: true, message: t('fu.task.nameRequired') }]}>
        <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} />
      </Form.Item>
      <Form.Item name="regular" label={t('fu.task.dueKind')}>
        <NativeSelect placeholder={t('common.choose')} options={[{ value: 'date', label: t('fu.task.byDate') }, { value: 'regular', label: t('fu.task.regular') }]} />
      </Form.Item>
      <Form.Item name="due" label={t('fu.task.due')}>
        <DateInput />
      </Form.Item>
    </FormModal>
  );
}
