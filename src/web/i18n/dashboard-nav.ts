/** The few dashboard strings the navigation needs on every page; the rest load with the dashboard pages (dashboard-load.ts). */
export const dashboardNav = {
  vi: { nav: 'Tổng quan', search: { title: 'Tìm kiếm' } },
  en: { nav: 'Overview', search: { title: 'Search' } },
} as const;
