// The inspections an actor may see, paged on the server (50 a page, with the total), filtered by
// what people look for — status, phase, risk, lead inspector, year, authority — and sorted by last
// change, title or planned start. One count and one page query, whatever the size of the database.
import { and, asc, count, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { PHASES, type Phase } from '../../core/assessment/assessment-input.ts';
import { inspections, users } from '../../storage/schema.ts';
import { entityName, entityRef, withEntity } from './inspection-entity.ts';
import type { ServiceContext } from '../context.ts';
import type { Actor } from '../actor.ts';
import { scope } from '../policies/scopes.ts';
import { scopeCondition } from '../policies/scope-condition.ts';
import { INSPECTION_STATUSES, RISKS, type InspectionStatus, type Risk } from '../../core/vocabulary.ts';
import { emptyIsNone, PAGE_SIZE, paged, pageField, type Paged } from '../list-paging.ts';
import { isUuid, parseOptions } from './shared.ts';

export type ListInspectionsOptions = z.input<typeof listInspectionsSchema>;

export type InspectionListItem = {
  id: string;
  title: string;
  authorityId: string;
  phase: Phase;
  status: InspectionStatus;
  risk: Risk;
  modelId: string;
  modelVersion: string;
  entity: { kind: 'provider' | 'fosterFamily'; id: string; name: string };
  lead: string | null;
  plannedFrom: string | null;
  updatedAt: Date;
};

export const INSPECTION_SORTS = ['updated', 'title', 'planned'] as const;

export const listInspectionsSchema = z.object({
  status: emptyIsNone(z.enum(INSPECTION_STATUSES, { error: 'Status skal være planlagt, i gang, afsluttet eller aflyst.' })).describe('Kun tilsyn med denne status.'),
  phase: emptyIsNone(z.enum(PHASES, { error: 'Fasen skal være godkendelse eller drift.' })).describe('Kun tilsyn i denne fase.'),
  risk: emptyIsNone(z.enum(RISKS, { error: 'Risikokategori skal være grøn, gul eller rød.' })).describe('Kun tilsyn med denne risikokategori.'),
  lead: emptyIsNone(z.string().refine((v) => v === 'none' || v === 'me' || isUuid(v), 'Tilsynsførende skal være "none", "me" eller en brugers id.')).describe('Tilsynsførende: "me", "none" (ingen) eller en brugers id.'),
  year: emptyIsNone(z.coerce.number({ error: 'Året skal være et tal.' }).int('Året skal være et heltal.').min(2000, 'Året skal være 2000 eller senere.').max(2100, 'Året skal være 2100 eller før.')).describe('Kun tilsyn oprettet i dette år.'),
  authorityId: emptyIsNone(z.string().max(50)).describe('Kun tilsyn i dette socialtilsyn.'),
  sort: emptyIsNone(z.enum(INSPECTION_SORTS, { error: 'Sorteringen skal være updated, title eller planned.' })).describe('Sortering: senest ændret (standard), titel eller planlagt start.'),
  page: pageField.describe('Sidenummer, 50 tilsyn pr. side.'),
});

export async function listInspections(ctx: ServiceContext, actor: Actor, options: ListInspectionsOptions = {}): Promise<Paged<InspectionListItem>> {
  const input = parseOptions(listInspectionsSchema, options);
  const visible = scope(actor, 'inspections');
  const inScope = visible && scopeCondition(visible, inspections);
  if (inScope === null || !visible) return paged([], 0, 1);
  const i = inspections;
  const where: SQL[] = inScope ? [inScope] : [];
  if (input.status) where.push(eq(i.status, input.status));
  if (input.phase) where.push(eq(i.phase, input.phase));
  if (input.risk) where.push(eq(i.risk, input.risk));
  if (input.lead === 'none') where.push(isNull(i.leadInspectorId));
  else if (input.lead) where.push(eq(i.leadInspectorId, input.lead === 'me' ? actor.id : input.lead));
  if (input.year) where.push(sql`${i.createdAt} >= make_date(${input.year}::int, 1, 1) and ${i.createdAt} < make_date(${input.year}::int + 1, 1, 1)`);
  if (input.authorityId) where.push(eq(i.authorityId, input.authorityId));
  const condition = where.length ? and(...where) : undefined;
  const order = input.sort === 'title' ? [asc(i.title), asc(i.id)] : input.sort === 'planned' ? [sql`${i.plannedFrom} asc nulls last`, desc(i.updatedAt), asc(i.id)] : [desc(i.updatedAt), asc(i.title), asc(i.id)];
  const [[total], rows] = await Promise.all([
    ctx.db.select({ n: count() }).from(i).where(condition),
    withEntity(ctx.db
      .select({
        inspection: { id: i.id, title: i.title, authorityId: i.authorityId, phase: i.phase, status: i.status, risk: i.risk, modelId: i.modelId, modelVersion: i.modelVersion, providerId: i.providerId, fosterFamilyId: i.fosterFamilyId, plannedFrom: i.plannedFrom, updatedAt: i.updatedAt },
        name: entityName,
        lead: users.displayName,
      })
      .from(i)
      .$dynamic())
      .leftJoin(users, eq(users.id, i.leadInspectorId))
      .where(condition)
      .orderBy(...order)
      .limit(PAGE_SIZE)
      .offset((input.page - 1) * PAGE_SIZE),
  ]);
  const items = rows.map(({ inspection: r, name, lead }) => ({
    id: r.id,
    title: r.title,
    authorityId: r.authorityId,
    phase: r.phase,
    status: r.status,
    risk: r.risk,
    modelId: r.modelId,
    modelVersion: r.modelVersion,
    entity: entityRef(r, name),
    lead,
    plannedFrom: r.plannedFrom,
    updatedAt: r.updatedAt,
  }));
  return paged(items, total?.n ?? 0, input.page);
}
