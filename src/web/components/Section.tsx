import { useId, type ReactNode } from 'react';

/** A titled block of a page: a <section> with a real <h2>, so headings stay in order for screen readers. */
export function Section({ title, extra, children, level = 2 }: { title: ReactNode; extra?: ReactNode; children: ReactNode; level?: 2 | 3 }) {
  const id = useId();
  const H = level === 2 ? 'h2' : 'h3';
  return (
    <section className="section" aria-labelledby={id}>
      <div className="section-head">
        <H id={id} className="section-title">
          {title}
        </H>
        {extra ? <div className="section-extra">{extra}</div> : null}
      </div>
      {children}
    </section>
  );
}
