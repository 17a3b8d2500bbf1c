// Danish names of the codes that describe a provider or foster family; one list for the
// register, the assessment screens, the report and the portal.
import type { LegalBasis, ProviderFlag, Typology } from './catalog-parts.ts';

export const LEGAL_BASIS_LABEL: Record<LegalBasis, string> = {
  'sel-66-1-5': 'SEL § 66, stk. 1, nr. 5',
  'sel-66-1-6': 'SEL § 66, stk. 1, nr. 6',
  'sel-66-1-6-sikret': 'SEL § 66, stk. 1, nr. 6 (sikret)',
  'sel-66-1-7': 'SEL § 66, stk. 1, nr. 7',
  'sel-101': 'SEL § 101',
  'sel-101a': 'SEL § 101 a',
  'sul-141': 'SUL § 141',
  'sel-103': 'SEL § 103',
  'sel-104': 'SEL § 104',
  'sel-105': 'SEL § 105',
  'sel-107': 'SEL § 107',
  'sel-108': 'SEL § 108',
  'sel-109': 'SEL § 109',
  'sel-110': 'SEL § 110',
};

export const PROVIDER_FLAG_LABEL: Record<ProviderFlag, string> = {
  aflastning: 'Alene godkendt til aflastning',
  bestyrelse: 'Privat tilbud med bestyrelse',
};

export const TYPOLOGY_LABEL: Record<Typology, string> = {
  almindelig: 'almindelig plejefamilie',
  forstaerket: 'forstærket plejefamilie',
  specialiseret: 'specialiseret plejefamilie',
};
