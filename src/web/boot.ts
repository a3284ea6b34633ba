// The first script of a page drawn on the server (a member's home or a meeting she reads, src/server/web-index.ts):
// the page is already whole, so it is painted first, and the app's code is fetched and run only after that paint.
// On a slow phone the code then neither holds the paint back nor shares the connection with what the paint needs.
// The page names the app's entry and the modules of the screen in <meta name="chibo-app"> (entry first).

/** Set here, called by the app once it has taken the page over (PageTitle's effect, src/web/components/PageTitle.tsx). */
type Booted = Window & { chiboLive?: () => void };

// Taps before the app has taken the page over. The drawn page's buttons do nothing until then (React attaches their
// handlers as it takes the page over, and itself only handles the taps made after that has begun, on parts whose code
// is there): on a slow phone that is seconds, and a tap on "Thêm", the language switch or a meeting's action was lost
// without a sign. So until then a tap on a button is held here and done again by the app, on the same button, once the
// page is its own, if the button is still there. Only the last tap is held (two taps on "Thêm" would open the sheet and
// close it again); it is stopped here, so React does not also act on it half-way (done once). Links are not held:
// they are real links and work without the app. A form is never sent before the app runs: the browser would send it
// to the page's address with its fields in the URL, a password among them (the login button also waits, disabled).
let held: HTMLButtonElement | null = null;
const hold = (e: Event) => {
  const button = e.target instanceof Element ? e.target.closest('button') : null;
  // A button the app already handles is left to it (a page that never tells it has taken over keeps working buttons).
  if (!button || Object.keys(button).some((k) => k.startsWith('__reactProps$'))) return;
  e.preventDefault();
  e.stopPropagation();
  held = button;
};
const unsent = (e: Event) => e.preventDefault();
addEventListener('click', hold, true);
addEventListener('submit', unsent, true);
(window as Booted).chiboLive = () => {
  delete (window as Booted).chiboLive;
  removeEventListener('click', hold, true);
  removeEventListener('submit', unsent, true);
  const button = held;
  held = null;
  // Out of the app's effect that tells it: the tap comes as a tap of its own.
  if (button?.isConnected && !button.disabled) setTimeout(() => button.click(), 0);
};

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
