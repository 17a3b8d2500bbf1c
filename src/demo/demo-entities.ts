// The fictional providers (tilbud) and foster families (plejefamilier) of the demo, and the
// inspections each one has had. Names, municipalities and people are invented; the
// municipalities do not exist.
import type { LegalBasis, ProviderFlag, Typology } from '../core/model/catalog-parts.ts';
import type { Ownership } from '../core/vocabulary.ts';

export type AuthorityId = 'nord' | 'midt' | 'syd' | 'oest' | 'hovedstaden';

/** The municipalities (invented) of each authority's area. */
export const MUNICIPALITIES: Record<AuthorityId, readonly [string, string, string]> = {
  nord: ['Vesterfjord Kommune', 'Klitmarken Kommune', 'Lyngmose Kommune'],
  midt: ['Ådalen Kommune', 'Hedelund Kommune', 'Søbakke Kommune'],
  syd: ['Marskby Kommune', 'Bøgevang Kommune', 'Sønderå Kommune'],
  oest: ['Kløverholm Kommune', 'Strandvig Kommune', 'Rugmarken Kommune'],
  hovedstaden: ['Sølvstrand Kommune', 'Bymarken Kommune', 'Kystbyen Kommune'],
};

/**
 * What happens in one inspection of the demo:
 * - `ok`: completed, every criterion met;
 * - `doubt`: completed, met, but with doubt on one or two criteria (risk yellow, widened design);
 * - `injunction`, `enhanced`, `enhanced_injunction`: completed without sufficient quality, with that decision;
 * - `approval_ok`, `approval_conditions`, `refusal`: completed approval (godkendelse);
 * - `approval_in_progress`: approval under way;
 * - `scored`: completed operation inspection on the scored 2017 model (tilbud-2017);
 * - `in_progress`: under way, part of the criteria assessed;
 * - `aborted`: under way, the first visit aborted on arrival;
 * - `planned`, `cancelled`;
 * - `browser`: the fixed inspection the browser tests use;
 * - `confirm_previous`: under way, foster family without a child in care, empty assessment.
 */
export type PlanKind =
  | 'ok'
  | 'doubt'
  | 'injunction'
  | 'enhanced'
  | 'enhanced_injunction'
  | 'approval_ok'
  | 'approval_conditions'
  | 'refusal'
  | 'approval_in_progress'
  | 'scored'
  | 'in_progress'
  | 'aborted'
  | 'planned'
  | 'cancelled'
  | 'browser'
  | 'confirm_previous';

export type PlannedInspection = {
  kind: PlanKind;
  year: number;
  /** One assessment row per department as well as the one for the provider as a whole. */
  perDepartment?: boolean;
  /** The economy is not met (disproportionately expensive). */
  economyNotMet?: boolean;
  /** The risk category at planning, when it is not green. */
  risk?: 'yellow' | 'red';
};

export type ProviderSpec = {
  authorityId: AuthorityId;
  name: string;
  municipality: string;
  ownership: Ownership;
  legalBases: LegalBasis[];
  flags: ProviderFlag[];
  targetGroups: string[];
  methods: string[];
  places: number;
  /** How the report refers to the people the provider serves. */
  citizens: string;
  departments: { name: string; places: number }[];
  inspections: PlannedInspection[];
};

export type FosterFamilySpec = {
  authorityId: AuthorityId;
  name: string;
  municipality: string;
  typology: Typology;
  approvedOn: string | null;
  childrenInCare: number;
  /** The child or children the inspections describe ("en pige på 9 år"). */
  childDescription: string;
  inspections: PlannedInspection[];
};

const m = MUNICIPALITIES;
/** A provider with a board is private (that is what the flag means); the others are municipal unless the spec says otherwise. */
const p = (spec: Omit<ProviderSpec, 'departments' | 'flags' | 'ownership'> & Partial<Pick<ProviderSpec, 'departments' | 'flags' | 'ownership'>>): ProviderSpec => ({
  flags: [],
  departments: [],
  ownership: spec.flags?.includes('bestyrelse') ? 'privat' : 'kommunal',
  ...spec,
});

export const DEMO_PROVIDERS: ProviderSpec[] = [
  // ── Nord ─────────────────────────────────────────────────────────────────────────────
  // The first Nord provider: the browser tests depend on it exactly as it is.
  p({ authorityId: 'nord', name: 'Bostedet Lærkereden', municipality: m.nord[0], legalBases: ['sel-107'], targetGroups: ['Voksne med udviklingshæmning', 'Autismespektrumforstyrrelse'], methods: ['Neuropædagogik', 'Low Arousal'], places: 12, citizens: 'beboerne', inspections: [{ kind: 'browser', year: 2026 }] }),
  p({ authorityId: 'nord', name: 'Døgninstitutionen Fjordgården', municipality: m.nord[1], ownership: 'regional', legalBases: ['sel-66-1-6'], targetGroups: ['Børn og unge med omsorgssvigt', 'Tilknytningsforstyrrelse'], methods: ['Miljøterapi', 'Traumebevidst omsorg'], places: 16, citizens: 'børnene og de unge', departments: [{ name: 'Afdeling Havblik', places: 8 }, { name: 'Afdeling Klitten', places: 8 }], inspections: [{ kind: 'ok', year: 2025, perDepartment: true }, { kind: 'in_progress', year: 2026 }] }),
  p({ authorityId: 'nord', name: 'Krisecentret Havnelyset', municipality: m.nord[0], legalBases: ['sel-109'], flags: ['bestyrelse'], targetGroups: ['Kvinder udsat for vold i nære relationer', 'Børn der ledsager deres mor'], methods: ['Krisepsykologisk støtte', 'Traumebevidst omsorg'], places: 10, citizens: 'kvinderne', inspections: [{ kind: 'doubt', year: 2026 }] }),
  // Residential treatment (døgnbehandling); Vendepunktet in Midt is ambulant: seed 002 excludes five indicators for ambulant treatment only.
  p({ authorityId: 'nord', name: 'Rusmiddelcentret Kompasset', municipality: m.nord[2], legalBases: ['sel-101', 'sul-141'], targetGroups: ['Voksne med stofmisbrug', 'Voksne med alkoholmisbrug'], methods: ['Motiverende samtale', 'Kognitiv adfærdsterapi'], places: 45, citizens: 'borgerne', inspections: [{ kind: 'injunction', year: 2026 }] }),
  p({ authorityId: 'nord', name: 'Opholdsstedet Vibereden', municipality: m.nord[1], legalBases: ['sel-66-1-5'], flags: ['bestyrelse'], targetGroups: ['Unge med angst og depression'], methods: ['Mentalisering', 'KRAP'], places: 6, citizens: 'de unge', inspections: [{ kind: 'ok', year: 2025 }, { kind: 'planned', year: 2026 }] }),
  p({ authorityId: 'nord', name: 'Værkstedet Tangloftet', municipality: m.nord[2], legalBases: ['sel-103', 'sel-104'], targetGroups: ['Voksne med sindslidelse'], methods: ['Recovery', 'Individuelt tilrettelagt beskæftigelse'], places: 30, citizens: 'brugerne', inspections: [{ kind: 'scored', year: 2023 }, { kind: 'ok', year: 2026 }] }),
  p({ authorityId: 'nord', name: 'Herberget Nordstjernen', municipality: m.nord[0], legalBases: ['sel-110'], targetGroups: ['Hjemløse voksne', 'Voksne med misbrug'], methods: ['Critical Time Intervention', 'Skadesreduktion'], places: 24, citizens: 'beboerne', inspections: [{ kind: 'aborted', year: 2026 }] }),
  p({ authorityId: 'nord', name: 'Ungeboligerne Slusen', municipality: m.nord[2], legalBases: ['sel-66-1-7'], targetGroups: ['Unge 17-22 år efter anbringelse'], methods: ['Efterværn', 'Mentorstøtte'], places: 8, citizens: 'de unge', inspections: [{ kind: 'cancelled', year: 2026 }, { kind: 'planned', year: 2026 }] }),

  // ── Midt ─────────────────────────────────────────────────────────────────────────────
  p({ authorityId: 'midt', name: 'Bo- og Aktivitetscentret Skovbrynet', municipality: m.midt[0], legalBases: ['sel-108', 'sel-104'], targetGroups: ['Voksne med betydelig og varig nedsat funktionsevne', 'Multihandicap'], methods: ['Totalkommunikation', 'Neuropædagogik'], places: 32, citizens: 'beboerne', departments: [{ name: 'Bo-enhed Birken', places: 12 }, { name: 'Bo-enhed Egen', places: 12 }, { name: 'Aktivitetshuset', places: 8 }], inspections: [{ kind: 'scored', year: 2023, perDepartment: true }, { kind: 'in_progress', year: 2026 }] }),
  p({ authorityId: 'midt', name: 'Opholdsstedet Kastanjegården', municipality: m.midt[1], legalBases: ['sel-66-1-5'], flags: ['bestyrelse'], targetGroups: ['Børn og unge med tilknytningsforstyrrelse'], methods: ['Miljøterapi', 'Marte Meo'], places: 7, citizens: 'børnene og de unge', inspections: [{ kind: 'enhanced', year: 2026 }] }),
  p({ authorityId: 'midt', name: 'Den sikrede institution Tårnbakken', municipality: m.midt[2], legalBases: ['sel-66-1-6-sikret'], targetGroups: ['Unge 12-17 år anbragt på sikret afdeling'], methods: ['Aggression Replacement Training', 'Kognitiv adfærdsterapi'], places: 14, citizens: 'de unge', departments: [{ name: 'Afdeling Tårnet', places: 7 }, { name: 'Afdeling Porten', places: 7 }], inspections: [{ kind: 'ok', year: 2026, perDepartment: true }] }),
  p({ authorityId: 'midt', name: 'Ungdomsbehandlingen Vendepunktet', municipality: m.midt[0], legalBases: ['sel-101a-ambulant'], targetGroups: ['Unge under 18 år med rusmiddelproblemer'], methods: ['Multisystemisk terapi', 'Motiverende samtale'], places: 20, citizens: 'de unge', inspections: [{ kind: 'doubt', year: 2025 }, { kind: 'planned', year: 2026, risk: 'yellow' }] }),
  p({ authorityId: 'midt', name: 'Bofællesskabet Hedehuset', municipality: m.midt[1], legalBases: ['sel-105'], targetGroups: ['Voksne med udviklingshæmning'], methods: ['Anerkendende pædagogik', 'Struktureret pædagogik'], places: 10, citizens: 'beboerne', inspections: [{ kind: 'approval_conditions', year: 2026 }] }),
  // The one respite-only provider (aflastning).
  p({ authorityId: 'midt', name: 'Aflastningstilbuddet Mågereden', municipality: m.midt[2], legalBases: ['sel-66-1-5'], flags: ['aflastning'], targetGroups: ['Børn med fysisk og psykisk funktionsnedsættelse'], methods: ['TEACCH', 'Struktureret pædagogik'], places: 6, citizens: 'børnene', inspections: [{ kind: 'scored', year: 2022 }, { kind: 'in_progress', year: 2026 }] }),
  p({ authorityId: 'midt', name: 'Botilbuddet Ådalshus', municipality: m.midt[0], legalBases: ['sel-107', 'sel-108'], targetGroups: ['Voksne med sindslidelse', 'Dobbeltdiagnose'], methods: ['Recovery', 'Jeg-støttende tilgang'], places: 24, citizens: 'beboerne', departments: [{ name: 'Korttidsafdelingen', places: 8 }, { name: 'Langtidsafdelingen', places: 16 }], inspections: [{ kind: 'injunction', year: 2025 }, { kind: 'in_progress', year: 2026, risk: 'yellow' }] }),
  p({ authorityId: 'midt', name: 'Beskyttet Værksted Grobund', municipality: m.midt[2], legalBases: ['sel-103'], targetGroups: ['Voksne med sindslidelse', 'Voksne med udviklingshæmning'], methods: ['Recovery', 'Individuelt tilrettelagt beskæftigelse'], places: 35, citizens: 'brugerne', inspections: [{ kind: 'ok', year: 2026 }] }),

  // ── Syd ──────────────────────────────────────────────────────────────────────────────
  p({ authorityId: 'syd', name: 'Opholdsstedet Marsken', municipality: m.syd[0], legalBases: ['sel-66-1-5'], flags: ['bestyrelse'], targetGroups: ['Unge med adfærdsvanskeligheder'], methods: ['KRAP', 'Low Arousal'], places: 8, citizens: 'de unge', inspections: [{ kind: 'enhanced_injunction', year: 2026 }] }),
  p({ authorityId: 'syd', name: 'Døgninstitutionen Bøgely', municipality: m.syd[1], legalBases: ['sel-66-1-6'], targetGroups: ['Børn 6-14 år med omsorgssvigt'], methods: ['Traumebevidst omsorg', 'Familiebehandling'], places: 18, citizens: 'børnene', departments: [{ name: 'Mellemgruppen', places: 9 }, { name: 'Storegruppen', places: 9 }], inspections: [{ kind: 'ok', year: 2026 }] }),
  p({ authorityId: 'syd', name: 'Bostedet Solgården', municipality: m.syd[2], legalBases: ['sel-108'], flags: ['bestyrelse'], targetGroups: ['Voksne med erhvervet hjerneskade'], methods: ['Neuropædagogik', 'Kognitiv genoptræning'], places: 20, citizens: 'beboerne', inspections: [{ kind: 'ok', year: 2025 }, { kind: 'planned', year: 2026 }] }),
  p({ authorityId: 'syd', name: 'Misbrugsbehandlingen Broen', municipality: m.syd[0], legalBases: ['sul-141'], targetGroups: ['Voksne med alkoholproblemer'], methods: ['Minnesota-modellen', 'Kognitiv adfærdsterapi'], places: 30, citizens: 'borgerne', inspections: [{ kind: 'in_progress', year: 2026 }] }),
  p({ authorityId: 'syd', name: 'Kollegiet Lyset', municipality: m.syd[1], legalBases: ['sel-66-1-7'], targetGroups: ['Unge med ADHD'], methods: ['Mentorstøtte', 'Efterværn'], places: 10, citizens: 'de unge', inspections: [{ kind: 'scored', year: 2023 }, { kind: 'ok', year: 2026 }] }),
  p({ authorityId: 'syd', name: 'Aktivitetscentret Mosehuset', municipality: m.syd[2], legalBases: ['sel-104'], targetGroups: ['Voksne med psykiske vanskeligheder'], methods: ['Recovery', 'Netværksarbejde'], places: 40, citizens: 'brugerne', inspections: [{ kind: 'ok', year: 2025 }, { kind: 'cancelled', year: 2026 }] }),
  p({ authorityId: 'syd', name: 'Botilbuddet Engblommen', municipality: m.syd[0], legalBases: ['sel-107'], targetGroups: ['Unge voksne med autisme'], methods: ['TEACCH', 'Struktureret pædagogik'], places: 12, citizens: 'beboerne', inspections: [{ kind: 'approval_ok', year: 2025 }, { kind: 'in_progress', year: 2026 }] }),
  p({ authorityId: 'syd', name: 'Forsorgshjemmet Tidevandet', municipality: m.syd[0], legalBases: ['sel-110'], targetGroups: ['Hjemløse voksne med misbrug'], methods: ['Critical Time Intervention', 'Skadesreduktion'], places: 30, citizens: 'beboerne', departments: [{ name: 'Herbergsafsnittet', places: 18 }, { name: 'Udslusningsboligerne', places: 12 }], inspections: [{ kind: 'doubt', year: 2026 }] }),

  // ── Øst ──────────────────────────────────────────────────────────────────────────────
  p({ authorityId: 'oest', name: 'Opholdsstedet Kløverengen', municipality: m.oest[0], legalBases: ['sel-66-1-5'], flags: ['bestyrelse'], targetGroups: ['Unge piger med selvskade'], methods: ['Dialektisk adfærdsterapi', 'Mentalisering'], places: 6, citizens: 'de unge', inspections: [{ kind: 'injunction', year: 2026 }] }),
  p({ authorityId: 'oest', name: 'Bostedet Strandhaven', municipality: m.oest[1], legalBases: ['sel-108'], targetGroups: ['Voksne med udviklingshæmning og epilepsi'], methods: ['Neuropædagogik', 'Totalkommunikation'], places: 18, citizens: 'beboerne', inspections: [{ kind: 'ok', year: 2026 }] }),
  p({ authorityId: 'oest', name: 'Ungehuset Fyrtårnet', municipality: m.oest[1], legalBases: ['sel-66-1-6', 'sel-107'], targetGroups: ['Unge 15-22 år med psykiatriske diagnoser'], methods: ['KRAP', 'Miljøterapi'], places: 14, citizens: 'de unge', departments: [{ name: 'Ungeafdelingen', places: 8 }, { name: 'Udslusningen', places: 6 }], inspections: [{ kind: 'scored', year: 2023 }, { kind: 'in_progress', year: 2026 }] }),
  p({ authorityId: 'oest', name: 'Rusmiddelcentret Ankerpladsen', municipality: m.oest[2], legalBases: ['sel-101-ambulant'], targetGroups: ['Voksne med stofmisbrug'], methods: ['Motiverende samtale', 'Substitutionsbehandling'], places: 60, citizens: 'borgerne', inspections: [{ kind: 'planned', year: 2026 }] }),
  p({ authorityId: 'oest', name: 'Bofællesskabet Toften', municipality: m.oest[0], legalBases: ['sel-105'], targetGroups: ['Voksne med autisme'], methods: ['Struktureret pædagogik', 'Low Arousal'], places: 8, citizens: 'beboerne', inspections: [{ kind: 'approval_ok', year: 2026 }] }),
  p({ authorityId: 'oest', name: 'Værestedet Havtornen', municipality: m.oest[1], legalBases: ['sel-104'], flags: ['bestyrelse'], targetGroups: ['Voksne med sindslidelse og ensomhed'], methods: ['Recovery', 'Peer-støtte'], places: 25, citizens: 'brugerne', inspections: [{ kind: 'ok', year: 2025 }] }),
  p({ authorityId: 'oest', name: 'Botilbuddet Skovly', municipality: m.oest[2], legalBases: ['sel-107'], targetGroups: ['Voksne med sindslidelse'], methods: ['Recovery', 'Åben dialog'], places: 16, citizens: 'beboerne', inspections: [{ kind: 'doubt', year: 2026 }] }),
  p({ authorityId: 'oest', name: 'Virksomheden Grønne Hænder', municipality: m.oest[0], legalBases: ['sel-103', 'sel-104'], targetGroups: ['Voksne med udviklingshæmning'], methods: ['Beskæftigelsesrettet pædagogik', 'Struktureret pædagogik'], places: 28, citizens: 'brugerne', inspections: [{ kind: 'ok', year: 2026 }] }),

  // ── Hovedstaden ──────────────────────────────────────────────────────────────────────
  p({ authorityId: 'hovedstaden', name: 'Bo- og Behandlingsstedet Sølvbakken', municipality: m.hovedstaden[0], legalBases: ['sel-107', 'sel-108'], flags: ['bestyrelse'], targetGroups: ['Voksne med dobbeltdiagnose'], methods: ['Integreret behandling', 'Recovery'], places: 22, citizens: 'beboerne', departments: [{ name: 'Huset ved Søen', places: 8 }, { name: 'Bakkehuset', places: 8 }, { name: 'Udslusningslejlighederne', places: 6 }], inspections: [{ kind: 'enhanced', year: 2026, economyNotMet: true }] }),
  p({ authorityId: 'hovedstaden', name: 'Døgninstitutionen Kystly', municipality: m.hovedstaden[2], legalBases: ['sel-66-1-6'], targetGroups: ['Børn 0-6 år'], methods: ['Marte Meo', 'Circle of Security'], places: 10, citizens: 'børnene', inspections: [{ kind: 'ok', year: 2026 }] }),
  p({ authorityId: 'hovedstaden', name: 'Opholdsstedet Bymarksgården', municipality: m.hovedstaden[1], legalBases: ['sel-66-1-5'], flags: ['bestyrelse'], targetGroups: ['Unge med autisme og skolevægring'], methods: ['KRAP', 'Struktureret pædagogik'], places: 5, citizens: 'de unge', inspections: [{ kind: 'in_progress', year: 2026, risk: 'red' }] }),
  p({ authorityId: 'hovedstaden', name: 'Behandlingscentret Ny Kurs', municipality: m.hovedstaden[1], legalBases: ['sel-101a'], targetGroups: ['Unge 15-17 år med rusmiddelproblemer'], methods: ['Multisystemisk terapi', 'Familiebehandling'], places: 15, citizens: 'de unge', inspections: [{ kind: 'ok', year: 2025 }, { kind: 'planned', year: 2026 }] }),
  p({ authorityId: 'hovedstaden', name: 'Herberget Lygten', municipality: m.hovedstaden[0], legalBases: ['sel-110'], targetGroups: ['Hjemløse voksne'], methods: ['Skadesreduktion', 'Critical Time Intervention'], places: 40, citizens: 'beboerne', inspections: [{ kind: 'doubt', year: 2026 }] }),
  p({ authorityId: 'hovedstaden', name: 'Botilbuddet Kystvejen', municipality: m.hovedstaden[2], legalBases: ['sel-108'], targetGroups: ['Voksne med fysisk funktionsnedsættelse'], methods: ['Hverdagsrehabilitering', 'Neuropædagogik'], places: 14, citizens: 'beboerne', inspections: [{ kind: 'cancelled', year: 2026 }] }),
  p({ authorityId: 'hovedstaden', name: 'Ungekollegiet Trappetrinnet', municipality: m.hovedstaden[2], legalBases: ['sel-66-1-7'], targetGroups: ['Unge 17-22 år efter anbringelse'], methods: ['Efterværn', 'Mentorstøtte'], places: 12, citizens: 'de unge', inspections: [{ kind: 'scored', year: 2022 }, { kind: 'in_progress', year: 2026 }] }),
  p({ authorityId: 'hovedstaden', name: 'Alkoholbehandlingen Kilden', municipality: m.hovedstaden[0], legalBases: ['sul-141-ambulant', 'sel-101-ambulant'], targetGroups: ['Voksne med alkohol- og stofmisbrug'], methods: ['Kognitiv adfærdsterapi', 'Motiverende samtale'], places: 50, citizens: 'borgerne', inspections: [{ kind: 'ok', year: 2026 }] }),
];

const f = (
  authorityId: AuthorityId,
  name: string,
  municipality: string,
  typology: Typology,
  approvedOn: string | null,
  childrenInCare: number,
  childDescription: string,
  inspections: PlannedInspection[],
): FosterFamilySpec => ({ authorityId, name, municipality, typology, approvedOn, childrenInCare, childDescription, inspections });

export const DEMO_FOSTER_FAMILIES: FosterFamilySpec[] = [
  // ── Nord ── The first: no child in care, the previous assessment is shown to be confirmed.
  f('nord', 'Plejefamilien Krogh', m.nord[0], 'almindelig', '2016-05-01', 0, 'en dreng på 15 år', [{ kind: 'ok', year: 2025 }, { kind: 'confirm_previous', year: 2026 }]),
  f('nord', 'Plejefamilien Damgaard', m.nord[1], 'forstaerket', '2019-09-12', 2, 'to søskende på 7 og 10 år', [{ kind: 'ok', year: 2026 }]),
  f('nord', 'Plejefamilien Bech-Overgaard', m.nord[2], 'specialiseret', '2014-03-20', 1, 'en dreng på 12 år med autisme', [{ kind: 'injunction', year: 2026 }]),
  f('nord', 'Plejefamilien Frost', m.nord[0], 'almindelig', '2021-01-15', 3, 'tre søskende på 4, 8 og 11 år', [{ kind: 'in_progress', year: 2026 }]),
  f('nord', 'Plejefamilien Skovgaard', m.nord[1], 'almindelig', null, 0, 'et kommende plejebarn', [{ kind: 'approval_in_progress', year: 2026 }]),
  f('nord', 'Plejefamilien Winther', m.nord[2], 'forstaerket', '2012-06-01', 1, 'en pige på 14 år', [{ kind: 'ok', year: 2025 }, { kind: 'planned', year: 2026 }]),
  f('nord', 'Plejefamilien Holst', m.nord[0], 'almindelig', '2018-11-01', 2, 'to drenge på 9 og 13 år', [{ kind: 'doubt', year: 2026 }]),
  f('nord', 'Plejefamilien Munk', m.nord[1], 'specialiseret', '2020-02-10', 1, 'en pige på 10 år med føtalt alkoholsyndrom', [{ kind: 'cancelled', year: 2026 }, { kind: 'planned', year: 2026 }]),
  // ── Midt ──
  f('midt', 'Plejefamilien Brink', m.midt[0], 'almindelig', '2017-04-03', 1, 'en pige på 6 år', [{ kind: 'ok', year: 2026 }]),
  f('midt', 'Plejefamilien Dahl', m.midt[1], 'forstaerket', '2015-08-19', 0, 'en dreng på 17 år', [{ kind: 'ok', year: 2026 }]),
  f('midt', 'Plejefamilien Toft', m.midt[2], 'specialiseret', '2013-10-07', 2, 'to søskende på 11 og 15 år', [{ kind: 'enhanced', year: 2026 }]),
  f('midt', 'Plejefamilien Lindholm', m.midt[0], 'almindelig', '2023-05-22', 1, 'en dreng på 3 år', [{ kind: 'approval_ok', year: 2023 }, { kind: 'ok', year: 2026 }]),
  f('midt', 'Plejefamilien Bang', m.midt[1], 'almindelig', '2010-09-01', 3, 'tre børn på 5, 9 og 12 år', [{ kind: 'in_progress', year: 2026 }]),
  f('midt', 'Plejefamilien Kjærsgaard', m.midt[2], 'forstaerket', '2019-03-14', 1, 'en pige på 16 år', [{ kind: 'planned', year: 2026 }]),
  f('midt', 'Plejefamilien Nørgaard-Lund', m.midt[0], 'almindelig', '2022-01-10', 0, 'en pige på 8 år', [{ kind: 'doubt', year: 2025 }]),
  f('midt', 'Plejefamilien Vestergaard', m.midt[1], 'specialiseret', '2016-06-30', 1, 'en dreng på 9 år med ADHD og tilknytningsforstyrrelse', [{ kind: 'ok', year: 2026 }]),
  // ── Syd ──
  f('syd', 'Plejefamilien Friis', m.syd[0], 'almindelig', null, 0, 'et kommende plejebarn', [{ kind: 'refusal', year: 2026 }]),
  f('syd', 'Plejefamilien Højgaard', m.syd[1], 'forstaerket', '2018-02-01', 2, 'to søstre på 12 og 14 år', [{ kind: 'ok', year: 2026 }]),
  f('syd', 'Plejefamilien Kirkegaard', m.syd[2], 'almindelig', '2020-10-15', 1, 'en dreng på 7 år', [{ kind: 'in_progress', year: 2026 }]),
  f('syd', 'Plejefamilien Steffensen', m.syd[0], 'specialiseret', '2011-04-11', 1, 'en pige på 13 år med selvskadende adfærd', [{ kind: 'injunction', year: 2025 }, { kind: 'ok', year: 2026 }]),
  f('syd', 'Plejefamilien Mikkelsen-Bro', m.syd[1], 'almindelig', '2024-09-01', 0, 'et kommende plejebarn', [{ kind: 'approval_ok', year: 2024 }, { kind: 'planned', year: 2026 }]),
  f('syd', 'Plejefamilien Poulsen', m.syd[2], 'almindelig', '2014-12-01', 2, 'to brødre på 10 og 12 år', [{ kind: 'ok', year: 2026 }]),
  f('syd', 'Plejefamilien Ravn', m.syd[0], 'forstaerket', '2017-07-07', 3, 'tre søskende på 6, 9 og 14 år', [{ kind: 'doubt', year: 2026 }]),
  f('syd', 'Plejefamilien Thygesen', m.syd[1], 'almindelig', '2021-03-03', 1, 'en pige på 5 år', [{ kind: 'planned', year: 2026 }]),
  // ── Øst ──
  f('oest', 'Plejefamilien Bruun', m.oest[0], 'almindelig', '2015-01-20', 2, 'to søskende på 8 og 11 år', [{ kind: 'ok', year: 2026 }]),
  f('oest', 'Plejefamilien Lykke', m.oest[1], 'specialiseret', '2012-08-08', 1, 'en dreng på 14 år med svær angst', [{ kind: 'ok', year: 2025 }, { kind: 'in_progress', year: 2026 }]),
  f('oest', 'Plejefamilien Skou', m.oest[2], 'almindelig', '2019-05-05', 0, 'en pige på 16 år', [{ kind: 'ok', year: 2026 }]),
  f('oest', 'Plejefamilien Isaksen', m.oest[0], 'forstaerket', '2016-10-10', 1, 'en dreng på 11 år', [{ kind: 'injunction', year: 2026 }]),
  f('oest', 'Plejefamilien Juhl', m.oest[1], 'almindelig', '2026-10-01', 0, 'et kommende plejebarn', [{ kind: 'approval_conditions', year: 2026 }]),
  f('oest', 'Plejefamilien Kofoed', m.oest[2], 'almindelig', '2013-02-14', 2, 'to piger på 9 og 12 år', [{ kind: 'planned', year: 2026 }]),
  f('oest', 'Plejefamilien Lund-Hansen', m.oest[0], 'specialiseret', '2018-06-18', 1, 'en pige på 15 år med spiseforstyrrelse', [{ kind: 'doubt', year: 2026 }]),
  f('oest', 'Plejefamilien Østergaard', m.oest[1], 'almindelig', '2020-04-01', 1, 'en dreng på 4 år', [{ kind: 'cancelled', year: 2026 }]),
  // ── Hovedstaden ──
  f('hovedstaden', 'Plejefamilien Abildgaard', m.hovedstaden[0], 'almindelig', '2017-09-09', 2, 'to søskende på 3 og 6 år', [{ kind: 'ok', year: 2026 }]),
  f('hovedstaden', 'Plejefamilien Bjerre', m.hovedstaden[1], 'forstaerket', '2014-11-11', 1, 'en dreng på 13 år', [{ kind: 'ok', year: 2025 }, { kind: 'in_progress', year: 2026 }]),
  f('hovedstaden', 'Plejefamilien Carlsen', m.hovedstaden[2], 'almindelig', '2022-08-15', 0, 'en pige på 2 år', [{ kind: 'ok', year: 2026 }]),
  f('hovedstaden', 'Plejefamilien Due', m.hovedstaden[0], 'specialiseret', '2011-03-01', 2, 'to drenge på 12 og 16 år', [{ kind: 'enhanced_injunction', year: 2026 }]),
  f('hovedstaden', 'Plejefamilien Eskildsen', m.hovedstaden[1], 'almindelig', '2019-01-07', 3, 'tre søskende på 2, 5 og 7 år', [{ kind: 'in_progress', year: 2026 }]),
  f('hovedstaden', 'Plejefamilien Fogh', m.hovedstaden[2], 'almindelig', '2023-02-20', 1, 'en dreng på 6 år', [{ kind: 'planned', year: 2026 }]),
  f('hovedstaden', 'Plejefamilien Gade', m.hovedstaden[0], 'forstaerket', '2016-04-04', 1, 'en pige på 11 år', [{ kind: 'doubt', year: 2025 }, { kind: 'ok', year: 2026 }]),
  f('hovedstaden', 'Plejefamilien Hald', m.hovedstaden[1], 'almindelig', '2021-12-01', 2, 'to søskende på 4 og 7 år', [{ kind: 'ok', year: 2026 }]),
];
