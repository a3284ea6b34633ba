import { Alert } from 'antd';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMember } from '../api/members';
import { ErrorAlert } from '../components/ErrorAlert';
import { PageLoading } from '../components/PageLoading';
import { PageTitle } from '../components/PageTitle';
import { StandingTag, StateTag } from '../components/Tags';
import { ProfileDetails } from './member/ProfileDetails';
import { History } from './member/History';
import { MemberActions } from './member/MemberActions';
import { TemporaryAttendance, TemporaryChip } from './member/TemporaryAttendance';
import { AttendanceHistory } from '../components/meetings/AttendanceHistory';
import { MemberTraining } from '../components/training/MemberTraining';

/** A member's record: personal and party details, cells over time, status changes and positions. */
export default function MemberPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const q = useMember(id);
  if (q.isLoading) return <PageLoading />;
  if (!q.data) return <ErrorAlert error={q.error} />;
  const p = q.data;
  return (
    <>
      {p.currentOrgId ? (
        <nav aria-label={t('org.breadcrumb')}>
          <ol className="crumbs">
            <li>
              <Link to={`/orgs/${p.currentOrgId}`}>{p.currentOrgName}</Link>
            </li>
            <li aria-current="page">{p.fullName}</li>
          </ol>
        </nav>
      ) : null}
      <PageTitle text={p.fullName} extra={<MemberActions profile={p} />}>
        {p.fullName}
      </PageTitle>
      <div className="toolbar" style={{ marginTop: -8 }}>
        <StandingTag standing={p.standing} />
        <StateTag state={p.state} />
        <TemporaryChip profile={p} />
        {p.positions
          .filter((x) => !x.endedOn)
          .map((x) => (
            <span key={x.positionId}>{t(`position.${x.title}`, { defaultValue: x.title })}</span>
          ))}
      </div>
      {!p.currentOrgId ? <Alert type="info" showIcon title={t('member.notMember')} style={{ marginBottom: 16 }} /> : null}
      <ProfileDetails profile={p} />
      <TemporaryAttendance profile={p} />
      <History profile={p} />
      <AttendanceHistory personId={p.personId} />
      <MemberTraining personId={p.personId} />
    </>
  );
}
