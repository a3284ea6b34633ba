import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { fmtMoney } from '../components/meetings/format';
import { useOnline } from '../components/Offline';
import { outboxStore, resolveConflict, sync, type Op } from './outbox';

// A page rendered on the server has none; the device's changes show once the app has taken it over.
const NO_OPS: readonly Op[] = [];
const noOps = () => NO_OPS;

/** The changes kept on this device and not yet on the server (all meetings, or one). */
export function useOutbox(meetingId?: string): readonly Op[] {
  const all = useSyncExternalStore(outboxStore.subscribe, outboxStore.get, noOps);
  return meetingId ? all.filter((o) => o.meetingId === meetingId) : all;
}

/**
 * Under the offline line: how many changes wait to be sent, and each change the server could not take as it
 * is — a conflict (the record changed meanwhile: both versions shown until one is chosen) or a refusal.
 */
export function SyncStatus() {
  const { t } = useTranslation();
  const online = useOnline();
  const ops = useOutbox();
  const [sending, setSending] = useState(false);
  const pending = ops.filter((o) => o.state === 'pending').length;
  const problems = ops.filter((o) => o.state !== 'pending');
  if (ops.length === 0) return null;
  return (
    <>
      {pending > 0 ? (
        <div className="sync-bar" role="status">
          <span>{t('field.sync.pending', { count: pending })}</span>
          {online ? (
            <button
              type="button"
              className="btn btn-small"
              disabled={sending}
              aria-busy={sending || undefined}
              onClick={async () => {
                setSending(true);
                await sync().finally(() => setSending(false));
              }}
            >
              {sending ? <span className="spinner spinner-dark" aria-hidden /> : null}
              {t('field.sync.now')}
            </button>
          ) : (
            <span className="muted"> {t('field.sync.whenOnline')}</span>
          )}
        </div>
      ) : null}
      {problems.length > 0 ? (
        <section className="sync-conflicts" aria-labelledby="sync-conflicts-title">
          <h2 id="sync-conflicts-title" className="sync-title">
            {t('field.sync.problemsTitle', { count: problems.length })}
          </h2>
          <ul className="plain-list">
            {problems.map((op) => (
              <ConflictRow key={op.key} op={op} />
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

function ConflictRow({ op }: { op: Op }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const what = `${t(`field.sync.kind.${op.kind}`)}${op.subject ? ` — ${op.subject}` : ''}`;
  const choose = async (keep: 'mine' | 'server') => {
    setBusy(true);
    await resolveConflict(op.key, keep).finally(() => setBusy(false));
  };
  return (
    <li className="sync-conflict" role="group" aria-label={what}>
      <strong>{what}</strong>
      {op.state === 'conflict' ? (
        <>
          <p>{t('field.sync.conflictText')}</p>
          <dl className="sync-versions">
            <div>
              <dt>{t('field.sync.mine')}</dt>
              <dd>{describe(op.kind, op.mine, t)}</dd>
            </div>
            <div>
              <dt>{t('field.sync.server')}</dt>
              <dd>{describe(op.kind, op.server ?? null, t)}</dd>
            </div>
          </dl>
          <div className="sync-actions">
            <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void choose('mine')}>
              {t('field.sync.keepMine')}
            </button>
            <button type="button" className="btn" disabled={busy} onClick={() => void choose('server')}>
              {t('field.sync.keepServer')}
            </button>
          </div>
        </>
      ) : (
        <>
          <p>
            {t('field.sync.failedText')} <span className="mt-reason">{op.error}</span>
          </p>
          <p>
            {t('field.sync.mine')}: {describe(op.kind, op.mine ?? op.body, t)}
          </p>
          <div className="sync-actions">
            <button type="button" className="btn" disabled={busy} onClick={() => void choose('mine')}>
              {t('field.sync.retry')}
            </button>
            <button type="button" className="btn btn-danger" disabled={busy} onClick={() => void choose('server')}>
              {t('field.sync.discard')}
            </button>
          </div>
        </>
      )}
    </li>
  );
}

type T = ReturnType<typeof useTranslation>['t'];
/** A version of a record in words: "Vắng có lý do (ốm)", "50.000 đ", the item's text. */
function describe(kind: Op['kind'], v: Record<string, unknown> | null, t: T): string {
  if (!v) return '—';
  const s = (x: unknown) => (x === null || x === undefined || x === '' ? '—' : String(x));
  switch (kind) {
    case 'attendance':
      return v.status ? `${t(`mtg.att.${String(v.status)}`)}${v.reason ? ` (${String(v.reason)})` : ''}` : t('mtg.att.not_recorded');
    case 'dues':
      return fmtMoney(v.amountPaid as number | null);
    case 'score': {
      const points = (v.points ?? {}) as Record<string, number>;
      const total = Object.values(points).reduce((a, b) => a + b, 0);
      return `${t('mtg.score.total')}: ${Math.round(total * 100) / 100}${v.comment ? ` — ${String(v.comment)}` : ''}`;
    }
    case 'speech':
      return s(v.gist);
    case 'vote':
      return `${s(v.subject)}: ${s(v.for)}/${s(v.against)}/${s(v.other)}`;
    default:
      return Object.entries(v)
        .filter(([k]) => k !== 'agendaItemId')
        .map(([k, x]) => `${t(`field.sync.field.${k}`, { defaultValue: k })}: ${s(x)}`)
        .join(' · ');
  }
}
