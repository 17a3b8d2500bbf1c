// Who is notified of a step in the report workflow (issue 12), written in the step's own
// transaction so a notification exists exactly when the step happened: a report sent back and a
// hearing answered reach the report's author; a report waiting for review reaches the authority's
// managers; a hearing sent and a report sent reach the provider's or foster family's own users.
// Never the person who took the step. E-mail follows from the outbox (deliver-emails.ts).
import { and, eq, inArray, ne, or } from 'drizzle-orm';
import type { NotificationKind } from '../../core/vocabulary.ts';
import type { Tx } from '../../storage/database.ts';
import { notifications, users } from '../../storage/schema.ts';
import type { Actor } from '../actor.ts';

type Inspection = { id: string; authorityId: string; providerId: string | null; fosterFamilyId: string | null };

async function recipients(tx: Tx, kind: NotificationKind, inspection: Inspection, authorId: string | null): Promise<string[]> {
  switch (kind) {
    case 'report_returned':
    case 'hearing_answered':
      return authorId ? [authorId] : [];
    case 'review_waiting':
      return (await tx.select({ id: users.id }).from(users).where(and(eq(users.role, 'manager'), eq(users.authorityId, inspection.authorityId), eq(users.active, true)))).map((u) => u.id);
    case 'hearing_sent':
    case 'report_sent': {
      const party = [
        ...(inspection.providerId ? [eq(users.providerId, inspection.providerId)] : []),
        ...(inspection.fosterFamilyId ? [eq(users.fosterFamilyId, inspection.fosterFamilyId)] : []),
      ];
      if (party.length === 0) return [];
      return (await tx.select({ id: users.id }).from(users).where(and(eq(users.role, 'provider'), eq(users.active, true), or(...party)))).map((u) => u.id);
    }
  }
}

export async function notify(tx: Tx, actor: Actor, kind: NotificationKind, inspection: Inspection, authorId: string | null): Promise<number> {
  const to = (await recipients(tx, kind, inspection, authorId)).filter((id) => id !== actor.id);
  if (to.length === 0) return 0;
  // Only users that exist and are active (an author may since have been deactivated).
  const active = await tx.select({ id: users.id }).from(users).where(and(inArray(users.id, to), eq(users.active, true), ne(users.id, actor.id)));
  if (active.length === 0) return 0;
  await tx.insert(notifications).values(active.map((u) => ({ userId: u.id, kind, inspectionId: inspection.id })));
  return active.length;
}
