// Opens the database named by the environment, migrates it, adds the activated catalog uploads,
// records the catalogs' versions (a changed catalog under a used version is refused), and builds
// the service context.
import { serviceRegistry, type ModelRegistry } from '../catalog/model-registry.ts';
import { loadUploadedCatalogs } from '../services/models/catalog-versions.ts';
import { recordModelVersions } from '../services/models/record-model-versions.ts';
import { loadReportConfig } from '../catalog/report-config.ts';
import { loadAssessmentConfig } from '../catalog/assessment-config.ts';
import type { ServiceContext } from '../services/context.ts';
import { databaseOptionsFromEnv, migrateDatabase, openDatabase, type Database, type OpenDatabaseOptions } from '../storage/database.ts';

export async function openServices(
  options: OpenDatabaseOptions = databaseOptionsFromEnv(),
  registry?: ModelRegistry,
): Promise<{ services: ServiceContext; database: Database }> {
  const database = await openDatabase(options);
  await migrateDatabase(database);
  const now = () => new Date();
  const services: ServiceContext = {
    db: database.db,
    registry: registry ?? serviceRegistry(now),
    config: loadAssessmentConfig(),
    reportConfig: loadReportConfig(),
    now,
  };
  try {
    await loadUploadedCatalogs(services);
    await recordModelVersions(services);
  } catch (e) {
    await database.close();
    throw e;
  }
  return { services, database };
}
