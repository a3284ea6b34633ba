import { App as AntApp, ConfigProvider, Grid } from 'antd';
import viVN from 'antd/locale/vi_VN';
import enUS from 'antd/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { theme, useReducedMotion } from '../theme';
import { useLargeText } from '../lib/textSize';

/**
 * antd's theme, locale and message context around every screen but the login page: the login page is plain HTML,
 * so a phone's first download does not carry the component library (it loads with the screen after it).
 */
export default function AntdRoot() {
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
        <Outlet />
      </AntApp>
    </ConfigProvider>
  );
}
