// Page routes of every area, mounted at the root.
import { Hono } from 'hono';
import type { WebEnv } from '../env.ts';

export const areaRoutes = new Hono<WebEnv>();
