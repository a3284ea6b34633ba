import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

/** The start time (required) and the place of a meeting, as the plan and edit dialogs ask them. */
export function TimePlaceFields() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name="startTime" label={t('mtg.field.time')} rules={[{ required: true, message: t('mtg.plan.timeRequired') }]}>
        <Input type="time" style={{ maxWidth: 160 }} />
      </Form.Item>
      <Form.Item name="location" label={t('mtg.field.location')}>
        <Input />
      </Form.Item>
    </>
  );
}
