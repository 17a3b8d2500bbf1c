// What every use case gets: the database, the model registry and configuration.
import type { Db } from '../storage/database.ts';
import type { ModelRegistry } from '../catalog/model-registry.ts';
import type { AssessmentConfig } from '../catalog/assessment-config.ts';
import type { ReportConfig } from '../core/report/report-config.ts';

export type ServiceContext = {
  db: Db;
  registry: ModelRegistry;
  config: AssessmentConfig;
  reportConfig: ReportConfig;
  now: () => Date;
};
