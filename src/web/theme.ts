import type { ThemeConfig } from 'antd';
import { useMediaQuery } from './lib/media';

// Party red, dark enough for text links on white (#a61b1b ≈ 7:1). Secondary text is darkened from antd's
// defaults (45 % black ≈ 3.4:1) so that descriptions and hints pass WCAG AA (4.5:1).
export const PRIMARY = '#a61b1b';

/**
 * narrow: a phone's width (taller controls). large: large-text mode. still: the reader asked the system for reduced motion
 * (WCAG 2.3.3): dialogs, messages and menus appear at once instead of zooming and sliding in. (antd's motion token
 * only: shortening its animations to nothing in CSS instead leaves select dropdowns thousands of pixels off the page.)
 */
export function theme(narrow: boolean, still = false, large = false): ThemeConfig {
  // Large-text mode (older members): type and controls a quarter larger (LARGE_TEXT_SCALE in lib/textSize.ts).
  const k = large ? 1.25 : 1;
  return {
    token: {
      motion: !still,
      colorPrimary: PRIMARY,
      colorLink: PRIMARY,
      // A hovered link darkens (antd's derived lighter red, #bf625c, is 3.8:1 on the page: below WCAG AA).
      colorLinkHover: '#7f1414',
      // Error text (form messages) at ≥ 4.5:1; antd's default #ff4d4f is 3.3:1.
      colorError: '#d32f2f',
      colorText: 'rgba(0, 0, 0, 0.88)',
      colorTextSecondary: 'rgba(0, 0, 0, 0.7)',
      colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
      colorTextDescription: 'rgba(0, 0, 0, 0.62)',
      colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
      fontFamily: "'Noto Sans', system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif",
      // Inputs at 16 px: phones do not zoom, and older eyes read them.
      fontSize: 16 * k,
      controlHeight: Math.round((narrow ? 44 : 40) * k),
      borderRadius: 6,
    },
    components: {
      Table: { cellPaddingBlockSM: 8 },
    },
  };
}

/** Whether the system asks for reduced motion; follows the setting if it changes while the app is open. */
export const useReducedMotion = (): boolean => useMediaQuery('(prefers-reduced-motion: reduce)');
