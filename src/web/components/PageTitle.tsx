import { useEffect, type ReactNode } from 'react';

/** The page's one <h1>, also used as the document title. */
export function PageTitle({ children, text, extra }: { children: ReactNode; text: string; extra?: ReactNode }) {
  useEffect(() => {
    document.title = text ? `${text} · chibo` : 'chibo';
  }, [text]);
  return (
    <div className="page-title">
      <h1>{children}</h1>
      {extra ? <div className="page-title-extra">{extra}</div> : null}
    </div>
  );
}
