// The quality models as reading pages: themes, criteria, markers with their investigation
// design and practice examples, or indicators with their applicability; standards with their steps.
import type { Model } from '../../../core/model/schema.ts';
import { assertNever } from '../../../core/assert-never.ts';
import { MODEL_KIND_LONG_LABEL, SOURCE_TITLE } from '../../../core/labels.ts';
import type { BinaryModel, DesignStep } from '../../../core/kinds/binary/catalog.ts';
import type { ScoredModel } from '../../../core/kinds/scored/catalog.ts';
import type { StandardsModel } from '../../../core/kinds/standards/catalog.ts';
import { Layout } from '../layout.tsx';
import { Table } from '../components/table.tsx';
import { PracticeExamples } from '../components/practice-examples.tsx';

export function ModelListPage({ models }: { models: Model[] }) {
  return (
    <Layout title="Kvalitetsmodeller">
      <h1>Kvalitetsmodeller</h1>
      <Table
        caption="Kvalitetsmodellerne"
        compact={false}
        rowHeaders
        head={['Model', 'Type', 'Version']}
        rows={models.map((m) => [<a href={`/models/${m.id}`}>{m.title}</a>, MODEL_KIND_LONG_LABEL[m.kind], m.version])}
      />
    </Layout>
  );
}

/** A text a region added to the seed's model names where it comes from. */
export const SourceMark = ({ source }: { source?: string }) => (source ? <span class="source-mark"> (Kilde: {source}; ikke fra grundmaterialet)</span> : null);

export function ModelPage({ model, mayReadVersions }: { model: Model; mayReadVersions: boolean }) {
  return (
    <Layout title={model.title} breadcrumbs={[['Kvalitetsmodeller', '/models']]}>
      <h1>{model.title}</h1>
      <p>Version {model.version}. Kilde: {SOURCE_TITLE[model.source] ?? model.source}{model.edition ? ` (${model.edition})` : ''}.{mayReadVersions && <> <a href={`/models/${model.id}/versions`}>Versioner af kataloget</a></>}</p>
      <ModelView model={model} />
    </Layout>
  );
}

function Step({ step }: { step: DesignStep }) {
  return (
    <li>
      <strong>{step.method}</strong>{step.notes.map((n) => <span> ({n})</span>)}
      {step.description.map((d) => <p>{d}</p>)}
      {step.covers.length > 0 && (
        <>
          <p>{step.coversHeading ?? 'Afdækning af:'}</p>
          <ul>{step.covers.map((c) => <li>{c}</li>)}</ul>
        </>
      )}
    </li>
  );
}

function BinaryModelView({ model }: { model: BinaryModel }) {
  return (
    <>
      {model.themes.map((theme) => (
        <section>
          <h2>Tema {theme.number}: {theme.title}</h2>
          {theme.description.split('\n\n').map((p) => <p>{p}</p>)}
          {theme.criteria.map((criterion) => (
            <section>
              <h3>Kvalitetskriterium: {criterion.text}</h3>
              {criterion.markers.map((marker) => (
                <section>
                  <h4>Kvalitetsmarkør: {marker.text}{marker.onlyFor ? ` (${marker.onlyFor.note})` : ''}</h4>
                  <p>Undersøgelsesdesign:</p>
                  <ol>{marker.investigationDesign.map((s) => <Step step={s} />)}</ol>
                  {marker.practiceExamples.length > 0 && (
                    <details>
                      <summary>Praksiseksempler, der kan indikere, at kvalitetsmarkøren ikke er til stede</summary>
                      <PracticeExamples marker={marker} note={model.practiceExamplesNote} />
                    </details>
                  )}
                </section>
              ))}
            </section>
          ))}
        </section>
      ))}
    </>
  );
}

function ScoredModelView({ model }: { model: ScoredModel }) {
  return (
    <>
      <h2>Skala</h2>
      <ul>{model.scale.map((s) => <li>{s.label} ({s.score})</li>)}</ul>
      {model.themes.map((theme) => (
        <section>
          <h2>Tema: {theme.title}</h2>
          {theme.applicabilityText.map((t) => <p><em>{t}</em></p>)}
          {theme.description.split('\n\n').map((p) => <p>{p}</p>)}
          {theme.criteria.map((criterion) => (
            <section>
              <h3>Kriterium {criterion.number}: {criterion.text}</h3>
              <ul>
                {criterion.indicators.map((i) => (
                  <li>
                    <strong>Indikator {i.id}:</strong> {i.text}
                    {i.applicabilityText.length > 0 && <p><em>{i.applicabilityText.join(' ')}</em></p>}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      ))}
    </>
  );
}

function StandardsView({ model }: { model: StandardsModel }) {
  return (
    <>
      <p>{model.description}</p>
      <h2>Standarder</h2>
      <ul>{model.standards.map((s) => <li><strong>{s.title}</strong>{s.text ? `: ${s.text}` : ''}<SourceMark source={s.source} /></li>)}</ul>
      <h2>Trin</h2>
      <ol>{model.steps.map((s) => <li>{s.title}{s.text ? ` – ${s.text}` : ''}<SourceMark source={s.source} /></li>)}</ol>
      <h2>Cyklus</h2>
      <p>{model.cycle.selfEvaluation}</p>
      <p>{model.cycle.externalEvaluation}</p>
      {model.gaps.length > 0 && (
        <>
          <h2>Hvad kilden ikke angiver</h2>
          <ul>{model.gaps.map((g) => <li>{g}</li>)}</ul>
        </>
      )}
    </>
  );
}

function ModelView({ model }: { model: Model }) {
  switch (model.kind) {
    case 'binary':
      return <BinaryModelView model={model} />;
    case 'scored':
      return <ScoredModelView model={model} />;
    case 'standards':
      return <StandardsView model={model} />;
    default:
      return assertNever(model);
  }
}
