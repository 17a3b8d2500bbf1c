// The register's records as the JSON API returns them, generated from the tables (drizzle-zod),
// so the OpenAPI document cannot drift from what is stored. Timestamps travel as ISO strings.
import { z } from 'zod';
import { createSelectSchema } from 'drizzle-zod';
import { departments, fosterFamilies, providers } from '../../storage/schema.ts';
import { legalBasisSchema, providerFlagSchema, typologySchema } from '../../core/model/catalog-parts.ts';

const timestamp = z.iso.datetime();

export const departmentRecord = createSelectSchema(departments);

export const providerRecord = createSelectSchema(providers, {
  legalBases: z.array(legalBasisSchema),
  flags: z.array(providerFlagSchema),
  createdAt: timestamp,
});

export const providerDetailsRecord = providerRecord.extend({ authorityName: z.string(), departments: z.array(departmentRecord) });

export const fosterFamilyRecord = createSelectSchema(fosterFamilies, {
  typology: typologySchema,
  approvedOn: z.iso.date().nullable(),
  createdAt: timestamp,
});

export const fosterFamilyDetailsRecord = fosterFamilyRecord.extend({ authorityName: z.string() });
