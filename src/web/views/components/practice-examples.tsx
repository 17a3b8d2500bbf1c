// A marker's practice examples from the annex, with the annex's own caveat (they are not
// exhaustive; a concrete professional judgement decides) and the examples the source words
// positively marked as such.
import type { Marker } from '../../../core/kinds/binary/catalog.ts';

/** The annex's caveat: its last paragraph says what the examples are and are not. */
export function PracticeExamples({ marker, note }: { marker: Marker; note: readonly string[] }) {
  const caveat = note.at(-1);
  return (
    <>
      {caveat && <p class="practice-examples-note">{caveat}</p>}
      <ul>
        {marker.practiceExamples.map((e) =>
          marker.practiceExamplesWordedPositively.includes(e)
            ? <li>{e} <em>(eksemplet er formuleret positivt i kilden)</em></li>
            : <li>{e}</li>,
        )}
      </ul>
    </>
  );
}
