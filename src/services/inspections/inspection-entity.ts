// The provider or foster family an inspection is of, as the lists show it: its name joined in one
// place (an inspection has exactly one of the two), and the reference the views link to.
import { eq, sql } from 'drizzle-orm';
import type { PgSelect } from 'drizzle-orm/pg-core';
import { fosterFamilies, inspections, providers } from '../../storage/schema.ts';

export type EntityRef = { kind: 'provider' | 'fosterFamily'; id: string; name: string };

/** The name of the inspection's provider or foster family (an inspection has one); select it from a query `withEntity` joined. */
export const entityName = sql<string>`coalesce(${providers.name}, ${fosterFamilies.name})`;

/** Joins the provider and the foster family of `inspections` to a query (built with `.$dynamic()`). */
export const withEntity = <T extends PgSelect>(query: T) =>
  query.leftJoin(providers, eq(providers.id, inspections.providerId)).leftJoin(fosterFamilies, eq(fosterFamilies.id, inspections.fosterFamilyId));

export const entityRef = (inspection: { providerId: string | null; fosterFamilyId: string | null }, name: string | null): EntityRef =>
  inspection.providerId
    ? { kind: 'provider', id: inspection.providerId, name: name ?? '' }
    : { kind: 'fosterFamily', id: inspection.fosterFamilyId ?? '', name: name ?? '' };
