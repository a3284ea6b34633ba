import { useId, useState } from 'react';
import { Alert, Button, Checkbox, Input, InputNumber, Popconfirm, Radio } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ErrorAlert';
import { Chip } from '../../Tags';
import { meetingCalls, useMeetingAction, type AgendaItem, type Meeting, type Vote, type VoteMethod } from '../api';
import { VOTE_METHODS } from '../../../../domain/meetings/types';

/** The votes recorded under an agenda item (or outside any), with their result against the majority rule. */
export function VoteList({ m, votes, readOnly }: { m: Meeting; votes: Vote[]; readOnly: boolean }) {
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
                onConfirm={() => a.run(() => meetingCalls.removeVote(m.id, v.id))}
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

/** Records a vote: subject, method, counts; the base and the votes needed shown from the roll call. */
export function VoteForm({ m, item }: { m: Meeting; item: AgendaItem }) {
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
      meetingCalls.addVote(m.id, {
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
        <Radio.Group value={method} onChange={(e) => setMethod(e.target.value)} disabled={a.busy} options={VOTE_METHODS.map((x) => ({ value: x, label: t(`mtg.vote.method.${x}`) }))} />
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
