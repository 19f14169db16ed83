/**
 * Actor codes (data/actors/README.md): letters 1-3 are a country (ISO 3166-1 alpha-3) or one of
 * IGO, NGO, IMG, UNK; letters 4-6, when present, are a sector ("IRNGOV") or an organisation
 * ("IGOUNO"); more letters name an organ or group ("IGOUNOUSC", "PSEINSHMS").
 */

/** Sectors a code may carry in letters 4-6 (documented in data/actors/README.md). */
export const SECTORS = [
  'GOV', 'MIL', 'COP', 'SPY', 'REB', 'INS', 'SEP', 'UAF', 'OPP', 'PTY', 'LEG', 'JUD', 'ELI',
  'CVL', 'MED', 'BUS', 'REL', 'REF', 'NGO', 'LAB', 'EDU', 'HLH', 'CRM',
] as const;
const SECTOR_SET = new Set<string>(SECTORS);

/** Sectors of institutions and their members: "the government of X", "workers of a company of X" are X's. */
export const INSTITUTION_SECTORS: ReadonlySet<string> = new Set(['GOV', 'MIL', 'LEG', 'JUD', 'COP', 'SPY', 'LAB', 'BUS', 'EDU', 'MED', 'HLH', 'PTY', 'ELI']);

/** The country part of a code for an actor of no known country. */
export const UNKNOWN_COUNTRY = 'UNK';

/** Country parts that are not states: unknown, intergovernmental, non-governmental, multinational groups. */
const NOT_STATES = new Set([UNKNOWN_COUNTRY, 'IGO', 'NGO', 'IMG']);

/** Letters 1-3 of a code: its country, or IGO, NGO, IMG, UNK. */
export function countryOf(code: string): string {
  return code.slice(0, 3);
}

/** Letters 4-6 of a code as written (a sector, an organisation, or '' for a bare country). */
export function agentPartOf(code: string): string {
  return code.slice(3, 6);
}

/** True when `letters` is one of the SECTORS. */
export function isSector(letters: string): boolean {
  return SECTOR_SET.has(letters);
}

/** The sector in letters 4-6 of a code, when those letters are one. */
export function sectorOf(code: string): string | undefined {
  const sector = agentPartOf(code);
  return isSector(sector) ? sector : undefined;
}

/** True when the code's country part is UNK ("UNK", "UNKGOV"). */
export function isUnknown(code: string): boolean {
  return countryOf(code) === UNKNOWN_COUNTRY;
}

/** True when the code's country part is a state (not UNK, IGO, NGO or IMG). */
export function isStateCode(code: string): boolean {
  return !NOT_STATES.has(countryOf(code));
}

/** A code from its country part and an optional sector: ("IRN", "GOV") → "IRNGOV". */
export function composeCode(country: string, sector?: string | null): string {
  return `${country}${sector ?? ''}`;
}
