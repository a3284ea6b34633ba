import type { ThemeConfig } from 'antd';

// Party red, dark enough for text links on white (#a61b1b ≈ 7:1). Secondary text is darkened from antd's
// defaults (45 % black ≈ 3.4:1) so that descriptions and hints pass WCAG AA (4.5:1).
export const PRIMARY = '#a61b1b';

export function theme(narrow: boolean): ThemeConfig {
  return {
    token: {
      colorPrimary: PRIMARY,
      colorLink: PRIMARY,
      // Error text (form messages) at ≥ 4.5:1; antd's default #ff4d4f is 3.3:1.
      colorError: '#d32f2f',
      colorText: 'rgba(0, 0, 0, 0.88)',
      colorTextSecondary: 'rgba(0, 0, 0, 0.7)',
      colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
      colorTextDescription: 'rgba(0, 0, 0, 0.62)',
      colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
      fontFamily: "'Noto Sans', system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif",
      // Inputs at 16 px: phones do not zoom, and older eyes read them.
      fontSize: 16,
      controlHeight: narrow ? 44 : 40,
      borderRadius: 6,
    },
    components: {
      Table: { cellPaddingBlockSM: 8 },
    },
  };
}
