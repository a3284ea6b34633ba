import { useState } from 'react';
import { App, Button } from 'antd';
import { CheckOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { meetingCalls, meetingKeys } from '../../../api/meetings';
import { replaceCached } from '../../../api/cache';
import { ErrorAlert } from '../../ErrorAlert';
import { meetingKey, type DuesList } from '../api';

/**
 * "Tất cả nộp đủ": every member not yet marked, whose amount is known from the category, has paid the full
 * amount — one tap; the secretary then corrects the few who paid less or pay by income. Each member is one
 * save of the dues route (queued on the phone like any other when there is no connection).
 */
export function DuesAllPaid({ meetingId, dues }: { meetingId: string; dues: DuesList }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const open = dues.items.flatMap((r) => (r.paid === null && r.expected !== null ? [{ personId: r.personId, expected: r.expected }] : []));
  if (open.length === 0) return null;
  const run = async () => {
    setBusy(true);
    setError(null);
    let done = 0;
    try {
      for (const r of open) {
        const out = await meetingCalls.recordDues(meetingId, r.personId, { amountPaid: r.expected, expected: r.expected });
        await replaceCached(qc, meetingKeys.dues(meetingId), out);
        done++;
      }
      void message.success(t('field.dues.allPaidDone', { count: done }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
      await qc.invalidateQueries({ queryKey: meetingKey(meetingId) });
    }
  };
  return (
    <div className="mt-all-present">
      <ErrorAlert error={error} />
      <Button type="primary" size="large" block icon={<CheckOutlined aria-hidden />} loading={busy} disabled={busy} onClick={run}>
        {t('field.dues.allPaid')}
      </Button>
      <p className="muted">{t('field.dues.allPaidHint', { count: open.length })}</p>
    </div>
  );
}
