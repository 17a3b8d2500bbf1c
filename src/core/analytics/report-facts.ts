// The facts of one final report version: every assessed item of the provider or foster family as a
// whole and of each department, the economy, the conclusion on sufficient quality and the decision.
// Pure: the same document and context always give the same facts, which is what makes
// `tilsyn analytics rebuild` equal to what finalisation wrote.
import type { ReportDocument, ReportTheme } from '../report/report-document.ts';
import type { AssessableModel } from '../model/schema.ts';
import { metWithAbsentMarker, scaleWordingConflicts, type ConsistencyFlag } from './consistency.ts';
import { adultWithChildPlaces, modelItems, type Fact, type ModelItem, type SpecialSituation } from './facts.ts';

export type ReportFactContext = {
  reportVersionId: string;
  entityId: string;
  ownership: string | null;
  /** A foster family's approval date (YYYY-MM-DD): "new" is approved less than a year before the report. */
  approvedOn: string | null;
  /** Who wrote the report: the user id, shown as a code or a name by the analytics pages. */
  inspector: string;
  /** The date the facts count for: the final version's date. */
  factDate: string;
};

const oneYearBefore = (date: string): string => `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`;

export function reportFacts(doc: ReportDocument, model: AssessableModel, ctx: ReportFactContext): Fact[] {
  const items = modelItems(model);
  const isFamily = doc.entity.kind === 'fosterFamily';
  const withoutChild = isFamily && doc.entity.childrenInCare === 0;
  const isNew = withoutChild && ctx.approvedOn !== null && ctx.approvedOn > oneYearBefore(ctx.factDate);
  const mixed = !isFamily && adultWithChildPlaces(doc.entity.legalBases);
  // A foster family without a child whose assessment stands from the last inspection (seed 000).
  const familyCarried = isFamily && doc.carriedForward !== null;
  const base = {
    source: 'native' as const,
    authorityId: doc.authority.id,
    entityKind: isFamily ? ('foster_family' as const) : ('provider' as const),
    entityId: ctx.entityId,
    legalBases: doc.entity.legalBases,
    ownership: ctx.ownership,
    typology: doc.entity.typology,
    inspectionKey: doc.inspection.id,
    inspectionId: doc.inspection.id,
    reportVersionId: ctx.reportVersionId,
    phase: doc.inspection.phase,
    factDate: ctx.factDate,
    modelId: doc.model.id,
    modelVersion: doc.model.version,
    risk: doc.inspection.risk,
    inspector: ctx.inspector,
  };
  const facts: Fact[] = [];
  const add = (departmentId: string | null, itemId: string, item: ModelItem | undefined, value: string, carriedForward = false, consistency: ConsistencyFlag | null = null): void => {
    const situations: SpecialSituation[] = [];
    if (withoutChild) situations.push(isNew ? 'new_without_child' : 'without_child');
    if (departmentId !== null) situations.push('department_level');
    if (mixed && item?.childrenOnly) situations.push('adult_with_child_places');
    facts.push({
      ...base,
      sourceKey: `native:${ctx.reportVersionId}:${departmentId ?? ''}:${itemId}`,
      departmentId,
      themeId: item?.themeId ?? null,
      criterionId: item?.criterionId ?? null,
      itemKind: item?.kind ?? 'decision',
      itemId,
      value,
      carriedForward: carriedForward || familyCarried,
      situations,
      consistency,
    });
  };
  const themes = (departmentId: string | null, list: readonly ReportTheme[]): void => {
    for (const theme of list) {
      if (theme.kind === 'binary') {
        for (const c of theme.criteria) {
          if (c.result) add(departmentId, c.id, items.get(c.id), c.result, false, metWithAbsentMarker(c.result, c.justification) ? 'met_with_absent_marker' : null);
          for (const m of c.markers) if (m.state) add(departmentId, m.id, items.get(m.id), m.state);
        }
      } else {
        for (const c of theme.criteria) {
          for (const i of c.indicators) {
            const value = i.score !== null ? String(i.score) : i.expected;
            const conflict = i.score !== null && scaleWordingConflicts(i.assessment, i.score).length > 0;
            if (value) add(departmentId, i.id, items.get(i.id), value, i.carriedForwardFrom !== null, conflict ? 'scale_wording' : null);
          }
        }
      }
    }
  };
  themes(null, doc.themes);
  for (const d of doc.departments) themes(d.id, d.themes);
  if (doc.economy.result) add(null, 'economy', items.get('economy'), doc.economy.result);
  if (doc.conclusion === 'sufficient' || doc.conclusion === 'insufficient') add(null, 'sufficient_quality', items.get('sufficient_quality'), doc.conclusion);
  if (doc.decision) add(null, 'decision', items.get('decision'), doc.decision.kind);
  return facts;
}
