import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

/** Under the meeting's monthly review item: the tasks to review, each with what the cell says about it. */
export function TaskReviewLink({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  return (
    <p>
      <Link to={`/meetings/${meetingId}/task-review`} className="mt-strong-link">{t('fu.task.review.open')}</Link>
    </p>
  );
}
