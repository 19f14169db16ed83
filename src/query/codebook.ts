import { agentPartOf, countryOf, SECTORS } from '../core/actor-code.ts';
import type { StatusFilter } from '../core/status-class.ts';
import { readGazetteerData, type GazetteerData } from '../actors/gazetteer/index.ts';
import { nameKey } from '../actors/gazetteer/normalise.ts';
import { loadCountryPlaces } from '../geo/countries.ts';
import { loadOntology, PLOVER_TYPES, type Ontology, type PloverType, type QuadClass } from '../events/ontology.ts';

// The names behind the codes (actors, CAMEO, PLOVER, quad classes) for people reading or choosing
// them: the dashboard's pickers, labels and help, the actor search, and the check that a filter
// names a code that exists.

/** The sectors of letters 4-6 of an actor code, in words (data/actors/README.md). */
export const SECTOR_NAMES: Record<(typeof SECTORS)[number], string> = {
  GOV: 'government', MIL: 'military', COP: 'police and security forces', SPY: 'intelligence', REB: 'rebels',
  INS: 'insurgents and militants', SEP: 'separatists', UAF: 'irregular armed forces', OPP: 'opposition',
  PTY: 'party', LEG: 'legislature', JUD: 'judiciary', ELI: 'elites and former office holders', CVL: 'civilians',
  MED: 'media', BUS: 'business', REL: 'religion', REF: 'refugees and displaced', NGO: 'rights and aid groups',
  LAB: 'labour', EDU: 'education', HLH: 'health', CRM: 'crime',
};

/** The country parts of codes that are not countries. */
const GROUP_PARTS: Record<string, string> = { IGO: 'intergovernmental organisation', NGO: 'non-governmental organisation', IMG: 'multinational armed group', UNK: 'unknown country' };

/** GDELT's quad classes. */
export const QUAD_CLASS_NAMES: Record<QuadClass, string> = { 1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict' };

/** What each PLOVER event type covers (after the PLOVER manual, in our words). */
export const PLOVER_DESCRIPTIONS: Record<PloverType, string> = {
  AGREE: 'agree to or sign an agreement, settle a dispute',
  CONSULT: 'meet, visit, talk or negotiate',
  SUPPORT: 'praise, endorse or defend another actor',
  CONCEDE: 'give in: ease restrictions, release, return, allow',
  COOPERATE: 'cooperate in practice: share information, work together',
  AID: 'give economic, military or humanitarian aid',
  RETREAT: 'withdraw forces, stop fighting, demobilise',
  REQUEST: 'ask for something: aid, talks, a change of policy',
  ACCUSE: 'accuse, blame or criticise',
  REJECT: 'reject a request, proposal or demand',
  THREATEN: 'threaten force, sanctions or other harm',
  PROTEST: 'demonstrate, strike or boycott',
  SANCTION: 'impose sanctions, cut ties, expel, restrict',
  MOBILIZE: 'put forces on alert, deploy or mobilise',
  COERCE: 'seize, arrest, deport or otherwise coerce',
  ASSAULT: 'attack with force: strikes, bombings, killings',
};

/** What each value of the status filter means. */
export const STATUS_DESCRIPTIONS: Record<StatusFilter, string> = {
  actual: 'the text says it happened, in its own voice',
  negated: 'the text says it did not happen ("did not respond", "denied meeting")',
  historical: 'background: it happened, but long before the news of the day ("since the 2018 withdrawal")',
  intended: 'planned, offered or wanted, not done yet ("agreed to meet", "is ready to talk")',
  future: 'announced for later ("will visit next week")',
  hypothetical: 'a possibility the text raises ("could impose sanctions")',
  speculative: 'someone\'s guess or expectation ("analysts expect talks")',
  conditional: 'only if a condition holds ("talks, provided that ..."); the condition is shown with it',
  reported: 'a claim the text relays from a speaker ("officials said troops attacked"): not counted as actual',
};

/** One actor code with its name. */
export interface NamedActor {
  code: string;
  name: string;
}

/** The names of codes, and checks that a code exists. */
export interface Codebook {
  /** The actor code's name ("Iran", "Iran: government", "United Nations Security Council"), or undefined for a code of no known country or group. */
  actorName(code: string): string | undefined;
  /** Actors whose names (names, aliases, demonyms, capitals, office holders) contain a word starting with `text`, best first. */
  searchActors(text: string, limit: number): NamedActor[];
  /** Every named country, organisation and group code with its name. */
  actorNames(): Record<string, string>;
  /** True when letters 1-3 of an actor code or prefix are a known country or IGO, NGO, IMG, UNK. */
  isKnownActorPrefix(code: string): boolean;
  /** True when some CAMEO code starts with `code`. */
  isCameoPrefix(code: string): boolean;
  ontology: Ontology;
}

/** A codebook over gazetteer data and an ontology. */
export function createCodebook(data: GazetteerData, ontology: Ontology): Codebook {
  const names = new Map<string, string>();
  const searchable: { key: string; words: string[]; code: string; exact: boolean }[] = [];
  for (const entry of data.names) {
    if (entry.kind !== 'person' && entry.type === 'name' && !names.has(entry.code)) names.set(entry.code, entry.actor);
    const key = nameKey(entry.text);
    searchable.push({ key, words: key.split(/[\s\-']+/), code: entry.code, exact: entry.type === 'name' || entry.type === 'alias' });
  }
  const countries = new Set([...names.keys()].map(countryOf));
  const name = (code: string): string | undefined => {
    const own = names.get(code);
    if (own) return own;
    const country = names.get(countryOf(code)) ?? GROUP_PARTS[countryOf(code)];
    if (!country) return undefined;
    const sector = SECTOR_NAMES[agentPartOf(code) as keyof typeof SECTOR_NAMES];
    const organisation = names.get(code.slice(0, 6));
    if (code.length <= 3) return country;
    if (sector) return `${country}: ${sector}${code.length > 6 ? ` (${code.slice(6)})` : ''}`;
    return organisation ? `${organisation} (${code.slice(6)})` : `${country} (${code.slice(3)})`;
  };
  const cameoPrefixes = new Set(ontology.codes().flatMap((code) => [...code].map((_, i) => code.slice(0, i + 1))));
  return {
    actorName: name,
    searchActors(text, limit) {
      const wanted = nameKey(text.trim());
      if (!wanted) return [];
      const code = text.trim().toUpperCase();
      const scored = new Map<string, number>();
      const score = (actor: string, value: number) => scored.set(actor, Math.max(scored.get(actor) ?? 0, value));
      if (/^[A-Z]{3,}$/.test(code) && name(code)) score(code, 5);
      for (const entry of searchable) {
        if (entry.key === wanted) score(entry.code, entry.exact ? 4 : 3);
        else if (entry.key.startsWith(wanted)) score(entry.code, 2);
        else if (entry.words.some((word) => word.startsWith(wanted))) score(entry.code, 1);
      }
      return [...scored]
        .sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || a[0].localeCompare(b[0]))
        .slice(0, limit)
        .map(([actor]) => ({ code: actor, name: name(actor) ?? actor }));
    },
    actorNames: () => Object.fromEntries(names),
    isKnownActorPrefix: (code) => countries.has(countryOf(code.toUpperCase())) || countryOf(code.toUpperCase()) in GROUP_PARTS,
    isCameoPrefix: (code) => cameoPrefixes.has(code),
    ontology,
  };
}

let shipped: Codebook | undefined;

/** The codebook of the shipped actor data and ontology, loaded once. */
export function loadCodebook(): Codebook {
  shipped ??= createCodebook(readGazetteerData(), loadOntology());
  return shipped;
}

/** The filters that name codes, as the event filters hold them. */
interface CodeFilters {
  source?: string;
  target?: string;
  cameo?: string;
  root?: string;
  plover?: string;
  country?: string;
}

/** The ISO 3166-1 alpha-3 codes event locations can have, read on first use. */
let locationCountries: ReadonlySet<string> | undefined;

/** Problems with codes a filter names that do not exist, one per filter, each saying where to find the codes. */
export function unknownCodes(filters: CodeFilters, codebook: Codebook, where: (field: string) => string): string[] {
  const problems: string[] = [];
  for (const field of ['source', 'target'] as const) {
    const code = filters[field];
    if (code !== undefined && !codebook.isKnownActorPrefix(code)) {
      problems.push(`${where(field)}: "${code}" is not a known actor code: no country or group "${countryOf(code)}" (search actors by name with GET /api/actors?q=...)`);
    }
  }
  if (filters.cameo !== undefined && !codebook.isCameoPrefix(filters.cameo)) problems.push(`${where('cameo')}: no CAMEO code is or starts with "${filters.cameo}" (the codes are listed by GET /api/codebook)`);
  if (filters.root !== undefined && !codebook.ontology.isCode(filters.root)) problems.push(`${where('root')}: "${filters.root}" is not a CAMEO root (01 to 20)`);
  if (filters.plover !== undefined && !(PLOVER_TYPES as readonly string[]).includes(filters.plover.toUpperCase())) {
    problems.push(`${where('plover')}: "${filters.plover}" is not a PLOVER event type (one of ${PLOVER_TYPES.join(', ')})`);
  }
  if (filters.country !== undefined && !(locationCountries ??= new Set(loadCountryPlaces().byCode.keys())).has(filters.country.toUpperCase())) {
    problems.push(`${where('country')}: "${filters.country}" is no country's ISO 3166-1 alpha-3 code (as the actor codes write countries: IRQ, USA)`);
  }
  return problems;
}
