// Parts around a theme form: the overall status of the assessment and the way to the other themes.
import type { AssessableModel } from '../../../core/model/schema.ts';
import type { Evaluation } from '../../../core/assessment/evaluate.ts';
import { DECISION_LABEL } from '../../../core/labels.ts';
import type { AssessmentView } from '../../../services/assessments/get-assessment.ts';
import { assessmentHref } from './parts.tsx';
import { capitalise } from '../../../core/labels.ts';
import { assertNever } from '../../../core/assert-never.ts';
import { KIND_VIEW } from './kind-view.ts';

/** "Fornøden kvalitet: Ja/Nej" and the decision options once the assessment is complete. */
export function Conclusion({ view, evaluation, headingLevel = 2 }: { view: AssessmentView; evaluation: Evaluation; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  if (evaluation.kind !== 'binary') return null;
  if (!evaluation.valid) {
    return (
      <div class="assessment-conclusion-status">
        <H>Samlet konklusion</H>
        <p>{progressSentence(view)}</p>
      </div>
    );
  }
  return (
    <div class="assessment-conclusion-status" data-sufficient-quality={evaluation.sufficientQuality ? 'yes' : 'no'}>
      <H>Samlet konklusion</H>
      <p class="assessment-sufficient">
        <strong>Fornøden kvalitet: {evaluation.sufficientQuality ? 'Ja' : 'Nej'}</strong>
      </p>
      {evaluation.decisionOptions.length > 0 && (
        <>
          <p>Uden fornøden kvalitet skal socialtilsynet træffe en afgørelse. Mulige afgørelser:</p>
          <ul>{evaluation.decisionOptions.map((d) => <li>{capitalise(DECISION_LABEL[d])}</li>)}</ul>
        </>
      )}
    </div>
  );
}

export function OverallStatus({ view, evaluation }: { view: AssessmentView; evaluation: Evaluation }) {
  return (
    <section class="assessment-overall" aria-labelledby="assessment-overall-title">
      <h2 id="assessment-overall-title" class="h3">Hele vurderingen</h2>
      <OverallConclusion view={view} evaluation={evaluation} />
      <p><a href={assessmentHref(view.inspection.id, view.department?.id)}>Til oversigten over vurderingen</a></p>
    </section>
  );
}

function OverallConclusion({ view, evaluation }: { view: AssessmentView; evaluation: Evaluation }) {
  switch (evaluation.kind) {
    case 'binary':
      return <Conclusion view={view} evaluation={evaluation} headingLevel={3} />;
    case 'scored':
      return <p>{evaluation.valid ? 'Alle indikatorer, der gælder for tilbuddet, er bedømt.' : progressSentence(view)}</p>;
    default:
      return assertNever(evaluation);
  }
}

export function ThemeNavigation({ view, model, themeId }: { view: AssessmentView; model: AssessableModel; themeId: string }) {
  const i = model.themes.findIndex((t) => t.id === themeId);
  const prev = model.themes[i - 1];
  const next = model.themes[i + 1];
  const href = (id: string) => assessmentHref(view.inspection.id, view.department?.id, `/themes/${encodeURIComponent(id)}`);
  const economyNext = !next && KIND_VIEW[model.kind].economyPage && !view.department;
  return (
    <nav class="assessment-theme-nav" aria-label="Temaer">
      <ul class="nobullet-list">
        {prev && <li><a href={href(prev.id)}>Forrige tema: {prev.title}</a></li>}
        {next && <li><a href={href(next.id)}>Næste tema: {next.title}</a></li>}
        {economyNext && <li><a href={assessmentHref(view.inspection.id, null, '/economy')}>Næste: Økonomi</a></li>}
      </ul>
    </nav>
  );
}

/**
 * Where an unfinished assessment stands: how many criteria are done, whether the economy is, and
 * only then the errors to correct — an untouched assessment is "0 af 9 kriterier vurderet", not a
 * list of everything not yet entered.
 */
export function progressSentence(view: AssessmentView): string {
  const p = view.progress;
  const parts = [`${p.concluded} af ${p.criteria} ${KIND_VIEW[view.model.kind].progressNoun}`];
  if (p.economyMissing && !view.department) parts.push('økonomien er ikke vurderet');
  const done = `Vurderingen er ikke færdig: ${parts.join(', og ')}.`;
  return p.errors === 0 ? done : `${done} Der er ${p.errors === 1 ? '1 fejl' : `${p.errors} fejl`}, som skal rettes, før der kan konkluderes.`;
}
