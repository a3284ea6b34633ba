import { useState } from 'react';
import { Alert, App, Button, Form, Input } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/auth';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoading } from '../../components/PageLoading';
import { PageTitle } from '../../components/PageTitle';
import { Section } from '../../components/Section';
import { Chip } from '../../components/Tags';
import { MeetingStatusTag, MeetingTypeTag } from '../../components/meetings/Tags';
import { fmtTime, weekdayDate } from '../../components/meetings/format';
import { useMeeting } from '../../components/meetings/api';
import { fmtDateTime } from '../../lib/format';
import { useObservations, useOversightActions, type ObservationBody } from '../../api/oversight';
import '../../components/meetings/meetings.css';
import '../../components/oversight/oversight.css';

/** The observation after a meeting the committee member in charge attended (QĐ 296-QĐ/TW: ongoing supervision). */
export default function ObservationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const me = useMe().data;
  const meeting = useMeeting(id);
  const year = meeting.data ? Number(meeting.data.date.slice(0, 4)) : 0;
  const list = useObservations(meeting.data ? me?.personId : null, year);
  const item = list.data?.items.find((i) => i.meetingId === id);
  const actions = useOversightActions();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [form] = Form.useForm<ObservationBody>();
  const title = t('ovs.obs.title');
  if (meeting.isLoading || list.isLoading) return <PageLoading />;
  const m = meeting.data;
  const submit = async (v: ObservationBody) => {
    setBusy(true);
    setError(null);
    try {
      await actions.writeObservation(id, { leadership: v.leadership, mood: v.mood, residents: v.residents || null, proposals: v.proposals || null });
      void message.success(t('ovs.obs.saved'));
      navigate('/oversight');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const rule = [{ required: true, whitespace: true, min: 2, message: t('ovs.obs.required') }];
  return (
    <>
      <PageTitle text={title}>
        {title}
        {m ? <span className="mt-subtitle">{m.orgName} — {weekdayDate(m.date)}</span> : null}
      </PageTitle>
      <ErrorAlert error={meeting.error ?? list.error} />
      {m ? (
        <div className="ovs-meeting-meta">
          <div className="mt-card-tags">
            <MeetingTypeTag type={m.type} />
            <MeetingStatusTag status={m.status} />
            {item?.attended ? <Chip tone="blue">{t('ovs.att.attended')}</Chip> : null}
          </div>
          <div>{fmtTime(m.startTime)}{m.location ? ` — ${m.location}` : ''}</div>
          {m.topic ? <div className="wrap-anywhere">{m.topic}</div> : null}
          <Link className="row-link" to={`/meetings/${m.id}`}>{t('ovs.home.open')}</Link>
        </div>
      ) : null}
      <Section title={item?.observation ? t('ovs.obs.edit') : t('ovs.obs.write')}>
        <p className="muted">{t('ovs.obs.intro')}</p>
        {item && !item.attended ? <Alert type="warning" showIcon className="mt-alert" title={t('ovs.obs.cannot')} /> : null}
        {item?.observation ? <p className="muted">{t('ovs.obs.writtenAt', { date: fmtDateTime(item.observation.updatedAt) })}</p> : null}
        <ErrorAlert error={error} />
        {m ? (
          <Form<ObservationBody>
            form={form}
            layout="vertical"
            className="ovs-form"
            name="observation"
            initialValues={item?.observation ?? {}}
            onFinish={submit}
            disabled={busy || (!!item && !item.attended)}
          >
            <Form.Item name="leadership" label={t('ovs.obs.leadership')} extra={t('ovs.obs.leadershipHint')} rules={rule}>
              <Input.TextArea rows={4} maxLength={2000} />
            </Form.Item>
            <Form.Item name="mood" label={t('ovs.obs.mood')} rules={rule}>
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
            <Form.Item name="residents" label={t('ovs.obs.residents')}>
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
            <Form.Item name="proposals" label={t('ovs.obs.proposals')}>
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
            <div className="mt-actions">
              <Button type="primary" htmlType="submit" loading={busy} size="large">{t('ovs.obs.save')}</Button>
              <Link className="row-link" to="/oversight">{t('ovs.obs.back')}</Link>
            </div>
          </Form>
        ) : null}
      </Section>
    </>
  );
}
