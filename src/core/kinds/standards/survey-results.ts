// A survey round's results (seed 003: user and relative surveys): read from the CSV the survey tool
// exports — every problem named by line and column — and shown as the share answering positively per
// question across rounds. Pure.
import { CsvError, readCsv } from '../../read-csv.ts';
import type { SurveyAudience } from '../../vocabulary.ts';

/** The CSV's header, in this order (README: "Bruger- og pårørendeundersøgelser"). */
export const SURVEY_CSV_HEADER = ['nummer', 'spørgsmål', 'besvarelser', 'positive'] as const;

export type SurveyResult = { questionNo: number; question: string; answers: number; positive: number };
export type SurveyRoundResults = { audience: SurveyAudience; heldOn: string; results: SurveyResult[] };

/** The results per question from the CSV, or every problem found, each naming its line and column. */
export function parseSurveyCsv(csv: string, responded: number): { results: SurveyResult[] } | { problems: string[] } {
  let rows;
  try {
    rows = readCsv(csv);
  } catch (e) {
    if (e instanceof CsvError) return { problems: [e.message] };
    throw e;
  }
  const [header, ...lines] = rows;
  if (!header || header.fields.map((f) => f.trim().toLowerCase()).join(',') !== SURVEY_CSV_HEADER.join(',')) {
    return { problems: [`linje 1: overskriften skal være ${SURVEY_CSV_HEADER.join(',')}`] };
  }
  const problems: string[] = [];
  const results: SurveyResult[] = [];
  for (const { line, fields } of lines) {
    if (fields.length === 1 && fields[0]!.trim() === '') continue;
    if (fields.length !== SURVEY_CSV_HEADER.length) {
      problems.push(`linje ${line}: der skal være ${SURVEY_CSV_HEADER.length} felter, ikke ${fields.length}`);
      continue;
    }
    const [no, question, answers, positive] = fields.map((f) => f.trim()) as [string, string, string, string];
    const int = (value: string, column: string) => {
      if (!/^\d+$/.test(value)) problems.push(`linje ${line}, kolonne ${column}: "${value.slice(0, 40)}" er ikke et helt tal`);
      return Number(value);
    };
    const n = int(no, 'nummer');
    const a = int(answers, 'besvarelser');
    const p = int(positive, 'positive');
    if (question === '') problems.push(`linje ${line}, kolonne spørgsmål: spørgsmålet mangler`);
    if (question.length > 500) problems.push(`linje ${line}, kolonne spørgsmål: højst 500 tegn`);
    if (p > a) problems.push(`linje ${line}, kolonne positive: ${p} er flere end besvarelserne (${a})`);
    if (a > responded) problems.push(`linje ${line}, kolonne besvarelser: ${a} er flere end rundens besvarelser (${responded})`);
    if (results.some((r) => r.questionNo === n)) problems.push(`linje ${line}, kolonne nummer: spørgsmål ${n} står der allerede`);
    results.push({ questionNo: n, question, answers: a, positive: p });
  }
  if (problems.length === 0 && results.length === 0) problems.push('filen har ingen spørgsmål');
  return problems.length > 0 ? { problems } : { results };
}

/** Per audience, each question (by number) across the rounds: the share answering positively. */
export function surveyTrends<R extends SurveyRoundResults>(rounds: R[], audience: SurveyAudience) {
  const own = rounds.filter((r) => r.audience === audience);
  const questions = new Map<number, string>();
  for (const r of own) for (const q of r.results) questions.set(q.questionNo, q.question);
  return {
    rounds: own,
    questions: [...questions].sort(([a], [b]) => a - b).map(([questionNo, question]) => ({
      questionNo,
      question,
      shares: own.map((r) => {
        const q = r.results.find((x) => x.questionNo === questionNo);
        return q && q.answers > 0 ? q.positive / q.answers : null;
      }),
    })),
  };
}
