// "Saved" and similar short confirmations, shown by antd's message of the screen's AntdScope (components/AntdRoot.tsx).
// A registry rather than a hook of antd, so that the data hooks (src/web/api) do not pull the component library
// into a member's first screens, which never show these messages.
type Show = (text: string) => void;
const shown: Show[] = [];

/** Called by AntdScope: its message API shows the confirmations while it is on the page. */
export function registerNotifier(show: Show): () => void {
  shown.push(show);
  return () => {
    const i = shown.lastIndexOf(show);
    if (i >= 0) shown.splice(i, 1);
  };
}

/** Shows a short success message (nothing when no antd screen is on the page). */
export function notifySuccess(text: string): void {
  shown.at(-1)?.(text);
}
