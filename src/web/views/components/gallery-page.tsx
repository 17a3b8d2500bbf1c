// The shared components with their examples, for the people who build pages (and for axe).
import { Layout } from '../layout.tsx';
import { COMPONENT_EXAMPLES } from './examples.tsx';

export function ComponentGalleryPage() {
  return (
    <Layout title="Komponenter" breadcrumbs={[['Forside', '/']]}>
      <h1>Komponenter</h1>
      <p>De fælles byggesten i sidernes DKFDS-opmærkning. Eksemplerne her er de samme, som testene kontrollerer.</p>
      {COMPONENT_EXAMPLES.map((example) => (
        <section id={example.name.toLowerCase()} aria-labelledby={`component-${example.name}`}>
          <h2 id={`component-${example.name}`}>{example.name}</h2>
          <p>{example.description}</p>
          {example.render()}
        </section>
      ))}
    </Layout>
  );
}
