import { useState } from 'react';
import { Button, Form, Input } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useEndTemporary, useRecordTemporary } from '../../api/members';
import type { Profile } from '../../api/contract';
import { temporaryOn } from '../../../domain/members';
import { addDays, todayVn } from '../../../domain/dates';
import { DateInput } from '../../components/DateInput';
import { FormModal } from '../../components/FormModal';
import { OrgSelect } from '../../components/OrgSelect';
import { Section } from '../../components/Section';
import { Chip } from '../../components/Tags';
import { fmtDate } from '../../lib/format';

/**
 * A member's temporary attendance in other cells (sinh hoạt đảng tạm thời; rule in src/domain/members.ts): during
 * each period the member is expected at the host cell, not at home, and is out of the home cell's voting base.
 */
export function TemporaryAttendance({ profile: p }: { profile: Profile }) {
  const { t } = useTranslation();
  const end = useEndTemporary(p.personId);
  const [ending, setEnding] = useState<string | null>(null);
  const today = todayVn();
  const periods = p.memberships.filter((m) => m.kind === 'temporary').sort((a, b) => b.startedOn.localeCompare(a.startedOn));
  const required = (field: string) => [{ required: true, message: t('common.required', { field: field.toLowerCase() }) }];
  return (
    <>
      {periods.length ? (
        <Section title={t('rules.member.temporaryTitle')}>
          <ul className="plain-list">
            {periods.map((m) => {
              const now = temporaryOn({ from: m.startedOn, to: m.endedOn }, today);
              return (
                <li key={m.id}>
                  <div>
                    <Link to={`/orgs/${m.orgId}`}>{m.orgName}</Link>{' '}
                    {now ? <Chip tone="amber">{t('rules.member.now')}</Chip> : null}
                  </div>
                  <div className="muted">
                    {t('rules.member.period', { from: fmtDate(m.startedOn), to: m.endedOn ? fmtDate(m.endedOn) : '…' })}
                    {m.endReason ? ` · ${m.endReason}` : ''}
                  </div>
                  {p.can.manage && (!m.endedOn || m.endedOn >= today) ? (
                    <Button size="small" onClick={() => setEnding(m.id)} style={{ minHeight: 44 }}>
                      {t('rules.member.end')}
                    </Button>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </Section>
      ) : null}
      {ending ? (
        <FormModal<{ to: string }>
          title={t('rules.member.end')} name="temporary-end" onClose={() => setEnding(null)} initialValues={{ to: addDays(today, -1) }}
          onSubmit={async (v) => {
            await end.mutateAsync({ membershipId: ending, to: v.to });
          }}
        >
          <Form.Item name="to" label={t('rules.member.lastDay')} rules={required(t('rules.member.lastDay'))}>
            <DateInput />
          </Form.Item>
        </FormModal>
      ) : null}
    </>
  );
}

/** Records a temporary attendance: the host cell, the first and the last day (both included), the reason. */
export function TemporaryAddModal({ profile: p, onClose }: { profile: Profile; onClose: () => void }) {
  const { t } = useTranslation();
  const record = useRecordTemporary(p.personId);
  const today = todayVn();
  const required = (field: string) => [{ required: true, message: t('common.required', { field: field.toLowerCase() }) }];
  return (
        <FormModal<{ hostOrgId: string; from: string; to: string; reason?: string }>
          title={t('rules.member.temporaryAdd')} name="temporary" onClose={onClose} initialValues={{ from: today }}
          onSubmit={async (v) => {
            await record.mutateAsync({ ...v, reason: v.reason?.trim() || null });
          }}
        >
          <p className="muted">{t('rules.member.temporaryHint')}</p>
          <Form.Item name="hostOrgId" label={t('rules.member.host')} rules={[{ required: true, message: t('common.choose') }]}>
            <OrgSelect kinds={['cell']} exclude={(o) => o.id === p.currentOrgId} />
          </Form.Item>
          <Form.Item name="from" label={t('rules.member.from')} rules={required(t('rules.member.from'))}>
            <DateInput />
          </Form.Item>
          <Form.Item name="to" label={t('rules.member.to')} rules={required(t('rules.member.to'))}>
            <DateInput />
          </Form.Item>
          <Form.Item name="reason" label={t('common.reason')}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </FormModal>
  );
}

/** In the member's header: where the member attends temporarily today, if anywhere. */
export function TemporaryChip({ profile: p }: { profile: Profile }) {
  const { t } = useTranslation();
  const today = todayVn();
  const now = p.memberships.find((m) => m.kind === 'temporary' && temporaryOn({ from: m.startedOn, to: m.endedOn }, today));
  return now ? <Chip tone="amber">{t('rules.member.attendingAt', { name: now.orgName })}</Chip> : null;
}
