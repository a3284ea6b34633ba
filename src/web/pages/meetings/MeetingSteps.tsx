import { Alert } from 'antd';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Link, NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../components/meetings/api';
import { PrepStep } from '../../components/meetings/steps/PrepStep';
import { RollCallStep } from '../../components/meetings/steps/RollCallStep';
import { DuesStep } from '../../components/meetings/steps/DuesStep';
import { MinutesStep } from '../../components/meetings/steps/MinutesStep';
import { ResolutionStep } from '../../components/meetings/steps/ResolutionStep';
import { ScoreStep } from '../../components/meetings/steps/ScoreStep';
import { ApproveStep } from '../../components/meetings/steps/ApproveStep';
import { useRuleText } from '../../lib/rules';
import { STEPS, type Step } from './steps';

/** The secretary's (and the committee member in charge's) seven steps, one at a time. */
export default function MeetingSteps({ m, current, index }: { m: Meeting; current: Step; index: number }) {
  const { t } = useTranslation();
  const rule = useRuleText();
  const cancelled = m.status === 'cancelled';
  const readOnly = !m.can.manage || m.locked || cancelled;
  const stepLabel = (s: Step) => t(`mtg.step.${s}`);
  const body = {
    prep: <PrepStep m={m} readOnly={readOnly} />,
    'roll-call': <RollCallStep m={m} readOnly={readOnly} />,
    dues: <DuesStep m={m} readOnly={readOnly} />,
    minutes: <MinutesStep m={m} readOnly={readOnly} />,
    resolution: <ResolutionStep m={m} readOnly={readOnly} />,
    score: <ScoreStep m={m} readOnly={readOnly} />,
    approve: <ApproveStep m={m} readOnly={readOnly} />,
  }[current];
  return (
    <>
      {m.locked ? <Alert type="info" showIcon className="mt-alert" title={t('mtg.page.locked')} /> : null}
      {m.correctionReason && !m.locked ? <Alert type="info" showIcon className="mt-alert" title={t('mtg.approve.correcting', { reason: m.correctionReason })} /> : null}
      {m.warnings.length ? (
        <Alert
          type="warning"
          showIcon
          className="mt-alert"
          title={t('mtg.page.warnings')}
          description={
            <ul className="mt-warn-list">
              {m.warnings.map((w) => (
                <li key={w.code}>{rule(w.code, w.params)}</li>
              ))}
            </ul>
          }
        />
      ) : null}
      <nav className="mt-steps" aria-label={t('mtg.page.steps')}>
        <ol>
          {STEPS.map((s, i) => (
            <li key={s}>
              <NavLink to={`/meetings/${m.id}/${s}`} replace className="mt-step">
                <span className="mt-step-n" aria-hidden>
                  {i + 1}
                </span>
                <span>{stepLabel(s)}</span>
              </NavLink>
            </li>
          ))}
        </ol>
      </nav>
      <section className="mt-step-body" aria-labelledby="mt-step-title">
        <h2 id="mt-step-title" className="mt-step-title">
          {t('mtg.page.stepTitle', { n: index + 1, total: STEPS.length, label: stepLabel(current) })}
        </h2>
        {body}
      </section>
      <nav className="mt-step-nav" aria-label={t('mtg.page.stepNav')}>
        {index > 0 ? (
          <Link to={`/meetings/${m.id}/${STEPS[index - 1]}`} className="mt-step-prev">
            <LeftOutlined aria-hidden /> {t('mtg.page.prev', { label: stepLabel(STEPS[index - 1]) })}
          </Link>
        ) : (
          <span />
        )}
        {index < STEPS.length - 1 ? (
          <Link to={`/meetings/${m.id}/${STEPS[index + 1]}`} className="mt-step-next">
            {t('mtg.page.next', { label: stepLabel(STEPS[index + 1]) })} <RightOutlined aria-hidden />
          </Link>
        ) : null}
      </nav>
    </>
  );
}
