import i18n from 'i18next';
import dashboardVi from './dashboard.vi';
import dashboardEn from './dashboard.en';

// Imported by the dashboard, member home and search pages only, so the login page does not carry these strings.
i18n.addResourceBundle('vi', 'translation', { dash: dashboardVi }, true, true);
i18n.addResourceBundle('en', 'translation', { dash: dashboardEn }, true, true);
