import { useState } from 'react';
import { Alert, Button, Form, Input, Radio } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { get } from '../../api/client';
import { DateInput } from '../../components/DateInput';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormModal } from '../../components/FormModal';
import { PageLoading } from '../../components/PageLoading';
import { PageTitle } from '../../components/PageTitle';
import { NativeSelect } from '../../components/meetings/NativeSelect';
import { TaskCard } from '../../components/followup/TaskCard';
import { PAGE_SIZE, useGiveTask, useTaskOwners, useTasks, type OwnerKind, type TaskStatus } from '../../components/followup/tasks-api';
import '../../components/meetings/meetings.css';
import { UnitCrumbs } from '../../components/UnitCrumbs';
import { useOrg } from '../../api/orgs';

const STATUSES: TaskStatus[] = ['overdue', 'open', 'in_progress', 'done', 'dropped'];
const KINDS: OwnerKind[] = ['member', 'cell', 'cell_committee', 'partner'];

/** A unit's tasks (given in its subtree or owned in it): filters by status, owner kind and due month; overdue first. */
export default function TasksPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [giving, setGiving] = useState(false);
  const status = (STATUSES as string[]).includes(params.get('status') ?? '') ? (params.get('status') as TaskStatus) : undefined;
  const ownerKind = (KINDS as string[]).includes(params.get('owner') ?? '') ? (params.get('owner') as OwnerKind) : undefined;
  const dueMonth = /^\d{4}-\d{2}$/.test(params.get('month') ?? '') ? params.get('month')! : undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const org = useOrg(id);
  const list = useTasks(id, { status, ownerKind, dueMonth, page });
  if (org.isLoading) return <PageLoading />;
  if (!org.data) return <ErrorAlert error={org.error} />;
  const o = org.data;
  const set = (k: string, v: string | null) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    if (k !== 'page') next.delete('page');
    setParams(next, { replace: true });
  };
  const title = t('fu.task.title');
  const total = list.data?.total ?? 0;
  return (
    <>
      <UnitCrumbs org={o} title={title} />
      <PageTitle
        text={`${title} — ${o.name}`}
        extra={
          o.can.manageMeetings && o.status === 'active' ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setGiving(true)}>
              {t('fu.task.give')}
            </Button>
          ) : null
        }
      >
        {title}
        <span className="mt-subtitle">{o.name}</span>
      </PageTitle>
      <div className="fu-filters" role="group" aria-label={t('fu.task.filters')}>
        <label>
          {t('fu.task.statusLabel')}
          <NativeSelect value={status ?? null} onChange={(v) => set('status', v)} placeholder={t('fu.task.allStatuses')}
            options={STATUSES.map((s) => ({ value: s, label: t(`fu.task.status.${s}`) }))} />
        </label>
        <label>
          {t('fu.task.owner')}
          <NativeSelect value={ownerKind ?? null} onChange={(v) => set('owner', v)} placeholder={t('fu.task.allOwners')}
            options={KINDS.map((k) => ({ value: k, label: t(`fu.task.ownerKind.${k}`) }))} />
        </label>
        <label>
          {t('fu.task.month')}
          <input type="month" value={dueMonth ?? ''} onChange={(e) => set('month', e.target.value || null)} />
        </label>
        {status || ownerKind || dueMonth ? (
          <Button onClick={() => setParams({}, { replace: true })} style={{ minHeight: 44 }}>{t('fu.task.clear')}</Button>
        ) : null}
      </div>
      {list.error ? <ErrorAlert error={list.error} /> : null}
      {list.data ? (
        <>
          <p className="muted" aria-live="polite">{t('fu.task.count', { count: total })}</p>
          {list.data.items.length === 0 ? <Alert type="info" title={t('fu.task.none')} /> : (
            <ul className="fu-list">{list.data.items.map((x) => <TaskCard key={x.id} task={x} />)}</ul>
          )}
          {total > PAGE_SIZE ? (
            <div className="fu-pager">
              <Button disabled={page <= 1} onClick={() => set('page', String(page - 1))}>{t('fu.task.prev')}</Button>
              <span>{page} / {Math.ceil(total / PAGE_SIZE)}</span>
              <Button disabled={page * PAGE_SIZE >= total} onClick={() => set('page', String(page + 1))}>{t('fu.task.next')}</Button>
            </div>
          ) : null}
        </>
      ) : <PageLoading />}
      {giving ? <GiveTaskModal orgId={o.id} onClose={() => setGiving(false)} /> : null}
    </>
  );
}

type GiveValues = { title: string; owner: string; dueKind: 'date' | 'regular'; due?: string };

function GiveTaskModal({ orgId, onClose }: { orgId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const owners = useTaskOwners(orgId, true);
  const give = useGiveTask(orgId);
  const [dueKind, setDueKind] = useState<'date' | 'regular'>('date');
  const options = (owners.data ?? []).map((x) => ({
    value: `${x.kind}:${x.id}`,
    label: `${x.name}${x.kind === 'member' || x.kind === 'partner' ? ` — ${x.orgName}` : ''} (${t(`fu.task.ownerKind.${x.kind}`)})`,
  }));
  return (
    <FormModal<GiveValues>
      title={t('fu.task.giveTitle')} name="give-task" okText={t('fu.task.give')} initialValues={{ dueKind: 'date' }} onClose={onClose}
      onSubmit={(v) => {
        const [kind, id] = v.owner.split(':') as [OwnerKind, string];
        return give.mutateAsync({ title: v.title, owner: { kind, id }, due: v.dueKind === 'regular' ? 'regular' : v.due! });
      }}
    >
      <Form.Item name="title" label={t('fu.task.name')} rules={[{ required: true, whitespace: true, message: t('fu.task.nameRequired') }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
      </Form.Item>
      <Form.Item name="owner" label={t('fu.task.owner')} rules={[{ required: true, message: t('fu.task.ownerRequired') }]}>
        <NativeSelect options={options} placeholder={t('common.choose')} />
      </Form.Item>
      <Form.Item name="dueKind" label={t('fu.task.dueKind')}>
        <Radio.Group onChange={(e) => setDueKind(e.target.value)} className="mt-fieldset">
          <Radio value="date">{t('fu.task.byDate')}</Radio>
          <Radio value="regular">{t('fu.task.regular')}</Radio>
        </Radio.Group>
      </Form.Item>
      {dueKind === 'date' ? (
        <Form.Item name="due" label={t('fu.task.due')} rules={[{ required: true, message: t('fu.task.dueRequired') }]}>
          <DateInput />
        </Form.Item>
      ) : null}
    </FormModal>
  );
}
