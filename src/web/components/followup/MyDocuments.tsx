import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Section } from '../Section';
import { DocLink } from '../DocLink';
import { ErrorNotice } from '../light';
import { fmtDate } from '../../lib/format';
import { useConfirmRead, useMyDocuments } from './documents-api';
import './followup.css';

/**
 * "Văn bản tôi cần đọc": directives the member missed at the meeting; she reads and confirms on her phone. Plain HTML:
 * it is part of a member's home, which does not load antd.
 */
export function MyDocuments() {
  const { t } = useTranslation();
  const mine = useMyDocuments();
  const confirm = useConfirmRead();
  const [confirmed, setConfirmed] = useState(false);
  const items = mine.data?.items ?? [];
  // Said where the list was, even once the last document is read and the list is gone.
  const said = confirmed ? (
    <p className="notice notice-success" role="status">
      {t('fu.doc.confirmed')}
    </p>
  ) : null;
  if (!items.length) return said;
  return (
    <>
      {said}
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
                <DocLink href={`/api/documents/${d.id}/file`}>{t('fu.doc.download', { type: d.file.type.toUpperCase(), size: `${Math.ceil(d.file.size / 1024)} KB` })}</DocLink>
                <button
                  type="button"
                  className="btn btn-primary"
                  disabled={confirm.isPending && confirm.variables === d.id}
                  aria-busy={(confirm.isPending && confirm.variables === d.id) || undefined}
                  onClick={() => {
                    setConfirmed(false);
                    void confirm.mutateAsync(d.id).then(() => setConfirmed(true)).catch(() => undefined);
                  }}
                >
                  {t('fu.doc.confirm')}
                </button>
              </div>
            </li>
          ))}
        </ul>
        <ErrorNotice error={confirm.error} />
      </Section>
    </>
  );
}
