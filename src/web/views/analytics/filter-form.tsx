// The analytics filter as a GET form, so every view has a shareable URL and works without script.
import type { FieldIssue } from '../../../services/service-error.ts';
import { LEGAL_BASIS_LABEL, PHASE_LABEL, SPECIAL_SITUATION_LABEL, TYPOLOGY_LABEL, FACT_SOURCE_LABEL, capitalise } from '../../../core/labels.ts';
import { LEGAL_BASES, TYPOLOGIES } from '../../../core/model/catalog-parts.ts';
import { PHASES } from '../../../core/assessment/assessment-input.ts';
import { FACT_SOURCES, SPECIAL_SITUATIONS } from '../../../core/analytics/facts.ts';
import { itemNumber } from '../../../core/model/item-number.ts';
import type { AssessableModel } from '../../../core/model/schema.ts';
import { SelectField, TextField } from '../forms.tsx';

export type FilterValues = Record<string, string>;

export function FilterForm({ action, models, model, values, issues }: { action: string; models: AssessableModel[]; model: AssessableModel | null; values: FilterValues; issues: FieldIssue[] }) {
  const themes: [string, string][] = model ? model.themes.map((t) => [t.id, t.title]) : [];
  const criteria: [string, string][] = model ? model.themes.flatMap((t) => t.criteria.map((c): [string, string] => [c.id, `${itemNumber(c.id)} ${c.text}`.slice(0, 90)])) : [];
  const items: [string, string][] = !model
    ? []
    : model.kind === 'scored'
      ? model.themes.flatMap((t) => t.criteria.flatMap((c) => c.indicators.map((i): [string, string] => [i.id, `${i.id} ${i.text}`.slice(0, 90)])))
      : model.themes.flatMap((t) => t.criteria.flatMap((c) => [[c.id, `Kriterium ${itemNumber(c.id)}`] as [string, string], ...c.markers.map((m): [string, string] => [m.id, `Tegn ${itemNumber(m.id)} ${m.text}`.slice(0, 90)])]));
  return (
    <form method="get" action={action} class="analytics-filter" aria-label="Filtre">
      <div class="analytics-filter__fields">
        <SelectField name="model" label="Kvalitetsmodel" value={values.model ?? model?.id} issues={issues} options={models.map((m): [string, string] => [m.id, `${m.title} (${m.version})`])} />
        <SelectField name="theme" label="Tema" value={values.theme} issues={issues} placeholder="Alle temaer" options={themes} />
        <SelectField name="criterion" label="Kriterium" value={values.criterion} issues={issues} placeholder="Alle kriterier" options={criteria} />
        <SelectField name="item" label={model?.kind === 'scored' ? 'Indikator' : 'Kriterium eller tegn'} value={values.item} issues={issues} placeholder="Alle" options={items} />
        <TextField name="from" label="Fra år" type="number" value={values.from} issues={issues} />
        <TextField name="to" label="Til år" type="number" value={values.to} issues={issues} />
        <SelectField name="phase" label="Fase" value={values.phase} issues={issues} placeholder="Begge faser" options={PHASES.map((p): [string, string] => [p, capitalise(PHASE_LABEL[p])])} />
        <SelectField name="legalBasis" label="Lovgrundlag (tilbud)" value={values.legalBasis} issues={issues} placeholder="Alle lovgrundlag" options={LEGAL_BASES.map((b): [string, string] => [b, LEGAL_BASIS_LABEL[b]])} />
        <SelectField name="typology" label="Typologi (plejefamilier)" value={values.typology} issues={issues} placeholder="Alle typologier" options={TYPOLOGIES.map((t): [string, string] => [t, capitalise(TYPOLOGY_LABEL[t])])} />
        <SelectField name="situation" label="Særlig situation" value={values.situation} issues={issues} placeholder="Alle vurderinger" options={SPECIAL_SITUATIONS.map((s): [string, string] => [s, SPECIAL_SITUATION_LABEL[s]])} />
        <SelectField name="source" label="Datakilde" value={values.source} issues={issues} placeholder="Fra tilsyn og importeret" options={FACT_SOURCES.map((s): [string, string] => [s, FACT_SOURCE_LABEL[s]])} />
      </div>
      <button type="submit" class="button button-primary">Vis</button>
    </form>
  );
}
