import { Form, Input, Radio } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { replaceCached } from '../../api/cache';
import { FormModal } from '../FormModal';
import { DateInput } from '../DateInput';
import { plannedDate } from '../../../domain/meetings/schedule';
import { parseIsoDate } from '../../../domain/dates';
import { MEETING_TYPES, REGULAR_KINDS, meetingCalls, meetingKey, meetingKeys, useMeetingRule, type ListItem, type Meeting, type MeetingType } from './api';
import { fmtTime, weekdayDate } from './format';
import type { MeetingRule } from '../../api/contract';
import { TimePlaceFields } from './TimePlaceFields';

type Rule = Pick<MeetingRule, 'dayOfMonth' | 'time'>;

const useRule = (orgId: string) => useMeetingRule(orgId, { staleTime: 60_000 });

/** The rule's date for the month of `date` (regular meetings belong to a month). */
function ruleDateFor(date: string | null | undefined, rule: Rule | undefined): string | null {
  if (!date || !rule) return null;
  const { year, month } = parseIsoDate(date);
  return plannedDate(year, month, rule.dayOfMonth);
}

type PlanValues = { type: MeetingType; date: string; startTime: string; location?: string; topic?: string; reason?: string };

/** "Lập kế hoạch sinh hoạt": type, date, time, place; a reason when a regular meeting leaves the rule's day. */
export function PlanMeetingModal({
  orgId, initial, onClose, onDone,
}: {
  orgId: string;
  initial?: Partial<ListItem>;
  onClose: () => void;
  onDone: (m: Meeting) => void;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const rule = useRule(orgId);
  if (rule.isLoading) return null;
  return (
    <FormModal<PlanValues>
      title={t('mtg.plan.title')}
      name="plan-meeting"
      okText={t('mtg.plan.submit')}
      initialValues={{
        type: initial?.type ?? 'regular', date: initial?.date, startTime: fmtTime(initial?.startTime) || rule.data?.time,
        location: initial?.location ?? undefined,
      }}
      onClose={onClose}
      onSubmit={async (v) => {
        const ruleDate = initial?.originalDate ?? ruleDateFor(v.date, rule.data);
        const body = {
          type: v.type, date: v.date, startTime: v.startTime || undefined, location: v.location?.trim() || undefined, topic: v.topic?.trim() || null,
          ...(REGULAR_KINDS.includes(v.type) && ruleDate ? { originalDate: ruleDate } : {}),
          ...(v.reason?.trim() ? { reason: v.reason.trim() } : {}),
        };
        const m = await meetingCalls.create(orgId, body);
        await replaceCached(qc, meetingKey(m.id), m);
        await qc.invalidateQueries({ queryKey: meetingKeys.all });
        onDone(m);
      }}
    >
      <PlanFields rule={rule.data} fixedOriginal={initial?.originalDate ?? null} />
    </FormModal>
  );
}

function PlanFields({ rule, fixedOriginal }: { rule: Rule | undefined; fixedOriginal: string | null }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<PlanValues>();
  const type: MeetingType = Form.useWatch('type', form) ?? 'regular';
  const date: string | undefined = Form.useWatch('date', form);
  const regular = REGULAR_KINDS.includes(type);
  const ruleDate = fixedOriginal ?? ruleDateFor(date, rule);
  const needsReason = regular && !!date && !!ruleDate && date !== ruleDate;
  return (
    <>
      <Form.Item name="type" label={t('mtg.field.type')} rules={[{ required: true, message: t('common.choose') }]}>
        <Radio.Group className="mt-radio-list" options={MEETING_TYPES.map((k) => ({ value: k, label: t(`mtg.type.${k}`) }))} />
      </Form.Item>
      <Form.Item
        name="date" label={t('mtg.field.date')} rules={[{ required: true, message: t('mtg.plan.dateRequired') }]}
        extra={regular && ruleDate ? t('mtg.plan.ruleDate', { date: weekdayDate(ruleDate) }) : undefined}
      >
        <DateInput />
      </Form.Item>
      <TimePlaceFields />
      {type !== 'regular' ? (
        <Form.Item name="topic" label={t('mtg.field.topic')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      ) : null}
      {needsReason ? (
        <Form.Item
          name="reason" label={t('mtg.move.reason')} extra={t('mtg.move.reasonHint')}
          rules={[{ required: true, whitespace: true, message: t('mtg.move.reasonRequired') }]}
        >
          <Input.TextArea rows={2} />
        </Form.Item>
      ) : null}
    </>
  );
}

/** Moves a meeting (a planned one, or a month of the rule not yet planned) to another date, with a reason. */
export function MoveMeetingModal({ item, onClose, onDone }: { item: ListItem | Meeting; onClose: () => void; onDone?: (m: Meeting) => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const virtual = 'virtual' in item && item.virtual;
  return (
    <FormModal<{ date: string; startTime?: string; reason: string }>
      title={t('mtg.move.title', { date: weekdayDate(item.date) })}
      name="move-meeting"
      okText={t('mtg.move.submit')}
      initialValues={{ startTime: fmtTime(item.startTime) }}
      onClose={onClose}
      onSubmit={async (v) => {
        const reason = v.reason.trim();
        const m = virtual || !item.id
          ? await meetingCalls.create(item.orgId, {
              type: item.type, originalDate: item.originalDate ?? item.date, date: v.date, startTime: v.startTime || undefined, reason,
            })
          : await meetingCalls.update(item.id, { date: v.date, startTime: v.startTime || undefined, reason });
        await replaceCached(qc, meetingKey(m.id), m);
        await qc.invalidateQueries({ queryKey: meetingKeys.all });
        onDone?.(m);
      }}
    >
      <Form.Item name="date" label={t('mtg.move.newDate')} rules={[{ required: true, message: t('mtg.plan.dateRequired') }]}>
        <DateInput />
      </Form.Item>
      <Form.Item name="startTime" label={t('mtg.field.time')}>
        <Input type="time" style={{ maxWidth: 160 }} />
      </Form.Item>
      <Form.Item
        name="reason" label={t('mtg.move.reason')} extra={t('mtg.move.reasonHint')}
        rules={[{ required: true, whitespace: true, message: t('mtg.move.reasonRequired') }]}
      >
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}

/** Cancels a meeting with a reason (a month of the rule not yet planned is planned, then cancelled). */
export function CancelMeetingModal({ item, onClose, onDone }: { item: ListItem | Meeting; onClose: () => void; onDone?: (m: Meeting) => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  return (
    <FormModal<{ reason: string }>
      title={t('mtg.cancel.title', { date: weekdayDate(item.date) })}
      name="cancel-meeting"
      okText={t('mtg.cancel.submit')}
      danger
      onClose={onClose}
      onSubmit={async (v) => {
        let id = item.id;
        if (!id) {
          const created = await meetingCalls.create(item.orgId, { type: item.type, originalDate: item.originalDate ?? item.date });
          id = created.id;
        }
        const m = await meetingCalls.update(id, { status: 'cancelled', reason: v.reason.trim() });
        await replaceCached(qc, meetingKey(m.id), m);
        await qc.invalidateQueries({ queryKey: meetingKeys.all });
        onDone?.(m);
      }}
    >
      <p>{t('mtg.cancel.hint')}</p>
      <Form.Item name="reason" label={t('mtg.cancel.reason')} rules={[{ required: true, whitespace: true, message: t('mtg.move.reasonRequired') }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}
