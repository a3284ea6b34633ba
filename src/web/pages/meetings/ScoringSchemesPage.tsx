import { useState } from 'react';
import { Alert, Button, Input, InputNumber, Select, Tag } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useChooseScheme, useSaveScheme, useUnitSchemes, type UnitScheme } from '../../api/scoring';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoading } from '../../components/PageLoading';
import { PageTitle } from '../../components/PageTitle';
import { Section } from '../../components/Section';
import { formatDateVi, toVnDate } from '../../../domain/dates';
import { validateScheme, ruleText, type ScoringScheme } from '../../../domain/meetings/index';
import '../../components/meetings/meetings.css';
import { useOrg } from '../../api/orgs';

const TYPES = ['regular', 'thematic', 'combined', 'expanded'] as const;
const dateOf = (iso: string) => formatDateVi(toVnDate(new Date(iso)));

/**
 * A unit's scoring schemes (DOMAIN.md: schemes are data, versioned): which scheme each meeting type uses and whose
 * choice it is, each scheme's criteria and versions. The commune office chooses and writes new versions; cells see.
 */
export default function ScoringSchemesPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const org = useOrg(id);
  const data = useUnitSchemes(id);
  const choose = useChooseScheme(id);
  const [editing, setEditing] = useState<UnitScheme | null>(null);
  if (org.isLoading || data.isLoading) return <PageLoading />;
  if (!org.data || !data.data) return <ErrorAlert error={org.error ?? data.error} />;
  const d = data.data;
  const schemes = d.schemes as UnitScheme[];
  const title = t('mtg.scheme.title');
  return (
    <>
      <nav aria-label={t('org.breadcrumb')}>
        <ol className="crumbs">
          <li>
            <Link to={`/orgs/${id}`}>{org.data.name}</Link>
          </li>
          <li>
            <Link to={`/orgs/${id}/meetings`}>{t('mtg.list.title')}</Link>
          </li>
          <li aria-current="page">{title}</li>
        </ol>
      </nav>
      <PageTitle text={`${title} — ${org.data.name}`}>
        {title}
        <span className="mt-subtitle">{org.data.name}</span>
      </PageTitle>
      <p className="muted">{t(d.canEdit ? 'mtg.scheme.introEdit' : 'mtg.scheme.introSee')}</p>
      <Section title={t('mtg.scheme.inUse')}>
        <ErrorAlert error={choose.error} />
        <ul className="mt-scheme-choice">
          {TYPES.map((type) => {
            const c = d.choice[type];
            const s = schemes.find((x) => x.id === c?.schemeId);
            const options = schemes.filter((x) => x.meetingTypes.includes(type));
            return (
              <li key={type}>
                <strong>{t(`mtg.type.${type}`)}</strong>
                {d.canEdit ? (
                  <Select
                    aria-label={t('mtg.scheme.chooseFor', { type: t(`mtg.type.${type}`) })}
                    className="mt-scheme-select"
                    value={c?.schemeId ?? undefined}
                    disabled={choose.isPending}
                    options={options.map((x) => ({ value: x.id, label: `${x.name} (${t('mtg.scheme.version', { v: x.version })})` }))}
                    onChange={(v: string) => choose.mutate({ [type]: v })}
                  />
                ) : (
                  <div>{s ? `${s.name} (${t('mtg.scheme.version', { v: s.version })})` : '—'}</div>
                )}
                <div className="muted">
                  {c?.fromOrgName ? t('mtg.scheme.chosenBy', { unit: c.fromOrgName }) : t('mtg.scheme.builtinDefault')}
                </div>
              </li>
            );
          })}
        </ul>
      </Section>
      {editing ? (
        <SchemeEditor orgId={id} scheme={editing} lang={lang} onClose={() => setEditing(null)} />
      ) : null}
      <Section title={t('mtg.scheme.list')}>
        {schemes.map((s) => (
          <details key={s.id} className="mt-scheme">
            <summary>
              <strong>{s.name}</strong> <Tag>{t('mtg.scheme.version', { v: s.version })}</Tag>{' '}
              <span className="muted">{s.orgName ?? t('mtg.scheme.builtin')}</span>
            </summary>
            <p className="muted">{s.meetingTypes.map((x) => t(`mtg.type.${x}`)).join(', ')} · {s.source}</p>
            <table className="mt-scheme-table">
              <caption className="visually-hidden">{s.name}</caption>
              <tbody>
                {s.groups.map((g) => (
                  <FragmentRows key={g.key} group={g} />
                ))}
              </tbody>
            </table>
            <p>
              {t('mtg.scheme.bands')}: {s.bands.map((b) => `${b.label} ≥ ${b.min}`).join('; ')}
            </p>
            <ol className="mt-versions">
              {s.versions.map((v) => (
                <li key={v.version}>
                  {t('mtg.scheme.versionLine', { v: v.version, date: dateOf(v.createdAt), by: v.createdBy ?? t('mtg.scheme.builtin') })}
                  {v.note ? ` — ${v.note}` : ''}
                </li>
              ))}
            </ol>
            {d.canEdit ? (
              <Button onClick={() => setEditing(s.own ? s : { ...s, id: `${s.id}-${d.orgId.slice(0, 4)}`, name: s.name, own: true })}>
                {s.own ? t('mtg.scheme.newVersion') : t('mtg.scheme.copy')}
              </Button>
            ) : null}
          </details>
        ))}
      </Section>
    </>
  );
}

function FragmentRows({ group }: { group: UnitScheme['groups'][number] }) {
  return (
    <>
      <tr className="mt-scheme-group">
        <th scope="row">{group.label}</th>
        <td>{group.maxPoints}</td>
      </tr>
      {group.criteria.map((c) => (
        <tr key={c.key}>
          <td>{c.label}</td>
          <td>{c.maxPoints}</td>
        </tr>
      ))}
    </>
  );
}

/** Keys used by the scheme's groups and criteria: a new one is the first `prefix_n` not among them (validateScheme wants them unique). */
function freeKey(groups: UnitScheme['groups'], prefix: string): string {
  const used = new Set(groups.flatMap((g) => [g.key, ...g.criteria.map((c) => c.key)]));
  let n = 1;
  while (used.has(`${prefix}_${n}`)) n++;
  return `${prefix}_${n}`;
}

/** Limits of POST /api/orgs/:id/scoring-schemes (SchemeBody): groups and criteria per group. */
const MAX_GROUPS = 20;
const MAX_CRITERIA = 50;

/**
 * A new version of the unit's own scheme (or the unit's copy of another): its total, groups and criteria (added, removed,
 * relabelled, re-weighted), bands, why. The domain's validateScheme checks the points add up, as the server does.
 */
function SchemeEditor({ orgId, scheme, lang, onClose }: { orgId: string; scheme: UnitScheme; lang: 'vi' | 'en'; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveScheme(orgId);
  const [draft, setDraft] = useState(() => structuredClone({
    id: scheme.id, name: scheme.name, maxPoints: scheme.maxPoints, meetingTypes: scheme.meetingTypes, source: scheme.source,
    groups: scheme.groups, bands: scheme.bands,
  }));
  const [note, setNote] = useState('');
  const edit = (fn: (x: typeof draft) => void) => setDraft((x) => {
    const y = structuredClone(x);
    fn(y);
    return y;
  });
  // The same rule the server applies, worded in the reader's language as they type.
  const problems = validateScheme({ ...(draft as unknown as ScoringScheme), version: 1 });
  const sum = (xs: { maxPoints: number }[]) => Math.round(xs.reduce((s, x) => s + x.maxPoints, 0) * 100) / 100;
  return (
    <Section title={t('mtg.scheme.editTitle', { name: scheme.name })}>
      <label className="field-label" htmlFor="scheme-name">{t('mtg.scheme.name')}</label>
      <Input id="scheme-name" value={draft.name} maxLength={200} onChange={(e) => edit((x) => { x.name = e.target.value; })} />
      <label className="field-label" htmlFor="scheme-total">{t('rules.scheme.total')}</label>
      <InputNumber id="scheme-total" className="mt-scheme-total" min={0.01} max={1000} value={draft.maxPoints}
        onChange={(v) => edit((x) => { x.maxPoints = Number(v ?? 0); })} />
      <p className="muted">{t('rules.scheme.sumAll', { sum: sum(draft.groups), max: draft.maxPoints })}</p>
      {draft.groups.map((g, gi) => {
        const group = g.label.trim() || t('rules.scheme.newGroup');
        return (
          <fieldset key={g.key} className="mt-scheme-edit">
            <legend>{group}</legend>
            <div className="mt-scheme-row">
              <Input aria-label={t('mtg.scheme.groupLabel')} value={g.label} maxLength={500}
                onChange={(e) => edit((x) => { x.groups[gi].label = e.target.value; })} />
              <InputNumber aria-label={t('mtg.scheme.points', { label: group })} min={0} max={1000} value={g.maxPoints}
                onChange={(v) => edit((x) => { x.groups[gi].maxPoints = Number(v ?? 0); })} />
            </div>
            <p className="muted">{t('rules.scheme.sum', { sum: sum(g.criteria), max: g.maxPoints })}</p>
            {g.criteria.map((c, ci) => (
              <div key={c.key} className="mt-scheme-row mt-scheme-row-removable">
                <Input.TextArea aria-label={t('rules.scheme.criterion', { n: ci + 1, group })} autoSize value={c.label} maxLength={500}
                  onChange={(e) => edit((x) => { x.groups[gi].criteria[ci].label = e.target.value; })} />
                <InputNumber aria-label={t('mtg.scheme.points', { label: c.label || t('rules.scheme.criterion', { n: ci + 1, group }) })}
                  min={0} max={1000} step={0.5} value={c.maxPoints}
                  onChange={(v) => edit((x) => { x.groups[gi].criteria[ci].maxPoints = Number(v ?? 0); })} />
                <Button type="text" danger icon={<DeleteOutlined aria-hidden />} className="mt-scheme-remove"
                  aria-label={t('rules.scheme.removeCriterion', { n: ci + 1, group })} title={t('rules.scheme.remove')}
                  onClick={() => edit((x) => { x.groups[gi].criteria.splice(ci, 1); })} />
              </div>
            ))}
            <div className="mt-actions">
              <Button icon={<PlusOutlined aria-hidden />} disabled={g.criteria.length >= MAX_CRITERIA}
                onClick={() => edit((x) => { x.groups[gi].criteria.push({ key: freeKey(x.groups, 'tc'), label: '', maxPoints: 1 }); })}>
                {t('rules.scheme.addCriterion')}
              </Button>
              <Button danger onClick={() => edit((x) => { x.groups.splice(gi, 1); })} aria-label={t('rules.scheme.removeGroup', { group })}>
                {t('rules.scheme.removeGroup', { group })}
              </Button>
            </div>
          </fieldset>
        );
      })}
      <Button icon={<PlusOutlined aria-hidden />} disabled={draft.groups.length >= MAX_GROUPS}
        onClick={() => edit((x) => {
          const key = freeKey(x.groups, 'nhom');
          x.groups.push({ key, label: '', maxPoints: 1, criteria: [{ key: freeKey([...x.groups, { key, label: '', maxPoints: 1, criteria: [] }], 'tc'), label: '', maxPoints: 1 }] });
        })}>
        {t('rules.scheme.addGroup')}
      </Button>
      <fieldset className="mt-scheme-edit">
        <legend>{t('mtg.scheme.bands')}</legend>
        {draft.bands.map((b, bi) => (
          <div key={b.level} className="mt-scheme-row">
            <span>{b.label} ≥</span>
            <InputNumber aria-label={t('mtg.scheme.bandMin', { label: b.label })} min={0} max={1000} value={b.min}
              onChange={(v) => edit((x) => { x.bands[bi].min = Number(v ?? 0); })} />
          </div>
        ))}
      </fieldset>
      <label className="field-label" htmlFor="scheme-note">{t('mtg.scheme.note')}</label>
      <Input.TextArea id="scheme-note" value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
      {problems.length ? (
        <Alert type="warning" showIcon className="mt-alert" title={t('mtg.scheme.problems')}
          description={<ul>{problems.map((p, i) => <li key={i}>{ruleText(lang, p.code, p.params)}</li>)}</ul>} />
      ) : null}
      <ErrorAlert error={save.error} />
      <div className="mt-actions">
        <Button type="primary" loading={save.isPending} disabled={problems.length > 0 || save.isPending}
          onClick={() => save.mutate({ ...draft, note: note.trim() || null }, { onSuccess: onClose })}>
          {t('mtg.scheme.save')}
        </Button>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
      </div>
    </Section>
  );
}
