import { createContext, useContext, useEffect, type ReactNode } from 'react';

/** The document's title for a page's title text. */
export const documentTitle = (text: string) => (text ? `${text} · chibo` : 'chibo');

/**
 * Where a page drawn on the server (src/web/ssr.tsx) tells its title, so that the page arrives with it in its <title>
 * (effects, which set it in the browser, do not run there). Nothing in the browser.
 */
export const ServerTitle = createContext<((title: string) => void) | null>(null);

/** Set by boot.ts on a page drawn on the server: the app has taken the page over (see there). */
type Booted = Window & { chiboLive?: () => void };

/** The page's one <h1>, also used as the document title. */
export function PageTitle({ children, text, extra }: { children: ReactNode; text: string; extra?: ReactNode }) {
  useContext(ServerTitle)?.(documentTitle(text));
  useEffect(() => {
    document.title = documentTitle(text);
    // The page is the app's now (on a page drawn on the server, its effects run once it has been taken over): a tap
    // made on a button before, which boot.ts held, is done now.
    (window as Booted).chiboLive?.();
  }, [text]);
  return (
    <div className="page-title">
      <h1>{children}</h1>
      {extra ? <div className="page-title-extra">{extra}</div> : null}
    </div>
  );
}
