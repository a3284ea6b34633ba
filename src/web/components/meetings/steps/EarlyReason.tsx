import { useState } from 'react';
import { Alert, Button, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ErrorAlert';
import { meetingCalls, useMeetingAction, type Meeting } from '../api';
import { formatDateVi, todayVn } from '../format';

/**
 * Before the meeting's day nothing is recorded without a reason (the server refuses it: meeting_not_yet):
 * the secretary writes why the cell met early, or corrects the date instead.
 */
export function EarlyReason({ m, readOnly }: { m: Meeting; readOnly: boolean }) {
  const { t } = useTranslation();
  const a = useMeetingAction(m.id);
  const [reason, setReason] = useState('');
  if (m.earlyReason) {
    return <Alert className="mt-inline-alert" type="info" showIcon message={t('rules.early.recorded', { reason: m.earlyReason })} />;
  }
  if (m.date <= todayVn() || readOnly) return null;
  return (
    <Alert
      className="mt-inline-alert"
      type="warning"
      showIcon
      message={t('rules.early.title', { date: formatDateVi(m.date) })}
      description={
        <div className="mt-early">
          <ErrorAlert error={a.error} />
          <label htmlFor="mt-early-reason" className="field-label">
            {t('rules.early.reason')}
          </label>
          <Input.TextArea id="mt-early-reason" autoSize={{ minRows: 1, maxRows: 4 }} value={reason} onChange={(e) => setReason(e.target.value)} disabled={a.busy} />
          <Button
            type="primary"
            className="mt-early-save"
            disabled={a.busy || !reason.trim()}
            loading={a.busy}
            onClick={() => a.run(() => meetingCalls.update(m.id, { earlyReason: reason.trim() }))}
          >
            {t('rules.early.save')}
          </Button>
        </div>
      }
    />
  );
}
