// What the assessment pages say differently per model kind. A record over every assessable kind,
// so a new kind does not compile until its wording is here; the kind's own pages are
// binary-theme-page.tsx and scored-theme-page.tsx.
import type { ThemeStatus } from '../../../core/assessment/feedback.ts';
import { assertNever } from '../../../core/assert-never.ts';
import type { AssessableKind, AssessableModel } from '../../../core/model/schema.ts';
import { formatAverage } from './parts.tsx';

export type KindView = {
  /** "kriterier konkluderet" / "kriterier bedømt" in a theme's status. */
  progressNoun: string;
  /** The column of a theme's figure in the overview. */
  figureHeading: string;
  figure(status: ThemeStatus, phase: 'approval' | 'operation'): string;
  criterionLabel(number: string): string;
  /** The report editor names a theme "Tema 3: …" (binary) or by its title alone (scored). */
  numberedThemes: boolean;
  /** The economy is assessed on a page of its own (binary) or in the report's text (scored). */
  economyPage: boolean;
  /** The rows of the department comparison: criteria (binary) or themes (scored). */
  departmentRows: 'criteria' | 'themes';
  /** The authority concludes on sufficient quality by an explicit answer (scored) rather than by the rule (binary). */
  explicitConclusion: boolean;
};

export const KIND_VIEW: Record<AssessableKind, KindView> = {
  binary: {
    progressNoun: 'kriterier vurderet',
    figureHeading: 'Konklusioner',
    figure: (s) => (s.met + s.notMet === 0 ? '–' : `${s.met} opfyldt, ${s.notMet} ikke opfyldt`),
    criterionLabel: (n) => `Kvalitetskriterium ${n}`,
    numberedThemes: true,
    economyPage: true,
    departmentRows: 'criteria',
    explicitConclusion: false,
  },
  scored: {
    progressNoun: 'kriterier bedømt',
    figureHeading: 'Gennemsnit',
    figure: (s, phase) => (phase === 'operation' ? formatAverage(s.average) : '–'),
    criterionLabel: (n) => `Kriterium ${n}`,
    numberedThemes: false,
    economyPage: true,
    departmentRows: 'themes',
    explicitConclusion: true,
  },
};

/** "Tema 3" for each theme: the binary catalogs number their themes, the scored one does not. */
export function themeNumbers(model: AssessableModel): number[] {
  switch (model.kind) {
    case 'binary':
      return model.themes.map((t) => t.number);
    case 'scored':
      return model.themes.map((_, i) => i + 1);
    default:
      return assertNever(model);
  }
}
