import { useState } from 'react';
import { Alert, Button, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ErrorAlert';
import { PageLoading } from '../../PageLoading';
import { Section } from '../../Section';
import { Chip } from '../../Tags';
import { fmtDateTime } from '../../../lib/format';
import { scoreMeeting } from '../../../../domain/meetings/scoring';
import { proposeScore, type ScoreProposal } from '../../../../domain/meetings/score-proposal';
import { isRuleError } from '../../../../domain/meetings/errors';
import { meetingCalls, useMeetingAction, useScoringSchemes, type Meeting } from '../api';
import type { ScoringSchemeItem as Scheme } from '../../../api/contract';
import type { StepProps } from './common';
import { useRuleText } from '../../../lib/rules';

function pickScheme(schemes: Scheme[], m: Meeting): Scheme | undefined {
  if (m.score) return schemes.find((s) => s.id === m.score!.schemeId && s.version === m.score!.schemeVersion);
  return schemes.filter((s) => s.active && s.meetingTypes.includes(m.type)).sort((a, b) => b.version - a.version)[0];
}

const LEVEL_TONE: Record<string, 'green' | 'blue' | 'amber' | 'red'> = { tot: 'green', kha: 'blue', trung_binh: 'amber', kem: 'red' };

/** Chấm điểm: the scheme's criteria with their points; total and level live; the overseer confirms. */
export function ScoreStep({ m, readOnly }: StepProps) {
  const { t } = useTranslation();
  const schemes = useScoringSchemes();
  if (schemes.isLoading) return <PageLoading />;
  if (!schemes.data) return <ErrorAlert error={schemes.error} />;
  const scheme = pickScheme(schemes.data, m);
  if (!scheme) return <Alert type="warning" showIcon title={t('mtg.score.noScheme')} />;
  return <ScoreForm key={`${scheme.id}@${scheme.version}:${m.score?.proposedAt ?? ''}`} m={m} scheme={scheme} readOnly={readOnly} />;
}

function ScoreForm({ m, scheme, readOnly }: StepProps & { scheme: Scheme }) {
  const { t } = useTranslation();
  const rule = useRuleText();
  const a = useMeetingAction(m.id);
  const criteria = scheme.groups.flatMap((g) => g.criteria);
  const proposals = proposeScore(scheme, scoreFacts(m));
  // A score not yet saved starts from chibo's proposals (attendance, duration, notice); the cell changes what it judges otherwise.
  const [points, setPoints] = useState<Record<string, number | null>>(() =>
    Object.fromEntries(criteria.map((c) => [c.key, m.score ? (m.score.points[c.key] ?? null) : (proposals[c.key]?.points ?? null)])),
  );
  const [comment, setComment] = useState(m.score?.comment ?? '');
  const filled = criteria.filter((c) => points[c.key] !== null && points[c.key] !== undefined);
  const total = filled.reduce((s, c) => s + (points[c.key] ?? 0), 0);
  let result: ReturnType<typeof scoreMeeting> | null = null;
  let problem: string | null = null;
  if (filled.length === criteria.length) {
    try {
      result = scoreMeeting(scheme, points as Record<string, number>);
    } catch (e) {
      problem = isRuleError(e) ? rule(e.code, e.params) : (e as Error).message;
    }
  }
  const dropped = result?.droppedByRule?.map((k) => criteria.find((c) => c.key === k)?.label ?? k) ?? [];
  const save = () =>
    a.run(() => meetingCalls.score(m.id, { points: points as Record<string, number>, schemeId: scheme.id, comment: comment.trim() || null }), { confirm: true });
  return (
    <>
      <div className="mt-score-sticky" aria-live="polite">
        <span>
          {t('mtg.score.total')}: <strong>{Math.round(total * 100) / 100}</strong>/{scheme.maxPoints}
        </span>
        {result ? (
          <Chip tone={LEVEL_TONE[result.level]}>{t(`mtg.level.${result.level}`, { defaultValue: result.label })}</Chip>
        ) : (
          <span className="muted">{t('mtg.score.progress', { done: filled.length, total: criteria.length })}</span>
        )}
      </div>
      <p className="muted">
        {scheme.name} ({t('mtg.score.version', { v: scheme.version })}). {t('mtg.score.bands', { bands: scheme.bands.map((b) => `${b.label} ≥ ${b.min}`).join('; ') })}
      </p>
      {!readOnly && Object.keys(proposals).length ? <p className="muted">{t('field.score.proposedHint')}</p> : null}
      {dropped.length ? <Alert type="info" showIcon className="mt-alert" title={t('mtg.score.dropped', { list: dropped.join('; ') })} /> : null}
      {problem ? <Alert type="warning" showIcon className="mt-alert" title={problem} /> : null}
      {!readOnly ? (
        <div className="mt-actions">
          <Button onClick={() => setPoints(Object.fromEntries(criteria.map((c) => [c.key, c.maxPoints])))} disabled={a.busy}>
            {t('mtg.score.allMax')}
          </Button>
        </div>
      ) : null}
      {scheme.groups.map((g) => (
        <Section key={g.key} title={`${g.label} (${g.maxPoints})`} level={3}>
          <ul className="mt-criteria">
            {g.criteria.map((c) => {
              const id = `crit-${c.key}`;
              return (
                <li key={c.key} className="mt-criterion">
                  <label htmlFor={readOnly ? undefined : id} className="mt-criterion-label">
                    {c.label} <span className="muted">({t('mtg.score.max', { max: c.maxPoints })})</span>
                    {c.fullMarksForTop ? <span className="mt-star"> *</span> : null}
                  </label>
                  {proposals[c.key] && !readOnly ? <Proposal p={proposals[c.key]} max={c.maxPoints} /> : null}
                  {readOnly ? (
                    <span className="mt-points">
                      <strong>{points[c.key] ?? '—'}</strong>/{c.maxPoints}
                    </span>
                  ) : (
                  <div className="mt-criterion-input">
                    <InputNumber<number>
                      id={id}
                      min={0}
                      max={c.maxPoints}
                      step={0.5}
                      inputMode="decimal"
                      value={points[c.key]}
                      onChange={(v) => setPoints({ ...points, [c.key]: v })}
                      disabled={readOnly || a.busy}
                      style={{ width: 110 }}
                    />
                    {!readOnly ? (
                      <Button onClick={() => setPoints({ ...points, [c.key]: c.maxPoints })} disabled={a.busy || points[c.key] === c.maxPoints}>
                        {t('mtg.score.full')}
                        <span className="visually-hidden"> — {c.label}</span>
                      </Button>
                    ) : null}
                  </div>
                  )}
                </li>
              );
            })}
          </ul>
        </Section>
      ))}
      {criteria.some((c) => c.fullMarksForTop) ? <p className="muted">{t('mtg.score.starNote')}</p> : null}
      <Section title={t('mtg.score.commentTitle')} level={3}>
        {readOnly ? (
          <p className="mt-pre">{comment || t('common.none')}</p>
        ) : (
          <>
            <label htmlFor="score-comment" className="field-label">
              {t('mtg.score.comment')}
            </label>
            <Input.TextArea id="score-comment" value={comment} onChange={(e) => setComment(e.target.value)} rows={2} disabled={a.busy} />
          </>
        )}
      </Section>
      <ErrorAlert error={a.error} />
      {!readOnly ? (
        <div className="mt-actions mt-save-bar">
          <Button type="primary" size="large" onClick={save} loading={a.busy} disabled={a.busy || filled.length < criteria.length}>
            {t('mtg.score.save')}
          </Button>
        </div>
      ) : null}
      <Confirmation m={m} />
    </>
  );
}

/** What chibo knows of the meeting that the score's proposals rest on. */
function scoreFacts(m: Meeting) {
  const item = (key: string) => m.preparation.items.find((i) => i.key === key);
  const notice = item('notice_sent');
  const documents = item('documents_ready');
  return {
    attendance: m.attendance,
    duration: { minutes: m.durationMinutes, minimum: m.minimumMinutes },
    notice: { sent: !!notice?.done, late: !!notice?.late },
    documents: { ready: !!documents?.done, late: !!documents?.late },
  };
}

/** "Đề xuất": the points chibo proposes for a criterion and why. */
function Proposal({ p, max }: { p: ScoreProposal; max: number }) {
  const { t } = useTranslation();
  const b = p.basis;
  const why =
    b.code === 'notice'
      ? `${t(`field.score.notice.${b.params.notice}`)}; ${t(`field.score.documents.${b.params.documents}`)}`
      : t(`field.score.basis.${b.code}`, b.params);
  return (
    <span className="mt-proposal">
      <span className="mt-proposal-tag">{t('field.score.proposed')}</span> {t('field.score.points', { points: p.points, max })} — {why}
    </span>
  );
}

function Confirmation({ m }: { m: Meeting }) {
  const { t } = useTranslation();
  const a = useMeetingAction(m.id);
  const [comment, setComment] = useState('');
  const [reason, setReason] = useState('');
  if (!m.score) return null;
  return (
    <Section title={t('mtg.score.confirmTitle')} level={3}>
      <p>
        {t('mtg.score.proposed', { total: m.score.total, level: t(`mtg.level.${m.score.level}`, { defaultValue: m.score.level }), date: fmtDateTime(m.score.proposedAt) })}
      </p>
      {m.score.confirmedAt ? (
        <Alert
          type="success"
          showIcon
          title={t('mtg.score.confirmedBy', { date: fmtDateTime(m.score.confirmedAt), by: m.score.confirmedBy ?? '' })}
          description={m.score.confirmReason ? t('mtg.score.confirmReasonWas', { reason: m.score.confirmReason }) : undefined}
        />
      ) : (
        <p className="muted">{t('mtg.score.awaiting')}</p>
      )}
      <ErrorAlert error={a.error} />
      {m.can.observe && !m.score.confirmedAt ? (
        <>
          <label htmlFor="confirm-comment" className="field-label">
            {t('mtg.score.confirmComment')}
          </label>
          <Input.TextArea id="confirm-comment" value={comment} onChange={(e) => setComment(e.target.value)} rows={2} disabled={a.busy} />
          <p className="muted">{t('mtg.score.whoConfirms')}</p>
          <label htmlFor="confirm-reason" className="field-label">
            {t('mtg.score.confirmReason')}
          </label>
          <Input.TextArea id="confirm-reason" value={reason} onChange={(e) => setReason(e.target.value)} rows={2} disabled={a.busy} maxLength={2000} />
          <div className="mt-actions">
            <Button
              type="primary"
              loading={a.busy}
              disabled={a.busy}
              onClick={() => a.run(() => meetingCalls.confirmScore(m.id, { comment: comment.trim() || null, reason: reason.trim() || null }))}
            >
              {t('mtg.score.confirm')}
            </Button>
          </div>
        </>
      ) : null}
    </Section>
  );
}
