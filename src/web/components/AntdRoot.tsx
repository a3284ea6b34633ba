import { useEffect, type ReactNode } from 'react';
import { App as AntApp, ConfigProvider, Grid } from 'antd';
import viVN from 'antd/locale/vi_VN';
import enUS from 'antd/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { theme, useReducedMotion } from '../theme';
import { useLargeText } from '../lib/textSize';
import { registerNotifier } from '../lib/notify';

/**
 * antd's theme, locale and message context around the screens that use antd (the secretary's and the office's).
 * The login page and a member's first screens (her meetings, a meeting she reads, the shell around them) are plain
 * HTML, so a phone's first download does not carry the component library.
 */
export function AntdScope({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const screens = Grid.useBreakpoint();
  const narrow = screens.md === false;
  const still = useReducedMotion();
  const large = useLargeText();
  const en = i18n.language === 'en';
  dayjs.locale(en ? 'en' : 'vi');
  return (
    <ConfigProvider locale={en ? enUS : viVN} theme={theme(narrow, still, large)}>
      <AntApp>
        <Notifier />
        {children}
      </AntApp>
    </ConfigProvider>
  );
}

/** Lends antd's message (themed, in this scope) to the data hooks' "saved" confirmations (lib/notify.ts). */
function Notifier() {
  const { message } = AntApp.useApp();
  useEffect(() => registerNotifier((text) => void message.success(text)), [message]);
  return null;
}

/** The layout route of the antd screens. */
export default function AntdRoot() {
  return (
    <AntdScope>
      <Outlet />
    </AntdScope>
  );
}
