// The first script of a page drawn on the server (a member's home or a meeting she reads, src/server/web-index.ts):
// the page is already whole, so it is painted first, and the app's code is fetched and run only after that paint.
// On a slow phone the code then neither holds the paint back nor shares the connection with what the paint needs.
// The page names the app's entry and the modules of the screen in <meta name="chibo-app"> (entry first).

function start(): void {
  const [entry, ...modules] = document.querySelector<HTMLMetaElement>('meta[name="chibo-app"]')?.content.split(' ').filter(Boolean) ?? [];
  for (const href of modules) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.append(link);
  }
  if (entry) void import(/* @vite-ignore */ entry);
}

// A page opened in the background is not painted until shown: start at once then.
if (document.visibilityState === 'hidden') start();
else requestAnimationFrame(() => setTimeout(start, 0));
