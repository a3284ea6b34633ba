import { useId, useState } from 'react';
import { Alert, Button, Checkbox, Form, Input, InputNumber, Popconfirm, Radio } from 'antd';
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { del, patch, post } from '../../../api/client';
import { ErrorAlert } from '../../ErrorAlert';
import { FormModal } from '../../FormModal';
import { Section } from '../../Section';
import { Chip } from '../../Tags';
import { useMeetingAction, useSetMeeting, type AgendaItem, type Meeting, type Vote, type VoteMethod } from '../api';
import { fmtTime, minutesBetween } from '../format';
import { NativeSelect } from '../NativeSelect';
import { personOptions, summoned, type StepProps } from './common';
import { useRuleText } from '../../../lib/rules';
import { TaskReviewLink } from '../../followup/TaskReviewLink';
import { MeetingDissemination } from '../../followup/MeetingDissemination';

// Items the secretary usually writes into; the routine ones start folded.
const OPEN_BY_DEFAULT = ['ho_chi_minh', 'monthly_review', 'upper_documents', 'upper_member', 'discussion', 'sum_up', 'vote', 'admissions'];
const METHODS: VoteMethod[] = ['show_of_hands', 'ballot', 'electronic'];

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
            patch<Meeting>(`/api/meetings/${m.id}`, {
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

function ItemMinutes({ m, item, index, readOnly, open, onOpen, onNext }: {
  m: Meeting; item: AgendaItem; index: number; readOnly: boolean; open: boolean; onOpen: (open: boolean) => void; onNext?: () => void;
}) {
  const { t } = useTranslation();
  const votes = m.votes.filter((v) => v.agendaItemId === item.id);
  const [voting, setVoting] = useState(false);
  const setOpen = onOpen;
  const bodyId = useId();
  const headingId = useId();
  return (
    <section className={open ? 'section mt-item mt-item-open' : 'mt-item mt-item-closed'} aria-labelledby={headingId} id={`mt-item-${item.id}`}>
      {open ? (
        <div className="section-head">
          <h3 id={headingId} className="section-title">
            {index}. {item.title}
          </h3>
          <Button onClick={() => setOpen(false)} aria-expanded aria-controls={bodyId}>
            {t('mtg.minutes.fold')}
            <span className="visually-hidden"> {item.title}</span>
          </Button>
        </div>
      ) : (
        // Closed: one line (the title cut short, what is recorded), the whole line opens it.
        <h3 id={headingId} className="mt-item-line">
          <button type="button" onClick={() => setOpen(true)} aria-expanded={false} aria-controls={bodyId}>
            <span className="mt-item-line-title">
              {index}. {item.title}
            </span>
            {item.speeches.length || votes.length || item.conclusion ? (
              <span className="mt-item-line-sum">
                {t('mtg.minutes.summary', { speeches: item.speeches.length, votes: votes.length })}
                {item.conclusion ? ` · ${t('mtg.minutes.hasConclusion')}` : ''}
              </span>
            ) : null}
          </button>
        </h3>
      )}
      <div id={bodyId} hidden={!open}>
        {open ? (
          <>
            {item.templateKey === 'monthly_review' ? <TaskReviewLink meetingId={m.id} /> : null}
            {item.templateKey === 'upper_documents' ? <MeetingDissemination m={m} agendaItemId={item.id} /> : null}
            <ItemText m={m} item={item} readOnly={readOnly} />
            <Speeches m={m} item={item} readOnly={readOnly} />
            <h4 className="mt-h4">{t('mtg.vote.title')}</h4>
            <VoteList m={m} votes={votes} readOnly={readOnly} />
            {!readOnly ? (
              voting ? (
                <VoteForm m={m} item={item} />
              ) : (
                <Button onClick={() => setVoting(true)} className="mt-add-vote">
                  {t('field.minutes.addVote')}
                  <span className="visually-hidden"> {item.title}</span>
                </Button>
              )
            ) : null}
            {onNext && !readOnly ? (
              <div className="mt-actions">
                <Button onClick={onNext}>{t('field.minutes.next')}</Button>
              </div>
            ) : null}
          </>
        ) : null}
      </div>
    </section>
  );
}

function ItemText({ m, item, readOnly }: { m: Meeting; item: AgendaItem; readOnly: boolean }) {
  const { t } = useTranslation();
  const a = useMeetingAction(m.id);
  const [content, setContent] = useState(item.content);
  const [conclusion, setConclusion] = useState(item.conclusion ?? '');
  const id = useId();
  const changed = content !== item.content || conclusion !== (item.conclusion ?? '');
  if (readOnly) {
    return (
      <>
        {item.content ? <p className="mt-pre">{item.content}</p> : null}
        {item.conclusion ? (
          <p className="mt-pre">
            <strong>{t('mtg.minutes.conclusion')}:</strong> {item.conclusion}
          </p>
        ) : null}
      </>
    );
  }
  return (
    <div className="mt-item-text">
      <ErrorAlert error={a.error} />
      <label htmlFor={`${id}-c`} className="field-label">
        {t('mtg.minutes.content')}
      </label>
      <Input.TextArea id={`${id}-c`} value={content} onChange={(e) => setContent(e.target.value)} autoSize={{ minRows: 2, maxRows: 12 }} disabled={a.busy} />
      <label htmlFor={`${id}-k`} className="field-label">
        {t('mtg.minutes.conclusion')}
      </label>
      <Input.TextArea id={`${id}-k`} value={conclusion} onChange={(e) => setConclusion(e.target.value)} autoSize={{ minRows: 2, maxRows: 12 }} disabled={a.busy} />
      <div className="mt-actions">
        <Button
          type="primary"
          loading={a.busy}
          disabled={a.busy || !changed}
          onClick={() => a.run(() => patch<Meeting>(`/api/meetings/${m.id}/agenda/${item.id}`, { content, conclusion: conclusion.trim() || null }), { confirm: true })}
        >
          {t('mtg.minutes.saveItem')}
        </Button>
      </div>
    </div>
  );
}

const OTHER = '__other__';

function Speeches({ m, item, readOnly }: { m: Meeting; item: AgendaItem; readOnly: boolean }) {
  const { t } = useTranslation();
  const a = useMeetingAction(m.id);
  const setMeeting = useSetMeeting();
  const [speaker, setSpeaker] = useState('');
  const [otherName, setOtherName] = useState('');
  const [gist, setGist] = useState('');
  const [editing, setEditing] = useState<AgendaItem['speeches'][number] | null>(null);
  const id = useId();
  const present = (s: string | null) => s === 'present' || s === 'late' || s === 'left_early';
  const people = m.invitations.filter((i) => i.personId);
  const here = people.filter((i) => present(i.status));
  const others = people.filter((i) => !present(i.status));
  const ready = gist.trim() && (speaker === OTHER ? otherName.trim() : speaker);
  const add = async () => {
    const body = speaker === OTHER
      ? { agendaItemId: item.id, speakerName: otherName.trim(), gist: gist.trim() }
      : { agendaItemId: item.id, speakerPersonId: speaker, gist: gist.trim() };
    if (await a.run(() => post<Meeting>(`/api/meetings/${m.id}/speeches`, body), { confirm: true })) {
      setGist('');
      setSpeaker('');
      setOtherName('');
    }
  };
  return (
    <div className="mt-speeches">
      <h4 className="mt-h4">{t('mtg.speech.title', { count: item.speeches.length })}</h4>
      <ErrorAlert error={a.error} />
      {item.speeches.length === 0 ? <p className="muted">{t('mtg.speech.none')}</p> : null}
      <ul className="plain-list">
        {item.speeches.map((s) => (
          <li key={s.id} className="mt-row">
            <span className="mt-grow mt-pre">
              <strong>{t('mtg.speech.comrade', { name: s.speakerName })}:</strong> {s.gist}
            </span>
            {!readOnly ? (
              <span className="mt-row-actions">
                <Button type="text" icon={<EditOutlined aria-hidden />} aria-label={`${t('mtg.speech.edit')}: ${s.speakerName}`} onClick={() => setEditing(s)} />
                <Popconfirm
                  title={t('mtg.speech.removeQ', { name: s.speakerName })} okText={t('common.confirm')} cancelText={t('common.cancel')}
                  onConfirm={() => a.run(() => del<Meeting>(`/api/meetings/${m.id}/speeches/${s.id}`))}
                >
                  <Button type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={`${t('mtg.speech.remove')}: ${s.speakerName}`} disabled={a.busy} />
                </Popconfirm>
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {!readOnly ? (
        <div className="mt-speech-form">
          <label htmlFor={`${id}-s`} className="field-label">
            {t('mtg.speech.speaker')}
          </label>
          <select id={`${id}-s`} className="mt-native-select" value={speaker} onChange={(e) => setSpeaker(e.target.value)} disabled={a.busy}>
            <option value="">{t('common.choose')}</option>
            {here.length ? (
              <optgroup label={t('mtg.speech.present')}>
                {here.map((i) => (
                  <option key={i.id} value={i.personId!}>
                    {i.name}
                  </option>
                ))}
              </optgroup>
            ) : null}
            {others.length ? (
              <optgroup label={here.length ? t('mtg.speech.othersInvited') : t('mtg.speech.invited')}>
                {others.map((i) => (
                  <option key={i.id} value={i.personId!}>
                    {i.name}
                  </option>
                ))}
              </optgroup>
            ) : null}
            <option value={OTHER}>{t('mtg.speech.otherPerson')}</option>
          </select>
          {speaker === OTHER ? (
            <>
              <label htmlFor={`${id}-n`} className="field-label">
                {t('mtg.speech.otherName')}
              </label>
              <Input id={`${id}-n`} value={otherName} onChange={(e) => setOtherName(e.target.value)} disabled={a.busy} />
            </>
          ) : null}
          <label htmlFor={`${id}-g`} className="field-label">
            {t('mtg.speech.gist')}
          </label>
          <Input.TextArea id={`${id}-g`} value={gist} onChange={(e) => setGist(e.target.value)} autoSize={{ minRows: 2, maxRows: 10 }} disabled={a.busy} />
          <div className="mt-actions">
            <Button onClick={add} loading={a.busy} disabled={a.busy || !ready}>
              {t('mtg.speech.add')}
            </Button>
          </div>
        </div>
      ) : null}
      {editing ? (
        <FormModal<{ gist: string }>
          title={t('mtg.speech.edit')}
          name="edit-speech"
          initialValues={{ gist: editing.gist }}
          onClose={() => setEditing(null)}
          onSubmit={async (v) => setMeeting(await patch<Meeting>(`/api/meetings/${m.id}/speeches/${editing.id}`, { gist: v.gist.trim() }))}
        >
          <p>{t('mtg.speech.comrade', { name: editing.speakerName })}</p>
          <Form.Item name="gist" label={t('mtg.speech.gist')} rules={[{ required: true, whitespace: true, message: t('mtg.speech.gistRequired') }]}>
            <Input.TextArea rows={4} />
          </Form.Item>
        </FormModal>
      ) : null}
    </div>
  );
}

function VoteList({ m, votes, readOnly }: { m: Meeting; votes: Vote[]; readOnly: boolean }) {
  const { t } = useTranslation();
  const a = useMeetingAction(m.id);
  if (votes.length === 0) return <p className="muted">{t('mtg.vote.none')}</p>;
  return (
    <>
      <ErrorAlert error={a.error} />
      <ul className="plain-list">
        {votes.map((v) => (
          <li key={v.id} className="mt-row">
            <span className="mt-grow">
              <strong className="wrap-anywhere">{v.subject}</strong>
              <br />
              {t(`mtg.vote.method.${v.method}`)} ·{' '}
              {t('rules.vote.result', { for: v.for, base: v.base, pct: v.percent, needed: v.needed, against: v.against, other: v.other })}{' '}
              <Chip tone={v.passed ? 'green' : 'red'}>{v.passed ? t('mtg.vote.passed') : t('mtg.vote.failed')}</Chip>
              {v.isResolution ? <> <Chip tone="blue">{t('rules.vote.resolutionTag')}</Chip></> : null}
              {v.exceedsEligible ? (
                <Alert type="error" showIcon className="mt-inline-alert" message={t('rules.vote.exceeds', { total: v.for + v.against + v.other, eligible: v.eligible })} />
              ) : null}
            </span>
            {!readOnly ? (
              <Popconfirm
                title={t('mtg.vote.removeQ')} okText={t('common.confirm')} cancelText={t('common.cancel')}
                onConfirm={() => a.run(() => del<Meeting>(`/api/meetings/${m.id}/votes/${v.id}`))}
              >
                <Button type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={`${t('mtg.vote.remove')}: ${v.subject}`} disabled={a.busy} />
              </Popconfirm>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}

function VoteForm({ m, item }: { m: Meeting; item: AgendaItem }) {
  const { t } = useTranslation();
  const a = useMeetingAction(m.id);
  const id = useId();
  const [subject, setSubject] = useState(item.title);
  const [method, setMethod] = useState<VoteMethod>('show_of_hands');
  const [counts, setCounts] = useState<{ for: number | null; against: number | null; other: number | null }>({ for: null, against: 0, other: 0 });
  const att = m.attendance;
  const needed = att.votesNeeded;
  const [isResolution, setIsResolution] = useState(item.templateKey === 'vote' && !m.votes.some((v) => v.isResolution));
  const ready = subject.trim() && counts.for !== null && counts.against !== null && counts.other !== null;
  const save = async () => {
    const ok = await a.run(() =>
      post<Meeting>(`/api/meetings/${m.id}/votes`, {
        subject: subject.trim(), method, for: counts.for ?? 0, against: counts.against ?? 0, other: counts.other ?? 0, agendaItemId: item.id,
        isResolution,
      }),
      { confirm: true },
    );
    if (ok) setCounts({ for: null, against: 0, other: 0 });
  };
  const num = (k: 'for' | 'against' | 'other', label: string) => (
    <div className="mt-count">
      <label htmlFor={`${id}-${k}`} className="field-label">
        {label}
      </label>
      <InputNumber<number>
        id={`${id}-${k}`}
        min={0}
        precision={0}
        inputMode="numeric"
        value={counts[k]}
        onChange={(v) => setCounts({ ...counts, [k]: v })}
        disabled={a.busy}
        style={{ width: '100%' }}
      />
    </div>
  );
  return (
    <div className="mt-vote-form">
      <p className="mt-vote-base">{t('mtg.vote.base', { base: att.votingBase, eligible: att.eligibleVoters, needed })}</p>
      <ErrorAlert error={a.error} />
      <label htmlFor={`${id}-subj`} className="field-label">
        {t('mtg.vote.subject')}
      </label>
      <Input id={`${id}-subj`} value={subject} onChange={(e) => setSubject(e.target.value)} disabled={a.busy} />
      <fieldset className="mt-fieldset">
        <legend className="field-label">{t('mtg.vote.methodLabel')}</legend>
        <Radio.Group value={method} onChange={(e) => setMethod(e.target.value)} disabled={a.busy} options={METHODS.map((x) => ({ value: x, label: t(`mtg.vote.method.${x}`) }))} />
      </fieldset>
      <Checkbox checked={isResolution} onChange={(e) => setIsResolution(e.target.checked)} disabled={a.busy} className="mt-check-item">
        {t('rules.vote.isResolution')}
      </Checkbox>
      <p className="muted">{t('rules.vote.isResolutionHint')}</p>
      <div className="mt-counts">
        {num('for', t('mtg.vote.for'))}
        {num('against', t('mtg.vote.against'))}
        {num('other', t('mtg.vote.otherOpinion'))}
      </div>
      <div className="mt-actions">
        <Button type="primary" onClick={save} loading={a.busy} disabled={a.busy || !ready}>
          {t('mtg.vote.save')}
        </Button>
      </div>
    </div>
  );
}
