// What every use case gets: the database, the model registry and configuration.
import type { Db } from '../storage/database.ts';
import type { ModelRegistry } from '../catalog/model-registry.ts';
import type { AssessmentConfig } from '../catalog/assessment-config.ts';

export type ServiceContext = {
  db: Db;
  registry: ModelRegistry;
  config: AssessmentConfig;
  now: () => Date;
};
