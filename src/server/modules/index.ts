import type { FastifyInstance } from 'fastify';
import { healthRoutes } from './health/routes';
import { setupRoutes } from './setup/routes';
import type { DemoSource } from './setup/service';
import { authRoutes } from './auth/routes';
import { orgRoutes } from './orgs/routes';
import { memberRoutes } from './members/routes';
import { memberRulesRoutes } from './members/routes-rules';
import { partnerRoutes } from './partners/routes';
import { accountRoutes } from './accounts/routes';
import { auditRoutes } from './audit/routes';
import { importRoutes } from './imports/routes';
import { meetingRoutes } from './meetings/routes';
import { oversightRoutes } from './oversight/routes';
import { supervisionRoutes } from './supervision/routes';
import { planRoutes } from './plans/routes';
import { trainingRoutes } from './training/routes';
import { reviewRoutes } from './reviews/routes';
import { integrityRoutes } from './integrity/routes';
import { dashboardRoutes } from './dashboard/routes';
import { taskRoutes } from './tasks/routes';
import { monthlyReportRoutes } from './monthly-reports/routes';
import { directiveRoutes } from './directives/routes';
import { reportRoutes } from './reports/routes';
import { searchRoutes } from './search/routes';
import { notificationRoutes } from './notifications/routes';

/** Every capability registers its routes here; each route declares its permission (see http.ts). */
export async function registerModules(
  app: FastifyInstance, opts: { secureCookies: boolean; setupCode?: string | null; demo: DemoSource },
) {
  await healthRoutes(app);
  await setupRoutes(app, opts);
  await authRoutes(app, opts);
  await orgRoutes(app);
  await memberRoutes(app);
  await memberRulesRoutes(app);
  await partnerRoutes(app);
  await accountRoutes(app);
  await auditRoutes(app);
  await importRoutes(app);
  await meetingRoutes(app);
  await oversightRoutes(app);
  await supervisionRoutes(app);
  await planRoutes(app);
  await trainingRoutes(app);
  await reviewRoutes(app);
  await integrityRoutes(app);
  await dashboardRoutes(app);
  await taskRoutes(app);
  await monthlyReportRoutes(app);
  await directiveRoutes(app);
  await reportRoutes(app);
  await searchRoutes(app);
  await notificationRoutes(app);
}
