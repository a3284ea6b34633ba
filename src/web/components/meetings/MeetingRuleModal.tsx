import { Form, Input, InputNumber, Select } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { meetingCalls, meetingKeys, useMeetingRule } from '../../api/meetings';
import type { MeetingRuleBody } from '../../api/contract';
import { FormModal } from '../FormModal';
import { DateInput } from '../DateInput';

type Values = {
  dayOfMonth?: number | null; time?: string; quorumNum: number; quorumDen: number; docSuffix: string; signOnBehalf: string;
  numberingBy: 'year' | 'term'; termStart?: string | null;
};

/**
 * The unit's meeting rule and document settings (units below inherit them): the regular meeting day
 * (Chỉ thị 50-CT/TW: the 3rd nationally), the time, the local quorum, the number suffix, who signs.
 */
export function MeetingRuleModal({ orgId, onClose }: { orgId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const rule = useMeetingRule(orgId);
  if (!rule.data) return null;
  const r = rule.data;
  return (
    <FormModal<Values>
      title={t('mtg.rule.title')}
      name="meeting-rule"
      onClose={onClose}
      initialValues={{
        dayOfMonth: r.own.dayOfMonth, time: r.own.time ?? '', quorumNum: r.quorum.num, quorumDen: r.quorum.den,
        docSuffix: r.documents.docSuffix, signOnBehalf: r.documents.signOnBehalf, numberingBy: r.documents.numberingBy as Values['numberingBy'],
        termStart: r.documents.termStart,
      }}
      onSubmit={async (v) => {
        // Only what changed becomes the unit's own setting; the rest stays inherited from above.
        const changed = <T,>(now: T, was: T) => (now === was ? undefined : now);
        const d = r.documents;
        const termStart = v.numberingBy === 'term' ? v.termStart ?? null : null;
        await meetingCalls.setRule(orgId, {
          dayOfMonth: v.dayOfMonth ?? null,
          time: v.time?.trim() ? v.time.trim() : null,
          quorum: v.quorumNum === r.quorum.num && v.quorumDen === r.quorum.den ? undefined : { num: v.quorumNum, den: v.quorumDen },
          docSuffix: changed(v.docSuffix.trim().toUpperCase(), d.docSuffix),
          signOnBehalf: changed(v.signOnBehalf, d.signOnBehalf) as MeetingRuleBody['signOnBehalf'],
          numberingBy: changed(v.numberingBy, d.numberingBy as Values['numberingBy']),
          termStart: changed(termStart, d.termStart),
        });
        await qc.invalidateQueries({ queryKey: meetingKeys.rule(orgId) });
        await qc.invalidateQueries({ queryKey: meetingKeys.all });
      }}
    >
      <p className="muted">{t('mtg.rule.now', { day: r.dayOfMonth, time: r.time })}</p>
      <Form.Item name="dayOfMonth" label={t('mtg.rule.day')} extra={t('mtg.rule.dayHint')}>
        <InputNumber min={1} max={31} inputMode="numeric" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="time" label={t('mtg.rule.time')} rules={[{ pattern: /^([01]\d|2[0-3]):[0-5]\d$/, message: t('mtg.rule.timeFormat') }]}>
        <Input placeholder="19:30" inputMode="numeric" />
      </Form.Item>
      <div className="toolbar">
        <Form.Item name="quorumNum" label={t('mtg.rule.quorumNum')} rules={[{ required: true, message: t('common.choose') }]}>
          <InputNumber min={1} max={20} />
        </Form.Item>
        <Form.Item name="quorumDen" label={t('mtg.rule.quorumDen')} rules={[{ required: true, message: t('common.choose') }]}>
          <InputNumber min={1} max={20} />
        </Form.Item>
      </div>
      <p className="muted">{t('mtg.rule.quorumHint')}</p>
      <Form.Item name="docSuffix" label={t('mtg.rule.docSuffix')} rules={[{ required: true, pattern: /^[A-Za-zĐđ0-9-]{1,12}$/, message: t('mtg.rule.docSuffixFormat') }]}>
        <Input />
      </Form.Item>
      <Form.Item name="signOnBehalf" label={t('mtg.rule.signOnBehalf')}>
        <Select options={[{ value: 'T/M CHI BỘ', label: 'T/M CHI BỘ' }, { value: 'T/M CHI ỦY', label: 'T/M CHI ỦY' }]} />
      </Form.Item>
      <Form.Item name="numberingBy" label={t('mtg.rule.numberingBy')}>
        <Select options={[{ value: 'term', label: t('mtg.rule.byTerm') }, { value: 'year', label: t('mtg.rule.byYear') }]} />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(a, b) => a.numberingBy !== b.numberingBy}>
        {({ getFieldValue }) =>
          getFieldValue('numberingBy') === 'term' ? (
            <Form.Item name="termStart" label={t('mtg.rule.termStart')} extra={t('mtg.rule.termStartHint')}>
              <DateInput />
            </Form.Item>
          ) : null
        }
      </Form.Item>
    </FormModal>
  );
}
