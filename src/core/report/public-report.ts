// What may leave the authority (seed 004, BRIEF "The report"): the entity, the overall
// assessment, each theme's written assessment (and the economy's, which is assessed as a theme
// and must say so when the provider is disproportionately expensive), enhanced supervision with
// its end date, and the report's date and version. Never scores, the spider web, criterion,
// marker or indicator detail, development points, hearing answers or user names. A foster
// family's summary is for municipalities only.
import { DECISION_LABEL } from '../labels.ts';
import type { Finding } from '../assessment/findings.ts';
import { findPersonalData, maskPersonalData, PERSONAL_DATA_LABEL } from './personal-data.ts';
import type { ReportAudience, ReportDocument, ReportTheme } from './report-document.ts';
import { assertNever } from '../assert-never.ts';
import type { ReportEntityKind } from './report-input.ts';

export type PublicReport = {
  /** 'public': the public portal; 'municipality': foster-family conclusions, never public. */
  audience: ReportAudience;
  entity: {
    kind: ReportEntityKind;
    name: string;
    municipality: string;
    /** Providers only. */
    legalBases?: string[];
    legalBasisLabels?: string[];
  };
  reportDate: string | null;
  reportDateLabel: string;
  version: number;
  overallAssessment: string;
  /** Applicable themes, in model order, with their written assessment. */
  themes: { id: string; title: string; assessment: string }[];
  economy: { title: 'Økonomi'; assessment: string; disproportionatelyExpensive: boolean };
  /** Only enhanced supervision is published (also when combined with an injunction). */
  enhancedSupervision: { label: string; endsOn: string | null; endsOnLabel: string | null } | null;
};

export class ReportNotPublishableError extends Error {
  readonly code = 'personal_data';
  constructor(readonly findings: Finding[]) {
    super(`Rapporten kan ikke offentliggøres: ${findings.map((f) => `${f.path}: ${f.message}`).join(' ')}`);
  }
}

/**
 * The publishable summary of a report document. Throws ReportNotPublishableError when a text of
 * the summary holds personal data: such a report is never published (checkReport stops it earlier).
 */
export function publicSummary(document: ReportDocument): PublicReport {
  const isProvider = document.entity.kind === 'provider';
  const enhanced =
    document.decision && (document.decision.kind === 'enhanced_supervision' || document.decision.kind === 'enhanced_supervision_with_injunction')
      ? { label: DECISION_LABEL.enhanced_supervision, endsOn: document.decision.endsOn, endsOnLabel: document.decision.endsOnLabel }
      : null;
  const summary: PublicReport = {
    audience: document.audience,
    entity: {
      kind: document.entity.kind,
      name: document.entity.name,
      municipality: document.entity.municipality,
      ...(isProvider ? { legalBases: [...document.entity.legalBases], legalBasisLabels: [...document.entity.legalBasisLabels] } : {}),
    },
    reportDate: document.reportDate,
    reportDateLabel: document.reportDateLabel,
    version: document.version.number,
    overallAssessment: document.overallAssessment,
    themes: document.themes
      .filter(themeIsPublished)
      .map((t) => ({ id: t.id, title: t.title, assessment: t.assessment })),
    economy: { title: 'Økonomi', assessment: document.economy.justification, disproportionatelyExpensive: document.economy.disproportionatelyExpensive },
    enhancedSupervision: enhanced,
  };
  const findings = publicTexts(summary).flatMap(({ path, text }) =>
    findPersonalData(text).map((p) => ({
      code: 'personal_data',
      path,
      message: `Teksten ser ud til at indeholde ${PERSONAL_DATA_LABEL[p.kind]} (${maskPersonalData(p.match)}).`,
    })),
  );
  if (findings.length > 0) throw new ReportNotPublishableError(findings);
  return summary;
}

/** The free texts of a summary, with their paths. */
export function publicTexts(summary: PublicReport): { path: string; text: string }[] {
  return [
    { path: 'overallAssessment', text: summary.overallAssessment },
    ...summary.themes.map((t) => ({ path: `themes.${t.id}`, text: t.assessment })),
    { path: 'economy', text: summary.economy.assessment },
  ];
}

/** A scored theme that does not apply to the provider is not part of the published report. */
function themeIsPublished(theme: ReportTheme): boolean {
  switch (theme.kind) {
    case 'binary':
      return true;
    case 'scored':
      return theme.applies;
    default:
      return assertNever(theme);
  }
}
