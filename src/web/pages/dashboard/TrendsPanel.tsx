// Loaded only with a dashboard (React.lazy): the chart library stays out of the login and member pages.
import { useState } from 'react';
import { Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoading } from '../../components/PageLoading';
import { monthLabel } from '../../components/meetings/format';
import type { TrendPoint } from './types';
import '../../i18n/dashboard-load';
import { useTrends } from '../../api/dashboard';

// Colours with ≥ 3:1 contrast against white for lines and bars (WCAG non-text contrast).
const C = { attendance: '#0d47a1', regularity: '#1b5e20', tot: '#1b5e20', kha: '#1565c0', trung_binh: '#b26a00', kem: '#b71c1c' };
const pct = (r: number | null) => (r === null ? null : Math.round(r * 1000) / 10);

export default function TrendsPanel({ orgId, to }: { orgId: string; to: string }) {
  const { t } = useTranslation();
  const [months, setMonths] = useState<12 | 36>(12);
  const [scope, setScope] = useState<string>('');
  const q = useTrends(orgId, months, to);
  if (q.isLoading) return <PageLoading />;
  if (!q.data) return <ErrorAlert error={q.error} />;
  const series: TrendPoint[] = (scope && q.data.children.find((c) => c.orgId === scope)?.series) || q.data.series;
  const data = series.map((p) => ({
    label: monthLabel(p.month), attendance: pct(p.attendanceRate), regularity: pct(p.regularity), ...p.quality,
  }));
  return (
    <div className="dash-trends">
      <div className="dash-controls">
        <Radio.Group
          value={months}
          onChange={(e) => setMonths(e.target.value)}
          optionType="button"
          options={[{ value: 12, label: t('dash.trend.months12') }, { value: 36, label: t('dash.trend.months36') }]}
        />
        {q.data.children.length ? (
          <Select
            aria-label={t('dash.trend.scope')}
            value={scope}
            onChange={setScope}
            style={{ minWidth: 220, maxWidth: '100%' }}
            options={[{ value: '', label: t('dash.trend.whole') }, ...q.data.children.map((c) => ({ value: c.orgId, label: c.orgName }))]}
          />
        ) : null}
      </div>
      {/* The charts repeat the table below for sighted readers; screen readers read the table. */}
      <div aria-hidden="true" className="dash-charts">
        <h3 className="dash-chart-title">{t('dash.trend.attendance')} · {t('dash.trend.regularity')}</h3>
        <ResponsiveContainer width="100%" height={220}>
          <LineChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, bottom: 0, left: -20 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" tick={{ fontSize: 12 }} minTickGap={16} />
            <YAxis domain={[0, 100]} tick={{ fontSize: 12 }} />
            <Tooltip />
            <Legend />
            <Line type="monotone" dataKey="attendance" name={t('dash.trend.attendance')} stroke={C.attendance} strokeWidth={2} dot={false} connectNulls />
            <Line type="monotone" dataKey="regularity" name={t('dash.trend.regularity')} stroke={C.regularity} strokeWidth={2} strokeDasharray="6 3" dot={false} />
          </LineChart>
        </ResponsiveContainer>
        <h3 className="dash-chart-title">{t('dash.trend.quality')}</h3>
        <ResponsiveContainer width="100%" height={220}>
          <BarChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, bottom: 0, left: -20 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" tick={{ fontSize: 12 }} minTickGap={16} />
            <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
            <Tooltip />
            <Legend />
            {(['tot', 'kha', 'trung_binh', 'kem'] as const).map((l) => (
              <Bar key={l} dataKey={l} stackId="q" name={t(`mtg.level.${l}`)} fill={C[l]} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <div className="dash-table-wrap" tabIndex={0} role="region" aria-label={t('dash.trend.tableTitle')}>
        <table className="dash-table">
          <caption>{t('dash.trend.tableTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dash.trend.month')}</th>
              <th scope="col">{t('dash.trend.attendance')}</th>
              <th scope="col">{t('dash.trend.held')}</th>
              <th scope="col">{t('dash.trend.regularity')}</th>
              <th scope="col">{t('mtg.level.tot')}</th>
              <th scope="col">{t('mtg.level.kha')}</th>
              <th scope="col">{t('mtg.level.trung_binh')}</th>
              <th scope="col">{t('mtg.level.kem')}</th>
            </tr>
          </thead>
          <tbody>
            {[...series].reverse().map((p) => (
              <tr key={p.month}>
                <th scope="row">{monthLabel(p.month)}</th>
                <td>{p.attendanceRate === null ? '—' : `${String(pct(p.attendanceRate)).replace('.', ',')} (${p.attended}/${p.expected})`}</td>
                <td>{p.held}</td>
                <td>{p.regularity === null ? '—' : String(pct(p.regularity)).replace('.', ',')}</td>
                <td>{p.quality.tot}</td>
                <td>{p.quality.kha}</td>
                <td>{p.quality.trung_binh}</td>
                <td>{p.quality.kem}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
