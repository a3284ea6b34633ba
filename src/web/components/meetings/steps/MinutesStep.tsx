import { useState } from 'react';
import { Alert, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ErrorAlert';
import { Section } from '../../Section';
import { meetingCalls, useMeetingAction } from '../api';
import { fmtTime, minutesBetween } from '../format';
import { NativeSelect } from '../NativeSelect';
import { personOptions, summoned, type StepProps } from './common';
import { useRuleText } from '../../../lib/rules';
import { ItemMinutes } from './MinutesItem';
import { VoteList } from './MinutesVotes';

// Items the secretary usually writes into; the routine ones start folded.
const OPEN_BY_DEFAULT = ['ho_chi_minh', 'monthly_review', 'upper_documents', 'upper_member', 'discussion', 'sum_up', 'vote', 'admissions'];

/** Biên bản: opening (chair, recorder, times), then per agenda item: content, speeches, the chair's conclusion, votes. */
export function MinutesStep({ m, readOnly }: StepProps) {
  const { t } = useTranslation();
  const loose = m.votes.filter((v) => !v.agendaItemId || !m.agenda.some((x) => x.id === v.agendaItemId));
  // One agenda item open at a time (the others as one-line summaries), so the step stays a few screens tall:
  // at first the first item the secretary usually writes into that has nothing yet.
  const [current, setCurrent] = useState<string | null>(() => {
    const first = m.agenda.find((x) => OPEN_BY_DEFAULT.includes(x.templateKey ?? '') && !x.speeches.length && !x.conclusion) ?? m.agenda[0];
    return readOnly ? null : first?.id ?? null;
  });
  const open = (id: string | null) => {
    setCurrent(id);
    if (id) requestAnimationFrame(() => document.getElementById(`mt-item-${id}`)?.scrollIntoView({ block: 'start' }));
  };
  return (
    <>
      <Opening m={m} readOnly={readOnly} />
      <p className="muted">{t('mtg.minutes.itemsHint')}</p>
      {m.agenda.map((x, i) => (
        <ItemMinutes
          key={x.id}
          m={m}
          item={x}
          index={i + 1}
          readOnly={readOnly}
          open={current === x.id}
          onOpen={(o) => open(o ? x.id : null)}
          onNext={i + 1 < m.agenda.length ? () => open(m.agenda[i + 1].id) : undefined}
        />
      ))}
      {loose.length ? (
        <Section title={t('mtg.vote.other')} level={3}>
          <VoteList m={m} votes={loose} readOnly={readOnly} />
        </Section>
      ) : null}
    </>
  );
}

type OpeningValues = { chairId?: string | null; recorderId?: string | null; startTime: string; endTime?: string | null };

function Opening({ m, readOnly }: StepProps) {
  const { t } = useTranslation();
  const a = useMeetingAction(m.id);
  const options = personOptions(summoned(m));
  const initial: OpeningValues = {
    chairId: m.chair?.personId ?? null, recorderId: m.recorder?.personId ?? null, startTime: fmtTime(m.startTime), endTime: fmtTime(m.endTime) || null,
  };
  const minimum = m.type === 'combined' ? 120 : 90;
  const duration = m.durationMinutes ?? minutesBetween(m.startTime, m.endTime);
  const durationWarning = m.warnings.find((w) => w.code === 'meeting_too_short');
  const rule = useRuleText();
  const durationLine = duration !== null ? (
    <p>
      {t('mtg.minutes.duration', { minutes: duration })} <span className="muted">{t('mtg.minutes.durationRule', { minimum })}</span>
    </p>
  ) : (
    <p className="muted">{t('mtg.minutes.durationRule', { minimum })}</p>
  );
  if (readOnly) {
    return (
      <Section title={t('mtg.minutes.opening')} level={3}>
        <dl className="kv">
          <dt>{t('mtg.minutes.chair')}</dt>
          <dd>{m.chair?.fullName ?? '—'}</dd>
          <dt>{t('mtg.minutes.recorder')}</dt>
          <dd>{m.recorder?.fullName ?? '—'}</dd>
          <dt>{t('mtg.minutes.start')}</dt>
          <dd>{fmtTime(m.startTime)}</dd>
          <dt>{t('mtg.minutes.end')}</dt>
          <dd>{fmtTime(m.endTime) || '—'}</dd>
        </dl>
        {durationLine}
        {durationWarning ? <Alert type="warning" showIcon className="mt-alert" title={rule(durationWarning.code, durationWarning.params)} /> : null}
      </Section>
    );
  }
  return (
    <Section title={t('mtg.minutes.opening')} level={3}>
      <ErrorAlert error={a.error} />
      <Form<OpeningValues>
        key={JSON.stringify(initial)}
        name="minutes-opening"
        layout="vertical"
        initialValues={initial}
        disabled={a.busy}
        onFinish={(v) =>
          a.run(() =>
            meetingCalls.update(m.id, {
              chairId: v.chairId ?? null, recorderId: v.recorderId ?? null, startTime: v.startTime, endTime: v.endTime || null,
            }),
            { confirm: true },
          )
        }
      >
        <div className="form-grid mt-pair">
          <Form.Item name="chairId" label={t('mtg.minutes.chair')}>
            <NativeSelect options={options} placeholder={t('mtg.field.none')} disabled={a.busy} />
          </Form.Item>
          <Form.Item name="recorderId" label={t('mtg.minutes.recorder')}>
            <NativeSelect options={options} placeholder={t('mtg.field.none')} disabled={a.busy} />
          </Form.Item>
        </div>
        <div className="mt-times">
          <Form.Item name="startTime" label={t('mtg.minutes.start')} rules={[{ required: true, message: t('mtg.plan.timeRequired') }]}>
            <Input type="time" />
          </Form.Item>
          <Form.Item name="endTime" label={t('mtg.minutes.end')}>
            <Input type="time" />
          </Form.Item>
        </div>
        {durationLine}
        {durationWarning ? <Alert type="warning" showIcon className="mt-alert" title={rule(durationWarning.code, durationWarning.params)} /> : null}
        <Button type="primary" htmlType="submit" loading={a.busy}>
          {t('mtg.minutes.saveOpening')}
        </Button>
      </Form>
    </Section>
  );
}
