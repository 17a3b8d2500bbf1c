// Speed of the pure core and the renderers, printed as figures (never asserted in tests).
// Run: npm run bench
import { performance } from 'node:perf_hooks';
import { evaluate } from '../src/core/assessment/evaluate.ts';
import { buildReport } from '../src/core/report/build-report.ts';
import { checkReport } from '../src/core/report/check-report.ts';
import { evaluateReport, reportEngineInput } from '../src/core/report/report-evaluation.ts';
import { renderReportHtml } from '../src/report-render/report-html.tsx';
import { renderReportPdf } from '../src/report-render/report-pdf.ts';
import { binaryInput, depth, options, reportConfig, scoredInput } from '../test/core/report-fixtures.ts';

async function measure(name: string, iterations: number, fn: () => unknown | Promise<unknown>): Promise<void> {
  for (let i = 0; i < Math.min(20, iterations); i++) await fn(); // warm-up
  const start = performance.now();
  for (let i = 0; i < iterations; i++) await fn();
  const ms = (performance.now() - start) / iterations;
  console.log(`${name.padEnd(50)} ${ms.toFixed(3).padStart(9)} ms/op  ${Math.round(1000 / ms).toString().padStart(7)} op/s  (n=${iterations})`);
}

const binary = binaryInput();
const scored = scoredInput();
const binaryEngineInput = reportEngineInput(binary, binary.assessment.data);
const scoredEngineInput = reportEngineInput(scored, scored.assessment.data);
const binaryDocument = buildReport(binary, options);
const scoredDocument = buildReport(scored, options);

console.log(`node ${process.version}, ${process.arch}`);
await measure('evaluate: tilbud (binary, 20 markers)', 5000, () => evaluate(binary.model, binaryEngineInput, { depth }));
await measure('evaluate: tilbud-2017 (scored, 30 indicators)', 5000, () => evaluate(scored.model, scoredEngineInput, { depth }));
await measure('buildReport: tilbud', 1000, () => buildReport(binary, options));
await measure('checkReport: tilbud (incl. model-wording overlap)', 1000, () => checkReport(binary, evaluateReport(binary, depth), reportConfig));
await measure('renderReportHtml: tilbud-2017 (with spider web)', 500, () => renderReportHtml(scoredDocument));
await measure('renderReportPdf: tilbud', 30, () => renderReportPdf(binaryDocument));
await measure('renderReportPdf: tilbud-2017', 30, () => renderReportPdf(scoredDocument));
