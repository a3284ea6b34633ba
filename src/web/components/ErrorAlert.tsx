import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../lib/errors';

/** Shows a failed request's message (or nothing when there is no error). */
export function ErrorAlert({ error, style }: { error: unknown; style?: React.CSSProperties }) {
  const { t } = useTranslation();
  if (!error) return null;
  return <Alert type="error" showIcon role="alert" title={errorText(error, t)} style={{ marginBottom: 16, ...style }} />;
}
