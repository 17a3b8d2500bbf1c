// The JSON API of every area, mounted at /api, and its OpenAPI document.
import { Hono } from 'hono';
import type { WebEnv } from '../env.ts';
import { openApiDocument } from './openapi.ts';
import { registerApi } from './register-api.ts';
import { inspectionApi } from './inspection-api.ts';
import { assessmentApi } from './assessment-api.ts';
import { reportApi } from './report-api.ts';
import { portalApi } from './portal-api.ts';
import { userApi } from './user-api.ts';
import { calibrationApi } from './calibration-api.ts';

export const apiRoutes = new Hono<WebEnv>();
apiRoutes.get('/openapi.json', (c) => c.json(openApiDocument()));
apiRoutes.route('/', registerApi);
apiRoutes.route('/', inspectionApi);
apiRoutes.route('/', assessmentApi);
apiRoutes.route('/', reportApi);
apiRoutes.route('/', portalApi);
apiRoutes.route('/', userApi);
apiRoutes.route('/', calibrationApi);
