import { useState } from 'react';
import { Button, Checkbox, Form, Input } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { replaceCached } from '../../../api/cache';
import { FormModal } from '../../FormModal';
import { Chip } from '../../Tags';
import { meetingCalls, meetingKeys, type DuesList } from '../api';

type Row = DuesList['items'][number];

/**
 * Why a member did not pay (or paid less) this month, and whether the cell accepts it as a valid reason: an
 * accepted month is neither owed nor counted towards removal (`duesArrears` in src/domain/meetings/dues.ts;
 * QĐ 342-QĐ/TW, Charter).
 */
export function DuesReason({ meetingId, row, readOnly }: { meetingId: string; row: Row; readOnly: boolean }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const unpaid = row.paid === null || (row.expected !== null && row.paid < row.expected);
  if (!row.unpaidReason && (readOnly || !unpaid)) return null;
  return (
    <div className="mt-dues-line">
      {row.unpaidReason ? (
        <span>
          {t('rules.dues.reason')}: {row.unpaidReason}{' '}
          {row.reasonAccepted ? <Chip tone="green">{t('rules.dues.accepted')}</Chip> : <Chip tone="grey">{t('rules.dues.notAccepted')}</Chip>}
        </span>
      ) : null}
      {!readOnly ? (
        <Button type="link" onClick={() => setOpen(true)} style={{ minHeight: 44, paddingInline: 4 }}>
          {row.unpaidReason ? t('rules.dues.editReason') : t('rules.dues.addReason')}
          <span className="visually-hidden"> {row.name}</span>
        </Button>
      ) : null}
      {open ? (
        <FormModal<{ unpaidReason: string; reasonAccepted: boolean }>
          title={t('rules.dues.reasonTitle', { name: row.name })} name="dues-reason" onClose={() => setOpen(false)}
          initialValues={{ unpaidReason: row.unpaidReason ?? '', reasonAccepted: row.reasonAccepted }}
          onSubmit={async (v) => {
            const out = await meetingCalls.recordDues(meetingId, row.personId, {
              amountPaid: row.paid ?? 0, expected: row.expected, unpaidReason: v.unpaidReason?.trim() || null, reasonAccepted: !!v.reasonAccepted,
            });
            await replaceCached(qc, meetingKeys.dues(meetingId), out);
            await qc.invalidateQueries({ queryKey: meetingKeys.detail(meetingId) });
          }}
        >
          <Form.Item name="unpaidReason" label={t('rules.dues.reason')}>
            <Input.TextArea rows={2} maxLength={500} placeholder={t('rules.dues.reasonPh')} />
          </Form.Item>
          <Form.Item name="reasonAccepted" valuePropName="checked" extra={t('rules.dues.acceptedHint')}>
            <Checkbox>{t('rules.dues.accept')}</Checkbox>
          </Form.Item>
        </FormModal>
      ) : null}
    </div>
  );
}
