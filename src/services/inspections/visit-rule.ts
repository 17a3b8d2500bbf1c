// An inspection rests on a visit: it is completed (and its report sent to review) only after a
// held visit, unless it is recorded as desk-based with a reason.
import { and, count, eq } from 'drizzle-orm';
import { visits } from '../../storage/schema.ts';
import type { Tx, Db } from '../../storage/database.ts';
import type { InspectionRow } from './shared.ts';

export const NO_HELD_VISIT =
  'Tilsynet har ikke et gennemført besøg. Registrér besøget som gennemført, eller markér tilsynet som skrivebordstilsyn med en begrundelse.';

export async function heldVisitCount(conn: Db | Tx, inspectionId: string): Promise<number> {
  const [held] = await conn.select({ n: count() }).from(visits).where(and(eq(visits.inspectionId, inspectionId), eq(visits.status, 'held')));
  return held?.n ?? 0;
}

export const lacksHeldVisit = (inspection: Pick<InspectionRow, 'deskBasedReason'>, heldVisits: number): boolean =>
  !inspection.deskBasedReason && heldVisits === 0;
