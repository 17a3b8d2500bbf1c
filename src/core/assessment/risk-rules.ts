// What the risk category asks of an inspection (seed 000, "Dataindhentning og afdækning af
// kvalitetsmarkører"):
// - green: "I tilbud, som vurderes at være i grøn risikokategori, belyses kvaliteten alene ud fra
//   undersøgelsesdesignet på ét tilsynsbesøg (undtaget tilbud med flere afdelinger)";
// - yellow: "… risikokategorisere tilbuddet i gul risikokategori med henblik på nærmere
//   undersøgelse indtil tvivlen er afklaret, hvilket i praksis betyder, at undersøgelsesdesignet
//   udvides" — every criterion in doubt gets a widened design and a conclusion before completion;
// - red: the documentation is thorough (see depthColour in documentation-depth.ts).
import type { Risk } from '../vocabulary.ts';

export type RiskFacts = {
  risk: Risk;
  heldVisits: number;
  /** The provider's departments (0 for a foster family). */
  departments: number;
  /** Criteria the assessment marks as in doubt, with their label and whether they are concluded. */
  doubts: { criterionId: string; label: string; concluded: boolean }[];
  /** Criteria with at least one recorded widening of the investigation design. */
  widenedCriteria: string[];
};

export type RiskNotice = { code: string; message: string };

/** Warnings shown on the inspection, and what stops it from being completed. */
export function riskNotices(f: RiskFacts): { warnings: RiskNotice[]; blocking: RiskNotice[] } {
  const warnings: RiskNotice[] = [];
  const blocking: RiskNotice[] = [];
  if (f.risk === 'green' && f.heldVisits > 1 && f.departments < 2) {
    warnings.push({
      code: 'green_several_visits',
      message: `Grøn risikokategori: kvaliteten belyses på ét tilsynsbesøg (undtaget tilbud med flere afdelinger); der er registreret ${f.heldVisits} gennemførte besøg.`,
    });
  }
  if (f.risk === 'yellow') {
    if (f.doubts.length === 0) {
      warnings.push({ code: 'yellow_without_doubt', message: 'Gul risikokategori: markér de kvalitetskriterier, der er tvivl om, i vurderingen, og udvid undersøgelsesdesignet for dem.' });
    }
    for (const d of f.doubts) {
      if (!f.widenedCriteria.includes(d.criterionId)) {
        blocking.push({ code: 'doubt_not_investigated', message: `Der er tvivl om ${d.label}: registrér, hvordan undersøgelsesdesignet er udvidet, før tilsynet afsluttes.` });
      }
      if (!d.concluded) {
        blocking.push({ code: 'doubt_unresolved', message: `Tvivlen om ${d.label} skal være afklaret (opfyldt eller ikke opfyldt), før tilsynet afsluttes.` });
      }
    }
  }
  return { warnings, blocking };
}
