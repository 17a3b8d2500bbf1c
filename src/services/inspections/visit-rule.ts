// An inspection rests on a visit: it is completed (and its report sent to review) only after a
// held visit, unless it is recorded as desk-based with a reason.
import { and, eq } from 'drizzle-orm';
import { visits } from '../../storage/schema.ts';
import type { Tx, Db } from '../../storage/database.ts';
import type { InspectionRow } from './shared.ts';

export const NO_HELD_VISIT =
  'Tilsynet har ikke et gennemført besøg. Registrér besøget som gennemført, eller markér tilsynet som skrivebordstilsyn med en begrundelse.';

export async function lacksHeldVisit(conn: Db | Tx, inspection: Pick<InspectionRow, 'id' | 'deskBasedReason'>): Promise<boolean> {
  if (inspection.deskBasedReason) return false;
  const held = await conn.select({ id: visits.id }).from(visits).where(and(eq(visits.inspectionId, inspection.id), eq(visits.status, 'held'))).limit(1);
  return held.length === 0;
}
