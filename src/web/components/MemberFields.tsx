import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateInput } from './DateInput';
import { DuesBaseField } from './DuesBaseField';

export const THEORY_LEVELS = ['none', 'so_cap', 'trung_cap', 'cao_cap', 'cu_nhan'] as const;
export const DUES_CATEGORIES = ['salaried', 'pensioner', 'working_age', 'outside_working_age'] as const;

/** The fields of a member's record, for both adding and editing (standing only when adding). */
export function MemberFields({ creating }: { creating: boolean }) {
  const { t } = useTranslation();
  const opts = (prefix: string, values: readonly string[]) => values.map((v) => ({ value: v, label: t(`${prefix}.${v}`) }));
  const text = (name: string, extra: { autoComplete?: string; inputMode?: 'tel' | 'email' | 'numeric' } = {}) => (
    <Form.Item name={name} label={t(`member.${name}`)}>
      <Input {...extra} />
    </Form.Item>
  );
  const date = (name: string) => (
    <Form.Item name={name} label={t(`member.${name}`)}>
      <DateInput />
    </Form.Item>
  );
  return (
    <div className="form-grid">
      <Form.Item name="fullName" label={t('member.fullName')} rules={[{ required: true, min: 2, whitespace: true, message: t('common.required', { field: t('member.fullName').toLowerCase() }) }]}>
        <Input autoComplete="off" />
      </Form.Item>
      {date('birthDate')}
      <Form.Item name="gender" label={t('member.gender')}>
        <Select allowClear options={opts('gender', ['male', 'female'])} />
      </Form.Item>
      {text('ethnicity')}
      {text('religion')}
      {text('phone', { inputMode: 'tel' })}
      {text('email', { inputMode: 'email' })}
      {text('citizenId', { inputMode: 'numeric' })}
      {text('address')}
      {text('education')}
      {creating ? (
        <Form.Item name="standing" label={t('member.standing')} rules={[{ required: true }]}>
          <Select options={opts('standing', ['official', 'probationary'])} />
        </Form.Item>
      ) : null}
      {text('cardNo')}
      {date('admissionDate')}
      {date('officialDate')}
      <Form.Item name="theoryLevel" label={t('member.theoryLevel')}>
        <Select allowClear options={opts('theory', THEORY_LEVELS)} />
      </Form.Item>
      <Form.Item name="duesCategory" label={t('member.duesCategory')}>
        <Select options={opts('dues', DUES_CATEGORIES)} />
      </Form.Item>
      <DuesBaseField />
      {creating ? date('joinedOn') : null}
    </div>
  );
}

/** Empty strings become null so that clearing a field clears it on the server. */
export function cleanMemberValues<T extends Record<string, unknown>>(v: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, val] of Object.entries(v)) {
    if (val === undefined) continue;
    const clean = typeof val === 'string' ? val.trim() || null : val;
    // These two may be left out but never null.
    if (clean === null && (k === 'joinedOn' || k === 'duesCategory')) continue;
    out[k] = clean;
  }
  return out as T;
}
