// The guiding documents the region's institutions share as examples (seed 003), per standard.
import type { StandardsModel } from '../../../core/kinds/standards/catalog.ts';
import type { GuidingExample } from '../../../services/standards/steps.ts';
import { Layout } from '../layout.tsx';
import { Table } from '../components/table.tsx';
import { documentRows } from './steps-page.tsx';

export function ExamplesPage({ model, examples }: { model: StandardsModel; examples: GuidingExample[] }) {
  return (
    <Layout title="Eksempler fra regionens institutioner" breadcrumbs={[['Kvalitetsmodel for institutioner', '/standards']]}>
      <h1>Eksempler fra regionens institutioner</h1>
      <p>Retningsgivende dokumenter, som regionens institutioner deler som inspiration.</p>
      {examples.length === 0 ? <p>Ingen institutioner deler dokumenter endnu.</p> : model.standards.map((s) => {
        const shared = examples.filter((e) => e.standardId === s.id);
        if (shared.length === 0) return null;
        return (
          <section aria-labelledby={`examples-${s.id}`}>
            <h2 id={`examples-${s.id}`}>{s.title}</h2>
            <Table caption={`Eksempler til ${s.title}`} head={['Dokument', 'Art', 'Ansvarlig', 'Revideres', 'Institution']}
              rows={documentRows(shared).map((row, i) => [...row.slice(0, 4), shared[i]!.institution])} />
          </section>
        );
      })}
    </Layout>
  );
}
