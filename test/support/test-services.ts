// A fresh, migrated database for one test file, empty or with the demo data: in-memory PGlite
// by default (from a template, see test-database.ts), or a new database on the PostgreSQL server
// named by DATABASE_URL (CI runs both).
import { randomBytes } from 'node:crypto';
import { serviceRegistry } from '../../src/catalog/model-registry.ts';
import { loadReportConfig } from '../../src/catalog/report-config.ts';
import { loadAssessmentConfig } from '../../src/catalog/assessment-config.ts';
import type { ServiceContext } from '../../src/services/context.ts';
import { migrateDatabase, openDatabase, type Database } from '../../src/storage/database.ts';
import { seedDemo } from '../../src/demo/seed-demo.ts';
import { memoryDatabase } from './test-database.ts';

export type TestServices = {
  services: ServiceContext;
  database: Database;
  /** On PostgreSQL: the URL of this file's database (for tools such as pg_dump). */
  url?: string;
  close(): Promise<void>;
};

export async function createTestServices({ demo = false } = {}): Promise<TestServices> {
  const url = process.env.DATABASE_URL;
  let database: Database;
  let seeded = false;
  let databaseUrl: string | undefined;
  let dropDatabase = async () => {};
  if (url) {
    const { default: pg } = await import('pg');
    const name = `tilsyn_t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const testUrl = new URL(url);
    testUrl.pathname = `/${name}`;
    databaseUrl = testUrl.toString();
    database = await openDatabase({ url: databaseUrl });
    dropDatabase = async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      // Without FORCE: killing a backend that is still closing sends an error to a client that
      // has already ended. Wait for the pool's connections to go instead.
      for (let attempt = 0; ; attempt++) {
        try {
          await c.query(`drop database if exists ${name}`);
          break;
        } catch (e) {
          if (attempt >= 50) throw e;
          await new Promise((r) => setTimeout(r, 100));
        }
      }
      await c.end();
    };
  } else {
    const memory = memoryDatabase(demo ? 'demo' : 'migrated');
    database = await openDatabase(memory.options);
    seeded = memory.fromTemplate;
  }
  await migrateDatabase(database);
  const now = () => new Date();
  const services: ServiceContext = { db: database.db, registry: serviceRegistry(now), config: loadAssessmentConfig(), reportConfig: loadReportConfig(), now };
  if (demo && !seeded) await seedDemo(services);
  return {
    services,
    database,
    ...(databaseUrl ? { url: databaseUrl } : {}),
    close: async () => {
      await database.close();
      await dropDatabase();
    },
  };
}
