// Page routes of every area, mounted at the root.
import { Hono } from 'hono';
import type { WebEnv } from '../env.ts';
import { registerRoutes } from './register-routes.tsx';
import { modelRoutes } from './model-routes.tsx';
import { inspectionRoutes } from './inspection-routes.tsx';
import { assessmentRoutes } from './assessment-routes.tsx';
import { reportRoutes } from './report-routes.tsx';
import { portalRoutes } from './portal-routes.tsx';
import { userRoutes } from './user-routes.tsx';
import { analyticsRoutes } from './analytics-routes.tsx';
import { standardsRoutes } from './standards-routes.tsx';
import { standardsStepsRoutes } from './standards-steps-routes.tsx';
import { standardsEvaluationRoutes } from './standards-evaluation-routes.tsx';
import { standardsDevelopmentRoutes } from './standards-development-routes.tsx';

export const areaRoutes = new Hono<WebEnv>();
areaRoutes.route('/', modelRoutes);
areaRoutes.route('/', registerRoutes);
areaRoutes.route('/', inspectionRoutes);
areaRoutes.route('/', assessmentRoutes);
areaRoutes.route('/', reportRoutes);
areaRoutes.route('/', portalRoutes);
areaRoutes.route('/', userRoutes);
areaRoutes.route('/', analyticsRoutes);
areaRoutes.route('/', standardsRoutes);
areaRoutes.route('/', standardsStepsRoutes);
areaRoutes.route('/', standardsEvaluationRoutes);
areaRoutes.route('/', standardsDevelopmentRoutes);
