import { useTranslation } from 'react-i18next';
import { Section } from '../../Section';
import { DocLink } from '../../DocLink';
import { Glyph, ICONS } from '../../light';
import { meetingFiles, type Meeting } from '../api';

/** Links to the generated documents: the approved version (or a draft marked as such). */
export function Downloads({ m, only, version }: { m: Meeting; only?: 'minutes' | 'resolution'; version?: number }) {
  const { t } = useTranslation();
  // A resolution exists only when the cell adopted it (or, before any vote, as a draft).
  const noResolution = m.resolutionStatus === 'failed' || m.resolutionStatus === 'none' || (m.status === 'approved' && m.resolutionStatus === 'not_voted');
  const kinds = (only ? [only] : (['minutes', 'resolution'] as const)).filter((k) => k !== 'resolution' || !noResolution);
  if (!kinds.length) return null;
  const approved = m.status === 'approved';
  return (
    <Section title={t('mtg.docsDl.title')} level={3}>
      <p className="muted">{approved ? t('mtg.docsDl.approved') : t('mtg.docsDl.draft')}</p>
      <div className="mt-downloads">
        {kinds.map((k) =>
          (['pdf', 'docx'] as const).map((f) => (
            <DocLink key={`${k}-${f}`} className="btn mt-dl" href={meetingFiles.document(m.id, k, f, version || undefined)} icon={<Glyph d={ICONS.file} />}>
              {t(`mtg.docsDl.${k}_${f}`)}
            </DocLink>
          )),
        )}
      </div>
    </Section>
  );
}
