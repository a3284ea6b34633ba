import { Form, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { duesBaseApplies, expectedDues, formatVnd } from '../../domain/meetings/dues';

/**
 * The salary or pension a member declares for party dues (members.dues_base; QĐ 342-QĐ/TW: 1% of salary, 0.5% of
 * pension), asked only of salaried members and pensioners (`duesBaseApplies`), with the monthly amount it gives.
 */
export function DuesBaseField() {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const category = Form.useWatch('duesCategory', form) as string | undefined;
  const base = Form.useWatch('duesBase', form) as number | null | undefined;
  if (!category || !duesBaseApplies(category)) return null;
  let monthly: string | null = null;
  if (typeof base === 'number' && base >= 0) monthly = formatVnd(expectedDues(category as 'salaried' | 'pensioner', { baseAmount: base }));
  return (
    <Form.Item
      name="duesBase"
      label={t(category === 'salaried' ? 'rules.member.salary' : 'rules.member.pension')}
      extra={monthly ? t('rules.member.duesFromBase', { amount: monthly }) : t('rules.member.duesBaseHint')}
    >
      <InputNumber<number>
        min={0} max={2_000_000_000} step={100_000} style={{ width: '100%', maxWidth: 220 }} inputMode="numeric" suffix="đ"
        formatter={(v) => (v === undefined || v === null || `${v}` === '' ? '' : `${v}`.replace(/\B(?=(\d{3})+(?!\d))/g, '.'))}
        parser={(v) => Number((v ?? '').replace(/\D/g, '')) as unknown as number}
      />
    </Form.Item>
  );
}
