// Opens the database named by the environment, migrates it, and builds the service context.
import { defaultRegistry } from '../catalog/model-registry.ts';
import { loadReportConfig } from '../catalog/report-config.ts';
import { loadAssessmentConfig } from '../catalog/assessment-config.ts';
import type { ServiceContext } from '../services/context.ts';
import { databaseOptionsFromEnv, migrateDatabase, openDatabase, type Database, type OpenDatabaseOptions } from '../storage/database.ts';

export async function openServices(options: OpenDatabaseOptions = databaseOptionsFromEnv()): Promise<{ services: ServiceContext; database: Database }> {
  const database = await openDatabase(options);
  await migrateDatabase(database);
  const services: ServiceContext = {
    db: database.db,
    registry: defaultRegistry(),
    config: loadAssessmentConfig(),
    reportConfig: loadReportConfig(),
    now: () => new Date(),
  };
  return { services, database };
}
