import { useTranslation } from 'react-i18next';

// Colours chosen for ≥ 4.5:1 text contrast (antd's preset tag colours are too light for small text).
const TONES = {
  green: { color: '#1b5e20', background: '#e8f5e9', borderColor: '#a5d6a7' },
  blue: { color: '#0d47a1', background: '#e3f2fd', borderColor: '#90caf9' },
  amber: { color: '#6d4c00', background: '#fff8e1', borderColor: '#ffd54f' },
  grey: { color: '#37474f', background: '#eceff1', borderColor: '#b0bec5' },
  red: { color: '#8e0000', background: '#ffebee', borderColor: '#ef9a9a' },
} as const;
export type Tone = keyof typeof TONES;

export function Chip({ tone = 'grey', children }: { tone?: Tone; children: React.ReactNode }) {
  return (
    <span className="chip" style={TONES[tone]}>
      {children}
    </span>
  );
}

export function StandingTag({ standing }: { standing: string | null | undefined }) {
  const { t } = useTranslation();
  if (!standing) return null;
  return <Chip tone={standing === 'official' ? 'blue' : 'amber'}>{t(`standing.${standing}`, { defaultValue: standing })}</Chip>;
}

const STATE_TONE: Record<string, Tone> = { active: 'green', exempt: 'grey', temp_exempt: 'amber', suspended: 'red' };

export function StateTag({ state }: { state: string | null | undefined }) {
  const { t } = useTranslation();
  if (!state) return null;
  return <Chip tone={STATE_TONE[state] ?? 'red'}>{t(`state.${state}`, { defaultValue: state })}</Chip>;
}

export function KindTag({ kind }: { kind: string }) {
  const { t } = useTranslation();
  return <Chip tone={kind === 'cell' ? 'grey' : 'red'}>{t(`kind.${kind}`, { defaultValue: kind })}</Chip>;
}
