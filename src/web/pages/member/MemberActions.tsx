import { useState } from 'react';
import { Button, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useInvalidate } from '../../api/hooks';
import { useCreateAccount } from '../../api/accounts';
import { useAddPosition, useRecordEvent, useTransferMember, useUpdateMember } from '../../api/members';
import type { Profile, Role, UpdateMemberBody } from '../../api/contract';
import { canTransition, EVENT_KINDS, type EventKind, type PositionTitle } from '../../../domain/members';
import { DateInput } from '../../components/DateInput';
import { FormModal } from '../../components/FormModal';
import { cleanMemberValues, MemberFields } from '../../components/MemberFields';
import { OrgSelect } from '../../components/OrgSelect';
import { AccountFields } from '../../components/AccountFields';
import { todayVn } from '../../../domain/dates';
import { TemporaryAddModal } from './TemporaryAttendance';

type Mode = 'edit' | 'transfer' | 'temporary' | 'event' | 'position' | 'account';
const POSITIONS = ['cell_secretary', 'cell_deputy', 'cell_committee', 'commune_secretary', 'commune_deputy', 'standing_committee', 'committee_member'];

/** The status changes that make sense from where the member is now (the server checks again). */
/** The status changes the server accepts for this member (the rule lives in src/domain/members.ts). */
const eventKinds = (p: Profile): EventKind[] => EVENT_KINDS.filter((k) => canTransition(k, p.standing ?? '', p.state ?? ''));

export function MemberActions({ profile: p }: { profile: Profile }) {
  const { t } = useTranslation();
  const invalidate = useInvalidate();
  const update = useUpdateMember(p.personId);
  const transfer = useTransferMember(p.personId);
  const recordEvent = useRecordEvent(p.personId);
  const addPosition = useAddPosition(p.personId);
  const createAccount = useCreateAccount();
  const [mode, setMode] = useState<Mode | null>(null);
  const close = () => setMode(null);
  const refresh = () => invalidate('member', 'members', 'org', 'orgs', 'accounts');
  const active = !!p.currentOrgId;
  const kinds = eventKinds(p);
  const required = (field: string) => [{ required: true, whitespace: true, message: t('common.required', { field: field.toLowerCase() }) }];
  const { memberships: _m, events: _e, positions: _p, account: _a, can: _c, personId: _id, currentOrgId: _o, currentOrgName: _n, standing: _s, state: _st, ...editable } = p;
  return (
    <>
      {p.can.manage ? (
        <>
          <Button onClick={() => setMode('edit')}>{t('common.edit')}</Button>
          {active ? <Button onClick={() => setMode('transfer')}>{t('member.transfer')}</Button> : null}
          {active ? <Button onClick={() => setMode('temporary')}>{t('rules.member.temporaryAdd')}</Button> : null}
          {kinds.length ? <Button onClick={() => setMode('event')}>{t('member.recordEvent')}</Button> : null}
          {active ? <Button onClick={() => setMode('position')}>{t('member.addPosition')}</Button> : null}
        </>
      ) : null}
      {p.can.manageAccount && !p.account ? <Button onClick={() => setMode('account')}>{t('member.createAccount')}</Button> : null}
      {mode === 'edit' ? (
        <FormModal<Record<string, unknown>>
          title={t('member.editTitle')} name="edit-member" width={760} onClose={close} initialValues={editable}
          onSubmit={async (v) => {
            await update.mutateAsync(cleanMemberValues(v) as Partial<UpdateMemberBody>);
          }}
        >
          <MemberFields creating={false} />
        </FormModal>
      ) : null}
      {mode === 'transfer' ? (
        <FormModal<{ toOrgId: string; effectiveOn?: string; reason: string }>
          title={t('member.transfer')} name="transfer" onClose={close} initialValues={{ effectiveOn: todayVn() }}
          onSubmit={async (v) => {
            await transfer.mutateAsync({ ...v, effectiveOn: v.effectiveOn || undefined });
          }}
        >
          <Form.Item name="toOrgId" label={t('member.toOrg')} rules={[{ required: true, message: t('common.choose') }]}>
            <OrgSelect kinds={['cell']} exclude={(o) => o.id === p.currentOrgId} />
          </Form.Item>
          <Form.Item name="effectiveOn" label={t('common.effectiveOn')}>
            <DateInput />
          </Form.Item>
          <Form.Item name="reason" label={t('common.reason')} rules={required(t('common.reason'))}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </FormModal>
      ) : null}
      {mode === 'temporary' ? <TemporaryAddModal profile={p} onClose={close} /> : null}
      {mode === 'event' ? (
        <FormModal<{ kind: EventKind; effectiveOn: string; reason?: string; decisionRef?: string }>
          title={t('member.recordEvent')} name="event" onClose={close} initialValues={{ kind: kinds[0], effectiveOn: todayVn() }}
          onSubmit={async (v) => {
            await recordEvent.mutateAsync({ ...v, reason: v.reason?.trim() || null, decisionRef: v.decisionRef?.trim() || null });
          }}
        >
          <Form.Item name="kind" label={t('member.eventKind')} rules={[{ required: true }]}>
            <Select options={kinds.map((k) => ({ value: k, label: t(`event.${k}`) }))} />
          </Form.Item>
          <Form.Item name="effectiveOn" label={t('common.effectiveOn')} rules={[{ required: true, message: t('common.dateFormatHint') }]}>
            <DateInput />
          </Form.Item>
          <Form.Item name="reason" label={t('common.reason')}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item name="decisionRef" label={t('member.decisionRef')}>
            <Input />
          </Form.Item>
        </FormModal>
      ) : null}
      {mode === 'position' ? (
        <FormModal<{ orgId: string; title: PositionTitle; termLabel?: string; startedOn?: string }>
          title={t('member.addPosition')} name="position" onClose={close}
          initialValues={{ orgId: p.currentOrgId ?? undefined, title: 'cell_committee', startedOn: todayVn() }}
          onSubmit={async (v) => {
            await addPosition.mutateAsync({ ...v, termLabel: v.termLabel?.trim() || null, startedOn: v.startedOn || undefined });
          }}
        >
          <Form.Item name="title" label={t('member.positionTitle')} rules={[{ required: true }]}>
            <Select options={POSITIONS.map((k) => ({ value: k, label: t(`position.${k}`) }))} />
          </Form.Item>
          <Form.Item name="orgId" label={t('member.positionOrg')} rules={[{ required: true, message: t('common.choose') }]}>
            <OrgSelect />
          </Form.Item>
          <Form.Item name="termLabel" label={t('member.termLabel')}>
            <Input placeholder="2020–2025" />
          </Form.Item>
          <Form.Item name="startedOn" label={t('member.startedOn')}>
            <DateInput />
          </Form.Item>
        </FormModal>
      ) : null}
      {mode === 'account' ? (
        <FormModal<{ username: string; password: string; role: Role; orgId: string }>
          title={t('member.createAccount')} name="create-account" onClose={close}
          initialValues={{ role: 'member', orgId: p.currentOrgId ?? undefined }}
          onSubmit={async (v) => {
            await createAccount.mutateAsync({ ...v, username: v.username.trim(), personId: p.personId });
            await refresh();
          }}
        >
          <AccountFields />
        </FormModal>
      ) : null}
    </>
  );
}
