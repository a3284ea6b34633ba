import { Alert, Button, Checkbox, Form, Input } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ErrorAlert';
import { Section } from '../../Section';
import { meetingCalls, useMeetingAction, type Meeting, type Task } from '../api';
import { Downloads } from './Downloads';
import type { StepProps } from './common';
import { formatDueVi, parseTaskDueInput } from '../../../../domain/dates';

type Values = { title?: string; results: string[]; shortcomings: string[]; tasks: Task[]; implementation: string[]; noResolution: boolean };

/** Whether the meeting has a resolution: adopted by a resolution vote that passed, failed, none this month, or not voted yet. */
function ResolutionState({ m }: { m: Meeting }) {
  const { t } = useTranslation();
  const s = m.resolutionStatus;
  return <Alert className="mt-inline-alert" showIcon type={s === 'adopted' ? 'success' : s === 'failed' ? 'warning' : 'info'} message={t(`rules.resolution.status.${s}`)} />;
}

/** Nghị quyết: results and shortcomings of last month, the tasks (what, who, by when) and how they will be carried out. */
export function ResolutionStep({ m, readOnly }: StepProps) {
  const { t } = useTranslation();
  const a = useMeetingAction(m.id);
  const r = m.resolution;
  const initial: Values = {
    title: r.title ?? '', results: r.results.length ? r.results : [''], shortcomings: r.shortcomings.length ? r.shortcomings : [''],
    tasks: r.tasks.length ? r.tasks.map((x) => ({ ...x, due: x.due ? formatDueVi(x.due) : '' })) : [{ content: '', assignee: '', due: '' }], implementation: r.implementation.length ? r.implementation : [''],
    noResolution: m.noResolution,
  };
  if (readOnly) return <ReadOnlyResolution m={m} />;
  const list = (name: 'results' | 'shortcomings' | 'implementation', title: string, itemLabel: string) => (
    <Section title={title} level={3}>
      <Form.List name={name}>
        {(fields, { add, remove }) => (
          <>
            {fields.map((f, i) => (
              <div key={f.key} className="mt-list-row">
                <Form.Item name={f.name} label={`${itemLabel} ${i + 1}`} className="mt-grow">
                  <Input.TextArea autoSize={{ minRows: 1, maxRows: 8 }} />
                </Form.Item>
                <Button type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={`${t('mtg.res.remove')} ${itemLabel} ${i + 1}`} onClick={() => remove(f.name)} />
              </div>
            ))}
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => add('')}>
              {t('mtg.res.addLine')}
              <span className="visually-hidden"> — {title}</span>
            </Button>
          </>
        )}
      </Form.List>
    </Section>
  );
  return (
    <>
      <ResolutionState m={m} />
      <ErrorAlert error={a.error} />
      <Form<Values>
        key={JSON.stringify(initial)}
        name="resolution"
        layout="vertical"
        initialValues={initial}
        disabled={a.busy}
        onFinish={(v) =>
          a.run(() =>
            meetingCalls.resolution(m.id, {
              title: v.title?.trim() ?? '',
              results: v.results.map((x) => x ?? ''),
              shortcomings: v.shortcomings.map((x) => x ?? ''),
              implementation: v.implementation.map((x) => x ?? ''),
              tasks: v.tasks
                .filter((x) => x?.content?.trim())
                .map((x) => ({ content: x.content, assignee: x.assignee ?? '', ...(x.due?.trim() ? { due: parseTaskDueInput(x.due) ?? x.due.trim() } : {}), ...(x.done ? { done: true } : {}) })),
              noResolution: v.noResolution === true,
            }),
          )
        }
      >
        <Form.Item name="noResolution" valuePropName="checked" extra={t('rules.resolution.noResolutionHint')}>
          <Checkbox className="mt-check-item">{t('rules.resolution.noResolution')}</Checkbox>
        </Form.Item>
        <Section title={t('mtg.res.heading')} level={3}>
          <Form.Item name="title" label={t('mtg.res.title')} extra={t('mtg.res.titleHint')}>
            <Input />
          </Form.Item>
        </Section>
        {list('results', t('mtg.res.results'), t('mtg.res.result'))}
        {list('shortcomings', t('mtg.res.shortcomings'), t('mtg.res.shortcoming'))}
        <Section title={t('mtg.res.tasks')} level={3}>
          <Form.List name="tasks">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f, i) => (
                  <fieldset key={f.key} className="mt-task">
                    <legend>{t('mtg.res.task', { n: i + 1 })}</legend>
                    <Form.Item name={[f.name, 'content']} label={t('mtg.res.taskContent')}>
                      <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} />
                    </Form.Item>
                    <div className="form-grid">
                      <Form.Item name={[f.name, 'assignee']} label={t('mtg.res.assignee')}>
                        <Input />
                      </Form.Item>
                      <Form.Item
                        name={[f.name, 'due']}
                        label={t('mtg.res.due')}
                        rules={[{ validator: async (_, v?: string) => { if (v?.trim() && !parseTaskDueInput(v)) throw new Error(t('mtg.res.dueInvalid')); } }]}
                      >
                        <Input placeholder={t('mtg.res.duePh')} />
                      </Form.Item>
                    </div>
                    <Button danger icon={<DeleteOutlined aria-hidden />} onClick={() => remove(f.name)}>
                      {t('mtg.res.removeTask', { n: i + 1 })}
                    </Button>
                  </fieldset>
                ))}
                <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ content: '', assignee: '', due: '' })}>
                  {t('mtg.res.addTask')}
                </Button>
              </>
            )}
          </Form.List>
        </Section>
        {list('implementation', t('mtg.res.implementation'), t('mtg.res.implementationItem'))}
        <div className="mt-actions mt-save-bar">
          <Button type="primary" size="large" htmlType="submit" loading={a.busy}>
            {t('mtg.res.save')}
          </Button>
        </div>
      </Form>
      <Downloads m={m} only="resolution" />
    </>
  );
}

function ReadOnlyResolution({ m }: { m: Meeting }) {
  const { t } = useTranslation();
  const r = m.resolution;
  const block = (title: string, xs: string[]) =>
    xs.length ? (
      <Section title={title} level={3}>
        <ol>
          {xs.map((x, i) => (
            <li key={i} className="mt-pre">
              {x}
            </li>
          ))}
        </ol>
      </Section>
    ) : null;
  return (
    <>
      <ResolutionState m={m} />
      {r.title ? <p><strong>{t('mtg.res.title')}:</strong> {r.title}</p> : null}
      {block(t('mtg.res.results'), r.results)}
      {block(t('mtg.res.shortcomings'), r.shortcomings)}
      {r.tasks.length ? (
        <Section title={t('mtg.res.tasks')} level={3}>
          <ol>
            {r.tasks.map((x, i) => (
              <li key={i}>
                {x.content} — <strong>{x.assignee}</strong>
                {x.due ? ` (${formatDueVi(x.due)})` : ''}
              </li>
            ))}
          </ol>
        </Section>
      ) : null}
      {block(t('mtg.res.implementation'), r.implementation)}
      {!r.results.length && !r.tasks.length && !r.shortcomings.length ? <p className="muted">{t('mtg.res.empty')}</p> : null}
      <Downloads m={m} only="resolution" />
    </>
  );
}
