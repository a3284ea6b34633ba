import { Alert, App, Button } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Section } from '../Section';
import { fmtDate } from '../../lib/format';
import { useConfirmRead, useMyDocuments } from './documents-api';
import './followup.css';

/** "Văn bản tôi cần đọc": directives the member missed at the meeting; she reads and confirms on her phone. */
export function MyDocuments() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const mine = useMyDocuments();
  const confirm = useConfirmRead();
  const items = mine.data?.items ?? [];
  if (!items.length) return null;
  return (
    <Section title={t('fu.doc.mine')}>
      <p className="muted">{t('fu.doc.mineHint')}</p>
      <ul className="fu-list">
        {items.map((d) => (
          <li key={d.id} className="fu-card">
            <Link to={`/documents/${d.id}`} className="fu-card-title">{d.number} — {d.subject}</Link>
            <div className="fu-card-meta">
              <span>{d.issuer}</span>
              {d.disseminateBy ? <span>{t('fu.doc.by', { date: fmtDate(d.disseminateBy) })}</span> : null}
            </div>
            <div className="fu-actions">
              <Button href={`/api/documents/${d.id}/file`}>{t('fu.doc.download', { type: d.file.type.toUpperCase(), size: `${Math.ceil(d.file.size / 1024)} KB` })}</Button>
              <Button type="primary" loading={confirm.isPending && confirm.variables === d.id}
                onClick={() => void confirm.mutateAsync(d.id).then(() => message.success(t('fu.doc.confirmed'))).catch(() => undefined)}>
                {t('fu.doc.confirm')}
              </Button>
            </div>
          </li>
        ))}
      </ul>
      {confirm.error ? <Alert type="error" title={String((confirm.error as Error).message)} /> : null}
    </Section>
  );
}
