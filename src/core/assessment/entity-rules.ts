// Which special flags a provider may carry (seed 002). `aflastning` means "anbringelsessteder
// oprettet efter servicelovens § 66, stk. 1, nr. 5 og 6, der alene er godkendt til at have borgere
// i aflastning", so it needs one of those bases; `bestyrelse` comes from indicator 8.c, which
// "gælder kun for private tilbud med en bestyrelse", so it needs private ownership.
import type { LegalBasis, ProviderFlag } from '../model/catalog-parts.ts';
import type { Ownership } from '../vocabulary.ts';
import { OWNERSHIP_LABEL } from '../labels.ts';
import type { Findings } from './findings.ts';

/** The bases a respite-only provider (`aflastning`) is approved under. */
export const RESPITE_BASES: readonly LegalBasis[] = ['sel-66-1-5', 'sel-66-1-6'];

export type FlagProblem = { flag: ProviderFlag; message: string };

export function flagProblems(entity: { legalBases: readonly LegalBasis[]; flags: readonly ProviderFlag[]; ownership?: Ownership | null }): FlagProblem[] {
  const problems: FlagProblem[] = [];
  if (entity.flags.includes('aflastning') && !entity.legalBases.some((b) => RESPITE_BASES.includes(b))) {
    problems.push({
      flag: 'aflastning',
      message:
        '"Alene godkendt til aflastning" gælder kun anbringelsessteder oprettet efter servicelovens § 66, stk. 1, nr. 5 og 6; vælg et af de lovgrundlag eller fjern markeringen.',
    });
  }
  if (entity.flags.includes('bestyrelse') && entity.ownership && entity.ownership !== 'privat') {
    problems.push({
      flag: 'bestyrelse',
      message: `"Privat tilbud med bestyrelse" gælder kun private tilbud (indikator 8.c gælder kun for private tilbud med en bestyrelse); ejerformen er ${OWNERSHIP_LABEL[entity.ownership].toLowerCase()}.`,
    });
  }
  return problems;
}

/** The same rule as engine errors (`flag_not_allowed`), for `evaluate`. */
export function checkEntityFlags(f: Findings, entity: Parameters<typeof flagProblems>[0]): void {
  for (const problem of flagProblems(entity)) f.error('flag_not_allowed', 'entity.flags', problem.message);
}
