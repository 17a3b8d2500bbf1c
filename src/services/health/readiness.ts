// Whether this instance can serve requests: the database answers and is fully migrated.
import { checkReadiness, type Readiness } from '../../storage/readiness.ts';
import type { ServiceContext } from '../context.ts';

export function readiness(ctx: ServiceContext): Promise<Readiness> {
  return checkReadiness(ctx.db);
}
