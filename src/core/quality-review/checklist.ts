// The checklist a manager reviews a sampled final report against (issue 13, "ledelsestilsyn"). Each
// point is the recommendation of seed 001 or 004 in its own words, with where it stands; the short
// name is the heading the seed gives it (or the first words of the recommendation).
export const CHECKLIST_POINT_IDS = ['score_and_text_agree', 'concrete_not_model_wording', 'depth_fits_risk', 'development_points_are_suggestions', 'no_attention_points', 'economy_assessed', 'overall_short_and_clear'] as const;
export type ChecklistPointId = (typeof CHECKLIST_POINT_IDS)[number];

export type ChecklistPoint = { id: ChecklistPointId; name: string; text: string; source: string };

export const CHECKLIST: readonly ChecklistPoint[] = [
  {
    id: 'score_and_text_agree',
    name: 'Overensstemmelse mellem skriftlige bedømmelser og kvalitetsscorer',
    text: 'at der er overensstemmelse mellem den skriftlige bedømmelse og scoren, samt at der skelnes klart mellem beskrivelser og vurderinger',
    source: 'Socialtilsynenes brug af kvalitetsscorer (seed 001), "Overensstemmelse mellem skriftlige bedømmelser og kvalitetsscorer"',
  },
  {
    id: 'concrete_not_model_wording',
    name: 'Udfoldet skriftlig vurdering af kvaliteten inden for alle temaer',
    text: 'bør kvalitetsvurderingerne i tilsynsrapporterne være udfoldede og afspejle praksis i det konkrete tilbud eller plejefamilie, og ikke blot være er en gengivelse af ordlyden i f.eks. indikatorer og kriterier i kvalitetsmodellen.',
    source: 'Faglig udtalelse om indholdet i socialtilsynenes tilsynsrapporter (seed 004)',
  },
  {
    id: 'depth_fits_risk',
    name: 'Socialtilsynene skal føre et risikobaseret tilsyn',
    text: 'Socialtilsynets skriftlige kvalitetsvurdering bør dermed være mere udfoldet ved tilbud, hvor der er alvorlig bekymring for kvaliteten (høj risiko), end i tilbud, hvor der i nogen grad er bekymring (moderat risiko) samt tilbud, hvor der vurderes at være den fornødne kvalitet (lav risiko).',
    source: 'Faglig udtalelse om indholdet i socialtilsynenes tilsynsrapporter (seed 004), "Udfoldet skriftlig vurdering af kvaliteten inden for alle temaer"',
  },
  {
    id: 'development_points_are_suggestions',
    name: 'Eventuelle udviklingspunkter',
    text: 'Udviklingspunkter bør være afgrænsede og konkrete samt have karakter af forslag til, hvordan tilbuddet eller plejefamilien ifølge socialtilsynet kan udvikle deres kvalitet, som tilbud og plejefamilier kan vælge at følge. Udviklingspunkter bør dermed ikke anvendes i forhold til mangler ved kvaliteten.',
    source: 'Faglig udtalelse om indholdet i socialtilsynenes tilsynsrapporter (seed 004), "Eventuelle udviklingspunkter"',
  },
  {
    id: 'no_attention_points',
    name: 'Opmærksomhedspunkter',
    text: 'Socialtilsynene bør ikke anvende såkaldte opmærksomhedspunkter i tilsynsrapporterne.',
    source: 'Faglig udtalelse om indholdet i socialtilsynenes tilsynsrapporter (seed 004), "Opmærksomhedspunkter"',
  },
  {
    id: 'economy_assessed',
    name: 'Tilbuddets eller plejefamiliens økonomi',
    text: 'Socialtilsynenes tilsynsrapporter bør indeholde skriftlig vurdering af kvaliteten indenfor alle kvalitetsmodellens temaer, kriterier og indikatorer samt tilbuddets eller plejefamiliens økonomi.',
    source: 'Faglig udtalelse om indholdet i socialtilsynenes tilsynsrapporter (seed 004), "Udfoldet skriftlig vurdering af kvaliteten inden for alle temaer"',
  },
  {
    id: 'overall_short_and_clear',
    name: 'Samlet vurdering af kvaliteten',
    text: 'Den samlede vurdering bør være kort og præcis, den bør afspejle indsatsen i det konkrete tilbud eller plejefamilie, og bør give et tydeligt billede af, på hvilke områder kvaliteten er fornøden, samt på hvilke områder der eventuelt er mangler i kvaliteten.',
    source: 'Faglig udtalelse om indholdet i socialtilsynenes tilsynsrapporter (seed 004), "Samlet vurdering af kvaliteten"',
  },
];
