// What every catalog kind shares: the legal bases, flags and typologies the rules speak of, the
// text and id formats, and the header fields. See docs/catalog-format.md.
import { z } from 'zod';

export const LEGAL_BASES = [
  'sel-66-1-5',
  'sel-66-1-6',
  'sel-66-1-6-sikret',
  'sel-66-1-7',
  // Seed 002 excludes indicators for *ambulant* treatment only ("Ambulant alkoholbehandling efter
  // sundhedslovens § 141", "Ambulant stofmisbrugsbehandling efter servicelovens § 101 og § 101 a"):
  // the plain codes are residential treatment (døgnbehandling), the -ambulant codes ambulant.
  'sel-101',
  'sel-101-ambulant',
  'sel-101a',
  'sel-101a-ambulant',
  'sul-141',
  'sul-141-ambulant',
  'sel-103',
  'sel-104',
  'sel-105',
  'sel-107',
  'sel-108',
  'sel-109',
  'sel-110',
] as const;
export const legalBasisSchema = z.enum(LEGAL_BASES);
export type LegalBasis = z.infer<typeof legalBasisSchema>;

/** `aflastning`: approved for respite care only; `bestyrelse`: private provider with a board. */
export const PROVIDER_FLAGS = ['aflastning', 'bestyrelse'] as const;
export const providerFlagSchema = z.enum(PROVIDER_FLAGS);
export type ProviderFlag = z.infer<typeof providerFlagSchema>;

export const TYPOLOGIES = ['almindelig', 'forstaerket', 'specialiseret'] as const;
export const typologySchema = z.enum(TYPOLOGIES);
export type Typology = z.infer<typeof typologySchema>;

export const catalogText = z.string().trim().min(1, 'must not be empty');
export const catalogId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9.-]*$/, 'must be lower-case letters, digits, "." or "-"');

/** The fields every catalog starts with, whatever its kind. */
export const catalogHeader = {
  id: catalogId,
  title: catalogText,
  /** Version of this catalog file; assessments record it. */
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version such as 1.0.0'),
  /** The seed file the content is transcribed from. */
  source: catalogText,
  /** What the source itself says about its edition, verbatim; empty when it says nothing. */
  edition: z.string().default(''),
};

