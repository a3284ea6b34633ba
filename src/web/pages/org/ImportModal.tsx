import { useId, useState } from 'react';
import { Alert, App, Button, Modal } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { importMembers } from '../../api/orgs';
import { useInvalidate } from '../../api/hooks';
import type { ImportResult, OrgDetail } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DocLink } from '../../components/DocLink';

/** Rows as the server reports them, from a preview or from a refused import (error.details.rows). */
function rowsOf(e: unknown): ImportResult | null {
  if (e instanceof ApiError && e.code === 'import_has_errors') {
    const rows = (e.details as { rows?: ImportResult['rows'] } | undefined)?.rows;
    if (rows) return { ok: false, rows, total: rows.length, created: 0 };
  }
  return null;
}

/**
 * Import members from the chibo template: choosing a file previews it (dry run) row by row; the import is
 * all-or-nothing, so a file with any bad row cannot be confirmed.
 */
export function ImportModal({ org, onClose }: { org: OrgDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const invalidate = useInvalidate();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const send = (f: File, dryRun: boolean) => importMembers(org.id, f, dryRun);
  /** A refused file shows its rows with their errors; any other failure shows as an error. */
  const showFailure = (e: unknown) => {
    const rows = rowsOf(e);
    if (rows) setPreview(rows);
    else setError(e);
  };
  const choose = async (f: File | null) => {
    setFile(f);
    setPreview(null);
    setError(null);
    if (!f) return;
    setBusy(true);
    try {
      setPreview(await send(f, true));
    } catch (e) {
      showFailure(e);
    } finally {
      setBusy(false);
    }
  };
  const confirm = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const r = await send(file, false);
      await invalidate('members', 'org', 'orgs');
      message.success(t('import.done', { count: r.created }));
      onClose();
    } catch (e) {
      showFailure(e);
    } finally {
      setBusy(false);
    }
  };
  const bad = preview ? preview.rows.filter((r) => r.errors.length > 0).length : 0;
  const canConfirm = !!preview && preview.ok && bad === 0 && !busy;
  return (
    <Modal
      open
      title={t('import.title')}
      width={820}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button key="ok" type="primary" disabled={!canConfirm} loading={busy && !!preview} onClick={confirm}>
          {t('import.confirm')}
        </Button>,
      ]}
    >
      <p>{t('import.step1')}</p>
      <p>
        <DocLink icon={<DownloadOutlined aria-hidden />} href="/api/import/members-template.xlsx">
          {t('import.template')}
        </DocLink>
      </p>
      <div className="file-field">
        <label htmlFor={fileId}>{t('import.file')}</label>
        <input
          id={fileId}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => void choose(e.target.files?.[0] ?? null)}
        />
      </div>
      <ErrorAlert error={error} />
      <div aria-live="polite">
        {busy && !preview ? <p>{t('common.loading')}</p> : null}
        {preview ? (
          <Alert
            type={bad === 0 && preview.ok ? 'success' : 'error'}
            showIcon
            style={{ marginBottom: 12 }}
            title={bad === 0 && preview.ok ? t('import.allOk', { count: preview.rows.length }) : t('import.hasErrors', { count: bad })}
          />
        ) : null}
      </div>
      {preview && preview.rows.length > 0 ? (
        // Scrolls on its own: focusable so keyboard users can scroll it too.
        <div className="import-table-wrap" tabIndex={0} role="region" aria-label={t('import.tableCaption')}>
          <table className="simple-table import-table">
            <caption className="visually-hidden">{t('import.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('import.row')}</th>
                <th scope="col">{t('import.fullName')}</th>
                <th scope="col">{t('import.errors')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((r) => (
                <tr key={r.row} className={r.errors.length ? 'row-bad' : undefined}>
                  <td>{r.row}</td>
                  <td>{r.fullName}</td>
                  <td>
                    {r.errors.length === 0 ? (
                      <span className="ok-text">{t('import.ok')}</span>
                    ) : (
                      <ul className="error-list">
                        {r.errors.map((e, i) => (
                          <li key={i} className="error-text">
                            {e.column ? <strong>{e.column}: </strong> : null}
                            {e.message}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </Modal>
  );
}
