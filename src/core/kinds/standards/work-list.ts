// What is due in the regions' model (seed 003), for an institution or across a region's institutions:
// evaluations, documents to review, actions, and what waits for the region. Overdue first, then by
// date. Pure; the services gather the items.
import { addDays } from '../../calendar.ts';
import type { StandardStatus } from './standards-overview.ts';

export const WORK_ITEM_KINDS = [
  'self_evaluation', 'external_evaluation', 'document_review', 'evaluation_action', 'self_evaluation_action',
  'draft_comment', 'description_approval', 'self_evaluation_acknowledgement',
] as const;
export type WorkItemKind = (typeof WORK_ITEM_KINDS)[number];

export type WorkItem = {
  institution: { id: string; name: string };
  kind: WorkItemKind;
  /** What the item is about, e.g. a document's title or an action; empty when the kind says it all. */
  subject: string;
  due: string | null;
  overdue: boolean;
};

/** How far ahead a work list looks for dates coming up. */
export const LOOK_AHEAD_DAYS = 90;

/** The institution's next self- and external evaluation: the earliest date due over its standards. */
export function evaluationItems(institution: WorkItem['institution'], standards: readonly StandardStatus[], at: string): WorkItem[] {
  const earliest = (dates: (string | null)[]) => dates.filter((d): d is string => d !== null).sort()[0] ?? null;
  return [
    { kind: 'self_evaluation' as const, due: earliest(standards.map((s) => s.nextSelfEvaluationDue)) },
    { kind: 'external_evaluation' as const, due: earliest(standards.map((s) => s.nextExternalEvaluationDue)) },
  ].flatMap(({ kind, due }) => (due === null ? [] : [{ institution, kind, subject: '', due, overdue: due < at }]));
}

/** The items worth showing at `at`: overdue or due within the look-ahead (undated ones always), overdue first, then by date. */
export function workList(items: readonly Omit<WorkItem, 'overdue'>[], at: string): WorkItem[] {
  const horizon = addDays(at, LOOK_AHEAD_DAYS);
  return items
    .map((i) => ({ ...i, overdue: i.due !== null && i.due < at }))
    .filter((i) => i.due === null || i.due <= horizon)
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || (a.due ?? '9999').localeCompare(b.due ?? '9999') || a.institution.name.localeCompare(b.institution.name, 'da'));
}
