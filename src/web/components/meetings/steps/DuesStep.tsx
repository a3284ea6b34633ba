import { useState } from 'react';
import { Button, InputNumber } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { replaceCached } from '../../../api/cache';
import { ErrorAlert } from '../../ErrorAlert';
import { PageLoading } from '../../PageLoading';
import { Section } from '../../Section';
import { Chip } from '../../Tags';
import { meetingCalls, meetingKeys, useDues, type DuesList } from '../api';
import { fmtMoney } from '../format';
import type { StepProps } from './common';
import { DuesReason } from './DuesReason';
import { DuesAllPaid } from './DuesAllPaid';

type Row = DuesList['items'][number];

/** Đảng phí: per member, the expected amount (from the member's category) and what was paid; "Đủ" in one tap. */
export function DuesStep({ m, readOnly }: StepProps) {
  const { t } = useTranslation();
  const q = useDues(m.id);
  if (q.isLoading) return <PageLoading />;
  if (!q.data) return <ErrorAlert error={q.error} />;
  const d = q.data;
  const paid = d.items.filter((r) => r.paid !== null);
  const collected = paid.reduce((s, r) => s + (r.paid ?? 0), 0);
  const expected = d.items.reduce((s, r) => s + (r.expected ?? 0), 0);
  return (
    <>
      <dl className="stats mt-stats">
        <div className="stat">
          <dt>{t('mtg.dues.collected')}</dt>
          <dd className="mt-money">{fmtMoney(collected)}</dd>
        </div>
        <div className="stat">
          <dt>{t('mtg.dues.expectedTotal')}</dt>
          <dd className="mt-money">{fmtMoney(expected)}</dd>
        </div>
        <div className="stat">
          <dt>{t('mtg.dues.payers')}</dt>
          <dd>
            {paid.length}/{d.items.length}
          </dd>
        </div>
      </dl>
      <p className="muted">{t('mtg.dues.hint', { month: d.month })}</p>
      {!readOnly ? <DuesAllPaid meetingId={m.id} dues={d} /> : null}
      <Section title={t('mtg.dues.list')} level={3}>
        <ul className="mt-dues">
          {d.items.map((r) => (
            <DuesRow key={r.personId} meetingId={m.id} row={r} readOnly={readOnly} />
          ))}
        </ul>
      </Section>
    </>
  );
}

function DuesRow({ meetingId, row, readOnly }: { meetingId: string; row: Row; readOnly: boolean }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [amount, setAmount] = useState<number | null>(row.paid ?? null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const inputId = `dues-${row.personId}`;
  const save = async (value: number | null) => {
    if (value === null) return;
    setBusy(true);
    setError(null);
    try {
      const out = await meetingCalls.recordDues(meetingId, row.personId, { amountPaid: value, expected: row.expected });
      await replaceCached(qc, meetingKeys.dues(meetingId), out);
      setAmount(value);
      await qc.invalidateQueries({ queryKey: meetingKeys.detail(meetingId) });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const full = row.paid !== null && row.expected !== null && row.paid >= row.expected;
  return (
    <li className="mt-dues-row">
      <div role="group" aria-label={row.name}>
      <div className="mt-dues-head">
        <span className="mt-roll-name">{row.name}</span>
        <span className="muted">{t(`dues.${row.category}`, { defaultValue: row.category })}</span>
        {row.paid === null ? <Chip tone="amber">{t('mtg.dues.unpaid')}</Chip> : full ? <Chip tone="green">{t('mtg.dues.full')}</Chip> : <Chip tone="red">{t('mtg.dues.short')}</Chip>}
      </div>
      <div className="mt-dues-line">
        <span>
          {t('mtg.dues.expected')}: <strong>{row.expected === null ? t('mtg.dues.byIncome') : fmtMoney(row.expected)}</strong>
        </span>
        {row.paid !== null ? (
          <span>
            {t('mtg.dues.paid')}: <strong>{fmtMoney(row.paid)}</strong>
          </span>
        ) : null}
        {row.arrears > 0 ? (
          <span>
            {t('rules.dues.arrears')}: <strong>{fmtMoney(row.arrears)}</strong>
          </span>
        ) : null}
        {row.level !== 'ok' ? (
          <Chip tone={row.level === 'flag' ? 'red' : 'amber'}>
            {t(`rules.dues.${row.level}`, { count: row.unpaidMonths.length, months: row.unpaidMonths.join(', ') })}
          </Chip>
        ) : null}
      </div>
      <DuesReason meetingId={meetingId} row={row} readOnly={readOnly} />
      <ErrorAlert error={error} />
      {!readOnly ? (
        <div className="mt-dues-edit">
          {row.expected !== null ? (
            <Button type={full ? 'default' : 'primary'} disabled={busy} loading={busy} onClick={() => save(row.expected)}>
              {t('mtg.dues.payFull')}
            </Button>
          ) : null}
          <label htmlFor={inputId} className="visually-hidden">
            {t('mtg.dues.amount', { name: row.name })}
          </label>
          <InputNumber<number>
            id={inputId}
            min={0}
            step={1000}
            value={amount}
            onChange={(v) => setAmount(v)}
            inputMode="numeric"
            suffix="đ"
            style={{ width: 150 }}
            disabled={busy}
          />
          <Button onClick={() => save(amount)} disabled={busy || amount === null || amount === row.paid}>
            {t('common.save')}
            <span className="visually-hidden"> {row.name}</span>
          </Button>
        </div>
      ) : null}
      </div>
    </li>
  );
}
