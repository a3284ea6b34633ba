import { Form, Input, Radio } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { replaceCached } from '../../api/cache';
import { FormModal } from '../FormModal';
import { MEETING_TYPES, meetingCalls, meetingKey, meetingKeys, type Meeting, type MeetingType } from './api';
import { fmtTime } from './format';
import { TimePlaceFields } from './TimePlaceFields';

/** Type, time, place and topic of a planned meeting (the date is changed by moving it, with a reason). */
export function EditMeetingModal({ m, onClose }: { m: Meeting; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  return (
    <FormModal<{ type: MeetingType; startTime: string; location?: string; topic?: string }>
      title={t('mtg.edit.title')}
      name="edit-meeting"
      initialValues={{ type: m.type, startTime: fmtTime(m.startTime), location: m.location ?? '', topic: m.topic ?? '' }}
      onClose={onClose}
      onSubmit={async (v) => {
        const out = await meetingCalls.update(m.id, {
          type: v.type, startTime: v.startTime, location: v.location?.trim() || null, topic: v.topic?.trim() || null,
        });
        await replaceCached(qc, meetingKey(m.id), out);
        await qc.invalidateQueries({ queryKey: meetingKeys.all });
      }}
    >
      <Form.Item name="type" label={t('mtg.field.type')}>
        <Radio.Group className="mt-radio-list" options={MEETING_TYPES.map((k) => ({ value: k, label: t(`mtg.type.${k}`) }))} />
      </Form.Item>
      <TimePlaceFields />
      <Form.Item name="topic" label={t('mtg.field.topic')}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}
