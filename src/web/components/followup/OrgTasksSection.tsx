import { Alert } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Section } from '../Section';
import { TaskCard } from './TaskCard';
import { useTasks } from './tasks-api';

/** On a unit's page and on the dashboard (the secretary's and the office's home): "Nhiệm vụ" — the overdue tasks first (up to three), their count, and the link to the whole list. */
export function OrgTasksSection({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const overdue = useTasks(orgId, { status: 'overdue' });
  const all = useTasks(orgId, {});
  const link = (
    <span className="fu-card-meta">
      <Link to={`/orgs/${orgId}/tasks`} className="mt-strong-link">
        {t('fu.task.openAll')}
      </Link>
      <Link to={`/orgs/${orgId}/reports`} className="mt-strong-link">
        {t('fu.report.open')}
      </Link>
      <Link to={`/orgs/${orgId}/documents`} className="mt-strong-link">
        {t('fu.doc.open')}
      </Link>
    </span>
  );
  const n = overdue.data?.total ?? 0;
  return (
    <Section title={t('fu.task.sectionTitle')} extra={link}>
      {overdue.isLoading ? null : n > 0 ? (
        <>
          <Alert type="error" showIcon title={t('fu.task.overdueCount', { count: n })} style={{ marginBottom: 8 }} />
          <ul className="fu-list">
            {overdue.data!.items.slice(0, 3).map((x) => <TaskCard key={x.id} task={x} />)}
          </ul>
        </>
      ) : (
        <p className="muted">
          {t('fu.task.noneOverdue')} {all.data ? t('fu.task.openCount', { count: all.data.items.filter((x) => x.status === 'open' || x.status === 'in_progress').length }) : null}
        </p>
      )}
    </Section>
  );
}
