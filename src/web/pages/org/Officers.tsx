import { useState } from 'react';
import { Button, Form, Popconfirm } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAddOverseer, useEndOverseer } from '../../api/orgs';
import type { OrgDetail } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormModal } from '../../components/FormModal';
import { MemberPicker } from '../../components/MemberPicker';
import { Section } from '../../components/Section';
import { fmtDate } from '../../lib/format';

const ORDER = ['commune_secretary', 'commune_deputy', 'standing_committee', 'committee_member', 'cell_secretary', 'cell_deputy', 'cell_committee'];

/** The unit's officers (secretary, deputies, committee) and the committee members in charge of it. */
export function Officers({ org }: { org: OrgDetail }) {
  const { t } = useTranslation();
  const officers = [...org.officers].sort((a, b) => ORDER.indexOf(a.title) - ORDER.indexOf(b.title) || a.fullName.localeCompare(b.fullName, 'vi'));
  const showOverseers = org.kind === 'cell' || org.overseers.length > 0;
  const addOverseer = useAddOverseer(org.id);
  const endOverseer = useEndOverseer(org.id);
  const [assigning, setAssigning] = useState(false);
  // The commune committee assigns its members to be in charge of cells (đảng ủy viên phụ trách).
  const manage = org.can.manage && org.status === 'active';
  const end = (personId: string) => endOverseer.mutateAsync(personId).catch(() => undefined);
  return (
    <Section title={t('org.officers')}>
      {officers.length === 0 ? (
        <p className="muted">{t('org.noOfficers')}</p>
      ) : (
        <dl className="kv">
          {officers.map((o) => (
            <div key={o.positionId} style={{ display: 'contents' }}>
              <dt>{t(`position.${o.title}`, { defaultValue: o.title })}</dt>
              <dd>
                <Link to={`/members/${o.personId}`}>{o.fullName}</Link>{' '}
                <span className="muted">
                  {o.termLabel ? t('org.term', { term: o.termLabel }) + ', ' : ''}
                  {t('common.from', { date: fmtDate(o.startedOn) })}
                </span>
              </dd>
            </div>
          ))}
        </dl>
      )}
      {showOverseers ? (
        <>
          <div className="toolbar" style={{ marginTop: 16, marginBottom: 8 }}>
            <h3 style={{ margin: 0 }}>{t('org.overseers')}</h3>
            {manage ? <Button onClick={() => setAssigning(true)}>{t('org.assignOverseer')}</Button> : null}
          </div>
          <ErrorAlert error={endOverseer.error} />
          {org.overseers.length === 0 ? (
            <p className="muted">{t('org.noOverseers')}</p>
          ) : (
            <ul className="plain-list">
              {org.overseers.map((o) => (
                <li key={o.personId}>
                  <Link to={`/members/${o.personId}`}>{o.fullName}</Link>{' '}
                  <span className="muted">{t('common.from', { date: fmtDate(o.startedOn) })}</span>
                  {manage ? (
                    <Popconfirm
                      title={t('org.endOverseerQ', { name: o.fullName })}
                      okText={t('common.confirm')}
                      cancelText={t('common.cancel')}
                      onConfirm={() => end(o.personId)}
                    >
                      <Button size="small" type="link" aria-label={`${t('org.endOverseer')}: ${o.fullName}`}>
                        {t('org.endOverseer')}
                      </Button>
                    </Popconfirm>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
      {assigning ? (
        <FormModal<{ personId: string }>
          title={t('org.assignOverseer')} name="assign-overseer" onClose={() => setAssigning(false)}
          onSubmit={async (v) => {
            await addOverseer.mutateAsync({ personId: v.personId });
          }}
        >
          <Form.Item name="personId" label={t('org.overseerPerson')} rules={[{ required: true, message: t('common.choose') }]}>
            <MemberPicker />
          </Form.Item>
        </FormModal>
      ) : null}
    </Section>
  );
}
