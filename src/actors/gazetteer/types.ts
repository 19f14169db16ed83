/** The entry and lookup types of the actor gazetteer. */

/** What kind of actor a name stands for. */
export type ActorKind = 'country' | 'igo' | 'ngo' | 'group' | 'person' | 'user';

/**
 * How a name refers to its actor: "Iran" is a name, "Iranian" a demonym, "Tehran" a capital,
 * "Samarra" a place (a city or region: its country, never the government), "Yoruba" a people
 * (an ethnic or religious group: a country plus CVL or REL, chosen from the sentence).
 */
export type NameType = 'name' | 'alias' | 'demonym' | 'capital' | 'seat' | 'surname' | 'place' | 'people';

/** One name (or alias, demonym, capital...) that resolves to an actor code. */
export interface NameEntry {
  /** The name as written in the data ("the Kremlin", "U.S."). */
  text: string;
  /** Actor code: country or IGO/NGO/IMG, then sector, then organisation ("IRNGOV", "IGOUNOUSC"). */
  code: string;
  /** First three letters of the code. */
  country: string;
  /** Letters 4-6 of the code when they are a sector ("GOV"); absent for "IRN" or "IGOUNO". */
  sector?: string;
  kind: ActorKind;
  type: NameType;
  /** Display name of the actor ("Iran", "United Nations Security Council", "Mohammad Khatami"). */
  actor: string;
  /** Office held, for office holders ("President"). */
  title?: string;
  /** First day the name stands for this code (ISO date, inclusive); absent means always. */
  start?: string;
  /** Last day the name stands for this code (ISO date, inclusive); absent means still. */
  end?: string;
  /** The name also means something else ("Jordan", "Georgia"): resolve it from context. */
  ambiguous: boolean;
  /** Matches only text in the same capitalisation (or all capitals): "US" but not "us". */
  caseSensitive: boolean;
  note?: string;
  /** Where the entry comes from: "data/actors/countries.tsv:14". */
  source: string;
  /** Entries from one data row share a group; dated entries of a group hide its undated ones. */
  group: string;
  /** Later layers (user dictionaries) hide earlier ones for the same name. */
  layer: number;
}

/** A word that gives a sector to the actor it belongs to ("troops" → MIL). */
export interface AgentEntry {
  text: string;
  sector: string;
  /** PETRARCH "NGO~" agents put their code before the country's; Parley's own agents never do. */
  prefix: boolean;
  /** Flagged `case`: the word is an agent only as written ("Democrats", the party, not "democrats"). */
  caseSensitive?: boolean;
  note?: string;
  source: string;
  layer: number;
}

/** A word or phrase that looks like an actor but is not one ("analysts", "New Mexico"). */
export interface NonActorEntry {
  text: string;
  note?: string;
  source: string;
}

/** Everything a gazetteer is built from; `createGazetteer` needs nothing else. */
export interface GazetteerData {
  names: NameEntry[];
  agents: AgentEntry[];
  nonActors: NonActorEntry[];
}

/** The longest known phrase starting at a word, and what it is. */
export interface PhraseMatch {
  /** Number of input words the phrase covers. */
  length: number;
  names: NameEntry[];
  agent?: AgentEntry;
  nonActor?: NonActorEntry;
}

/** Lookups over the actor data, for mention finding and resolution. */
export interface Gazetteer {
  readonly data: GazetteerData;
  /** The most words any known phrase has, to bound phrase matching. */
  readonly maxWords: number;
  /** Every name entry for a phrase (any capitalisation rules applied), valid on `date` when given. */
  lookup(text: string, date?: string): NameEntry[];
  /** Countries whose demonym is `text` ("Iranian", "Israelis"). */
  lookupDemonym(text: string): NameEntry[];
  /** The agent word or phrase `text` ("troops", "foreign minister"). */
  lookupAgent(text: string): AgentEntry | undefined;
  /** Office holders called `text` (full name or surname) who held office on `date`. */
  lookupOfficeHolder(text: string, date: string): NameEntry[];
  /** True for words that look like actors but are not ("analysts", "experts"). */
  isNonActor(text: string): boolean;
  /**
   * The longest phrase of `words` starting at `start` and ending before `end` (default: the end
   * of `words`) that is a name, an agent or a non-actor. Pass the same array for every call on
   * one sentence: the words' keys are computed once per array.
   */
  matchPhrase(words: readonly string[], start: number, date?: string, end?: number): PhraseMatch | undefined;
}
