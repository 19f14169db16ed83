import { nameKey, wordKey } from '../actors/gazetteer/normalise.ts';
import type { Document, Mention, Sentence, Token } from '../core/document.ts';
import type { Place, PlaceCue, PlaceMention } from '../core/place.ts';
import type { Span } from '../core/span.ts';
import { LEXICON } from '../lexicon/index.ts';
import { skeleton } from './city-index.ts';
import { countryBefore, countryWords, OWNER_JOIN } from './country-before.ts';
import type { PlaceCandidate, PlaceLookup } from './place-lookup.ts';

/**
 * Place mentions: the words of a document that name a place, each resolved to one place.
 * - A name Parley's gazetteer knows (a country, capital, city or region of data/actors and
 *   data/geo) is a place wherever it stands, unless it is part of a person's or an organisation's
 *   name ("Paris Hilton", "the Washington Post" as an outlet).
 * - So is another name GeoNames gives one of the gazetteer's towns ("Kyiv"), or another
 *   transliteration of it with the same spelling skeleton ("Mazar-i-Sharif" for "Mazar-e Sharif").
 * - A name only GeoNames knows is a place only where the words around it say so: after a
 *   preposition of place ("in Nanaimo"), after a place noun ("the town of ..."), before ", Country"
 *   ("Najaf, Iraq"), as the object of an event's trigger ("shelled Zvornik"), or in the dateline. Ordinary capitalised words that happen to be towns somewhere
 *   stay words.
 * - A compass word before a country makes a region of it ("southern Chile").
 * - A town's name after a body of water's noun ("the Gulf of Aden") is not the town.
 * - A country named right before a region of another country's makes it the part in that country
 *   ("Pakistani Kashmir", "Pakistan-held Kashmir": src/geo/country-before.ts).
 * Homonyms are resolved by a country named right after or right before the name, then by the countries the
 * document names (actors and places), then by the gazetteer's choice and the population.
 */

/** Longest place name tried, in tokens. */
const MAX_NAME_TOKENS = 6;

/** Prepositions after which a looked-up name is a place: the place prepositions plus movement ones ("flew to ...", "returned from ..."). */
const PHRASE_PREPOSITIONS: ReadonlySet<string> = new Set([...LEXICON.placePrepositions, 'to', 'from', 'into', 'toward', 'towards', 'via']);

/** Words that are never a place on their own, however many towns are named so. */
function isCommonWord(key: string): boolean {
  return LEXICON.functionWords.has(key) || LEXICON.calendar.words.has(key) || LEXICON.pronouns.actor.has(key);
}

/**
 * True when the token's text begins with a capital letter (`/^\p{Lu}/u`). Asked of every word of
 * every sentence: a first letter in ASCII is told by its code, which is most words, the others by
 * the expression.
 */
function isCapitalised(token: Token): boolean {
  const code = token.text.charCodeAt(0);
  return code < 0x80 ? code >= 0x41 && code <= 0x5a : /^\p{Lu}/u.test(token.text);
}

/** Lower-case words and marks inside a place name ("Bandar Seri Begawan", "Deir al-Balah", "Bielsko-Biała", "Port-au-Prince", "Mazar-i-Sharif", "Dar es Salaam", "Ras ul Khaimah", "San Juan de los Morros"). */
const CONNECTORS = /^(of|al|el|es|ed|as|ul|de|la|le|las|los|du|des|da|do|dos|au|aux|en|sur|upon|on|di|del|i|e|y|-|')$/i;

/** Nouns of a body of water named after a town ("the Gulf of Aden", "the Bay of Bengal"): the town's name there is not the town. */
const WATER_NOUNS: ReadonlySet<string> = new Set(['gulf', 'bay', 'strait', 'straits', 'sea']);

/** True when the name at token `i` follows a noun of a body of water and "of" ("Gulf of Aden"). */
function namesWater(tokens: readonly Token[], i: number): boolean {
  return i >= 2 && tokens[i - 1].text.toLowerCase() === 'of' && WATER_NOUNS.has(tokens[i - 2].text.toLowerCase());
}

/** Nouns of a border a name may tell from others ("the Cameroon border"). */
const BORDER_NOUNS: ReadonlySet<string> = new Set(['border', 'borders', 'borderland', 'frontier']);

/** A span found in the text that may name a place, before resolution. */
interface Found {
  start: number;
  end: number;
  sentence: number;
  key: string;
  cue: PlaceCue;
  preposition?: string;
  /** A country named right after the name ("Najaf, Iraq") or right before it ("the Lebanese port of Tripoli"), or by the dateline. */
  qualifier?: string;
  /** A compass word that makes a region of a country ("southern"). */
  compass?: { start: number; text: string };
  candidates: PlaceCandidate[];
}

/** The tokens of a sentence, the sentence's index with each. */
function sentenceTokens(doc: Document): { tokens: Token[]; sentence: number }[] {
  return (doc.sentences ?? []).map((sentence, index) => ({ tokens: sentence.tokens, sentence: index }));
}

/**
 * The actor mentions that name a person or an organisation, not a place: a person, an international
 * body, or a group the gazetteer names by code beyond its sector (a party, a rebel army: "the
 * Kurdistan Workers' Party", "the Moro Islamic Liberation Front"), whose name may hold a place's
 * ("Kurdistan") that says nothing of where the group acts.
 */
function nonPlaceMentions(mentions: readonly Mention[]): Mention[] {
  return mentions.filter((m) => m.name !== undefined || /^(IGO|NGO|IMG)/.test(m.code) || (m.rule.startsWith('name-') && m.code.length > 6));
}

/** True when one of these mentions (see `nonPlaceMentions`) is over these characters. */
function insideNonPlace(nonPlaces: readonly Mention[], start: number, end: number): boolean {
  return nonPlaces.some((m) => m.start < end && m.end > start);
}

/** Rules of the actors stage for a person it knows by nothing but the name's shape ("Tamil Nadu" read as a man called Nadu with the title "Tamil"). */
const UNKNOWN_PERSON_RULES: ReadonlySet<string> = new Set(['title-name', 'unknown-name']);

/** True when the only mentions over these characters are a person the actors stage made of exactly these words by their shape alone: a name of Parley's own gazetteer is then the place. */
function personMisread(nonPlaces: readonly Mention[], start: number, end: number): boolean {
  const over = nonPlaces.filter((m) => m.start < end && m.end > start);
  return over.length > 0 && over.every((m) => m.start === start && m.end === end && UNKNOWN_PERSON_RULES.has(m.rule));
}

/** True when the capitalised word after token `last` makes one name with it in the parse ("in West Java": "West" is no town of its own there). */
function inLongerName(tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  if (!next || !isCapitalised(next) || next.upos !== 'PROPN') return false;
  return (tokens[last].head === last + 1 && /^(compound|flat|amod)/.test(tokens[last].deprel ?? '')) || (next.head === last && /^flat/.test(next.deprel ?? ''));
}

/**
 * True when the capitalised word before token `first` makes one name with it in the parse ("at
 * Guantanamo Bay", "the Supreme Court": "Bay" and "Court" are no towns of their own there), unless
 * that word names a country, a people or a compass point ("Lebanese Tripoli", "South Waziristan").
 */
function afterNameWord(tokens: readonly Token[], words: WordKeys, first: number, lookup: PlaceLookup): boolean {
  const previous = tokens[first - 1];
  if (!previous || !isCapitalised(previous)) return false;
  const joined = (previous.head === first && /^(compound|flat|amod)/.test(previous.deprel ?? '')) || (tokens[first].head === first - 1 && /^flat/.test(tokens[first].deprel ?? ''));
  if (!joined) return false;
  const word = words.at(first - 1);
  return !lookup.countryOfName(word) && !lookup.countryOfDemonym(word) && !LEXICON.compassWords.has(word);
}

/** True when the one word at token `i` is used as an adjective or a people's name ("the Argentine capital", "the Arab state"): no town, whatever GeoNames names so. */
function adjectiveUse(tokens: readonly Token[], words: WordKeys, i: number, lookup: PlaceLookup): boolean {
  return tokens[i].upos === 'ADJ' || lookup.countryOfDemonym(words.at(i)) !== undefined;
}

/** The name key of words `first`..`last` (as `nameKey` of their text, from the words' keys). */
function keyOf(words: WordKeys, first: number, last: number): string {
  let joined = words.at(first);
  for (let k = first + 1; k <= last; k++) joined += ` ${words.at(k)}`;
  const key = joined.replace(/ +/g, ' ').trim();
  return key.startsWith('the ') ? key.slice(4) : key;
}

/** The lower-case word before token `i`, skipping "the". */
function wordBefore(tokens: readonly Token[], i: number): { word: string; index: number } | undefined {
  let k = i - 1;
  if (k >= 0 && tokens[k].text.toLowerCase() === 'the') k--;
  return k >= 0 ? { word: tokens[k].text.toLowerCase(), index: k } : undefined;
}

/** The preposition of place a word before a name is ("in", "to" ...), "out of" read as "from" ("pulled its troops out of X"). */
function phrasePreposition(tokens: readonly Token[], before: { word: string; index: number }): string | undefined {
  if (PHRASE_PREPOSITIONS.has(before.word)) return before.word;
  return before.word === 'of' && tokens[before.index - 1]?.text.toLowerCase() === 'out' ? 'from' : undefined;
}

/** Part-of-speech tags of the words that may stand between a preposition and a place noun ("in the restive northern city of", "in India's capital"), besides nouns in compounds ("the border town of"). */
const PLACE_NOUN_MODIFIERS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'PROPN', 'PART', 'NUM']);

/**
 * The preposition of a phrase of place that names the place through a place noun: "in the
 * northern city of X", "in the Ukrainian capital X", "at the port, X" give "in", "in", "at". The
 * preposition stands at most four modifying words before the place noun.
 */
function prepositionOfPlaceNoun(tokens: readonly Token[], i: number): string | undefined {
  let k = i - 1;
  if (k >= 0 && (tokens[k].text === ',' || tokens[k].text.toLowerCase() === 'of')) k--;
  if (k < 0 || !LEXICON.placeNouns.has(tokens[k].text.toLowerCase())) return undefined;
  return prepositionOver(tokens, k - 1, 4, (token, word) => PLACE_NOUN_MODIFIERS.has(token.upos ?? '') || (token.upos === 'NOUN' && token.deprel === 'compound') || /^['’]s?$/.test(word));
}

/**
 * The phrase preposition found walking back from token `from` over at most `steps` + 1 words that
 * `modifies` lets stand between it and the noun ("in the restive northern city of", "in a remote
 * northern Afghan village"); undefined at the first other word.
 */
function prepositionOver(tokens: readonly Token[], from: number, steps: number, modifies: (token: Token, word: string) => boolean): string | undefined {
  for (let at = from, step = 0; at >= 0 && step <= steps; at--, step++) {
    const word = tokens[at].text.toLowerCase();
    if (PHRASE_PREPOSITIONS.has(word)) return word;
    if (!modifies(tokens[at], word)) return undefined;
  }
  return undefined;
}

/**
 * True when tokens `first`..`last` are the direct object of an event's trigger ("shelled Zvornik": an
 * attacked or entered place) or a name on an event noun, directly or through one compound ("the
 * Taba hotel bombing"): the place of the deed.
 */
function isEventObject(tokens: readonly Token[], first: number, last: number, triggers: readonly Span[]): boolean {
  const onTrigger = (k: number) => tokens[k] !== undefined && triggers.some((t) => t.start <= tokens[k].start && tokens[k].end <= t.end);
  for (let k = first; k <= last; k++) {
    const head = tokens[k].head ?? -1;
    if (head >= first && head <= last) continue;
    if (tokens[k].deprel === 'obj') return onTrigger(head);
    const up = tokens[head]?.deprel === 'compound' ? tokens[head].head ?? -1 : -1;
    return tokens[k].deprel === 'compound' && tokens[head]?.upos === 'NOUN' && (onTrigger(head) || onTrigger(up));
  }
  return false;
}

/** The country named by the tokens after a comma following token `last` ("Najaf, Iraq"), if any. */
function countryAfter(tokens: readonly Token[], last: number, lookup: PlaceLookup): string | undefined {
  if (tokens[last + 1]?.text !== ',') return undefined;
  for (let length = 3; length >= 1; length--) {
    const words = tokens.slice(last + 2, last + 2 + length);
    if (words.length < length || !isCapitalised(words[0])) continue;
    const country = lookup.countryOfName(nameKey(words.map((t) => t.text).join(' ')));
    if (country) return country;
  }
  return undefined;
}

/** Shortest spelling skeleton a name spelt otherwise may be matched by: shorter ones match too many words. */
const MIN_VARIANT_SKELETON = 5;

/**
 * A town GeoNames spells another way ("Nassiriya", "Nalchik"), in a phrase of place ("in", "near"
 * ...) where no name starts: a proper noun of one or two words whose spelling skeleton (see
 * `skeleton`) is a GeoNames place's.
 */
function spelledOtherwise(tokens: readonly Token[], words: WordKeys, i: number, sentence: number, lookup: PlaceLookup, nonPlaces: readonly Mention[], before: (start: number) => string | undefined): { found: Found; last: number } | undefined {
  const previous = wordBefore(tokens, i);
  if (!previous || !LEXICON.placePrepositions.has(previous.word) || tokens[i].upos !== 'PROPN') return undefined;
  const last = tokens[i + 1]?.upos === 'PROPN' && isCapitalised(tokens[i + 1]) ? i + 1 : i;
  const key = keyOf(words, i, last);
  if (skeleton(key).length < MIN_VARIANT_SKELETON || insideNonPlace(nonPlaces, tokens[i].start, tokens[last].end)) return undefined;
  const candidates = lookup.candidates(key, { fuzzy: true });
  if (!candidates.length) return undefined;
  return { found: { start: tokens[i].start, end: tokens[last].end, sentence, key, cue: 'name', preposition: previous.word, qualifier: countryAfter(tokens, last, lookup) ?? before(tokens[i].start), candidates }, last };
}

/**
 * "in Pakistan's Balochistan province", "in Pakistan-held Kashmir": the phrase of place is the
 * region's, whose country the words before it name; the country's name only qualifies it. Moves the preposition.
 */
function possessivePhrases(text: string, found: Found[]): Found[] {
  for (let k = 1; k < found.length; k++) {
    const [owner, owned] = [found[k - 1], found[k]];
    if (!owner.preposition || owned.preposition || !OWNER_JOIN.test(text.slice(owner.end, owned.start))) continue;
    if (!owner.candidates.some((c) => c.place.kind === 'country')) continue;
    owned.preposition = owner.preposition;
    owner.preposition = undefined;
  }
  return found;
}

/** True for a compass word that makes a region of the country after it: "southern", "south-eastern", and in lower case only "southeast", "north-west" (a capital may begin a name). */
function isCompassWord(text: string): boolean {
  const word = text.toLowerCase();
  return LEXICON.compassWords.has(word) && (word.endsWith('ern') || word === text);
}

/** The first token of a compass word right before token `i`, or -1: "southern" or "southeast", or "north-western" and "north-west", which come as three tokens ("north", "-", "west") written together. */
function compassBefore(tokens: readonly Token[], i: number): number {
  const k = i - 1;
  if (k < 0) return -1;
  const joined = k >= 2 && tokens[k - 1].text === '-' && tokens[k - 2].end === tokens[k - 1].start && tokens[k - 1].end === tokens[k].start && /^(north|south)$/i.test(tokens[k - 2].text);
  if (joined && isCompassWord(`${tokens[k - 2].text}-${tokens[k].text}`)) return k - 2;
  return isCompassWord(tokens[k].text) ? k : -1;
}

/** The region's name a compass word gives, in its "-ern" form: "southeast" and "Southeastern" give "Southeastern", "north-west" "North-western". */
function compassName(text: string): string {
  const word = text.toLowerCase();
  const adjective = /(north|south|east|west)$/.test(word) ? `${word}ern` : word;
  return `${adjective[0].toUpperCase()}${adjective.slice(1)}`;
}

/**
 * The name a compass region takes for its country: the country's name as the text writes it
 * ("southeastern Turkey" is "Southeastern Turkey", "northern Burma" "Northern Burma", as a reader
 * names the region), unless the text abbreviates it ("southern U.S.") or writes it in capitals
 * alone, when the country's own name stands.
 */
function writtenCountryName(written: string, own: string): string {
  return /\p{Ll}/u.test(written) && !written.includes('.') ? written : own;
}

/** The preposition of a phrase of place before a demonym and a town's noun, over a few determiners, numbers and adjectives ("in an Iraqi town", "at two Egyptian resorts", "near a remote northern Afghan village"). */
function settlementPreposition(tokens: readonly Token[], i: number): string | undefined {
  return prepositionOver(tokens, i - 1, 3, (token) => SETTLEMENT_MODIFIERS.has(token.upos ?? ''));
}

/** Part-of-speech tags of the words that may stand between a preposition and a demonym before a town's noun ("in a remote northern Afghan village"). */
const SETTLEMENT_MODIFIERS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM']);

/** A country's air, which "over" puts a flight in ("over Syrian airspace"). */
const AIRSPACE = 'airspace';

/** Lemmas of a flight or of crossing into a country's air, which "over X airspace" must hang on to place it there. */
const FLIGHT_WORDS: ReadonlySet<string> = new Set(['fly', 'flight', 'overflight', 'drone', 'jet', 'plane', 'aircraft', 'airplane', 'airliner', 'helicopter', 'fighter', 'bomber', 'cross', 'enter', 'intrude', 'stray', 'patrol', 'shoot', 'down']);

/** Whether the word at `i` (the airspace noun) hangs on a word of flight, or on a noun that does ("a jet's flight over X airspace"). */
function heldByFlight(tokens: readonly Token[], i: number): boolean {
  let head = tokens[i].head ?? -1;
  for (let step = 0; step < 2 && head >= 0; step++) {
    const lemma = (tokens[head].lemma ?? tokens[head].text).toLowerCase();
    if (FLIGHT_WORDS.has(lemma)) return true;
    if (tokens[head].upos !== 'NOUN') return false;
    head = tokens[head].head ?? -1;
  }
  return false;
}

/** The noun of a country's capital ("in the Yemeni capital"): with a demonym before it and no name after it, it names that town. */
const CAPITAL_NOUN = 'capital';

/**
 * A demonym before a noun of a country's own ground, water or air, in a phrase of place ("in Somali
 * waters", "in Indian territorial waters", "into Turkish airspace", "on Iraqi soil";
 * data/lexicon/en/territory-nouns.txt), or right before a noun of a town or a part of a country ("in an
 * Iraqi town", "at two Egyptian resorts"; data/lexicon/en/settlement-nouns.txt): the country is the
 * place, whoever acts there. Right before "capital" with no name after it ("in the Yemeni capital"),
 * the place is that country's capital (the gazetteer's, or its seat of government: `PlaceLookup.capital`), the one town it can be.
 */
function demonymTerritory(tokens: readonly Token[], words: WordKeys, i: number, sentence: number, lookup: PlaceLookup): { found: Found; last: number } | undefined {
  const last = tokens[i + 1]?.text.toLowerCase() === 'territorial' ? i + 2 : i + 1;
  if (last >= tokens.length) return undefined;
  const noun = tokens[last].text.toLowerCase();
  const territory = LEXICON.territoryNouns.has(noun);
  // (a town's noun with its name after it, "the Iraqi city of Najaf", "the Afghan town Spin Boldak", leaves the name to say the place)
  const named = tokens[last + 1] && (tokens[last + 1].text.toLowerCase() === 'of' || isCapitalised(tokens[last + 1]));
  // "in the Sudanese capital": the country's capital, the one town it can be (not "the Liberian capital, Monrovia", named after a comma)
  const capital = last === i + 1 && noun === CAPITAL_NOUN && !named && !(tokens[last + 1]?.text === ',' && tokens[last + 2] && isCapitalised(tokens[last + 2]));
  if (!territory && !capital && !(last === i + 1 && LEXICON.settlementNouns.has(noun) && !named)) return undefined;
  const country = lookup.countryOfDemonym(words.at(i));
  const place = country ? (capital ? lookup.capital(country) : lookup.country(country)) : undefined;
  const before = wordBefore(tokens, i);
  // "in Somali waters"; "in an Iraqi town", "at two Egyptian resorts", "near a remote northern Afghan village" (a few words between)
  // ("jets flew over Chilean airspace": over a country's air is in it; not "a row over Chilean territory" nor "a row
  // over Chilean airspace" or "over Chilean airspace violations", which are about it: only a flight's word holds it)
  const over = noun === AIRSPACE && before?.word === 'over' && tokens[last + 1]?.upos !== 'NOUN' && heldByFlight(tokens, last) ? 'in' : undefined;
  const preposition = (before ? phrasePreposition(tokens, before) : undefined) ?? over ?? (territory ? undefined : settlementPreposition(tokens, i));
  if (!place || !preposition) return undefined;
  return { found: { start: tokens[i].start, end: tokens[last].end, sentence, key: words.at(i), cue: 'name', preposition, candidates: [{ place, own: true, ambiguous: false, caseSensitive: false }] }, last };
}

/** The places a run of words may name: its key, its candidates (own names, GeoNames', or the gazetteer's towns spelt otherwise), and whether one is the gazetteer's own. */
interface NameReading {
  key: string;
  candidates: PlaceCandidate[];
  own: boolean;
}

/**
 * What a sentence's words give the scan for place names whatever the actor mentions and events
 * are: each word's key and capital, whether a name may start at it, the reading of each run of
 * words tried. The places stage reads a document up to three times (twice for the actors stage's
 * resolver), so each sentence's is kept with its tokens (which no stage changes) and made once.
 */
interface SentenceScan {
  lookup: PlaceLookup;
  words: WordKeys;
  capitalised: boolean[];
  /** Whether a name of the lookup may start at word i, by i (undefined: not asked yet). */
  starts: (boolean | undefined)[];
  /** The reading of words first..last by `first * (MAX_NAME_TOKENS + 1) + (last - first)`; null when they name no place. */
  readings: Map<number, NameReading | null>;
}

const scans = new WeakMap<readonly Token[], SentenceScan>();

/**
 * The keys (`wordKey`) of a sentence's words by index, '' past its end, each made when first asked:
 * a name starts at a capital and holds only capitalised words and connectors, so most of a
 * sentence's words are never asked for.
 */
class WordKeys {
  private readonly keys: string[] = [];
  private readonly tokens: readonly Token[];

  constructor(tokens: readonly Token[]) {
    this.tokens = tokens;
  }

  at(k: number): string {
    return k >= 0 && k < this.tokens.length ? (this.keys[k] ??= wordKey(this.tokens[k].text)) : '';
  }
}

function sentenceScan(tokens: readonly Token[], lookup: PlaceLookup): SentenceScan {
  let scan = scans.get(tokens);
  if (!scan || scan.lookup !== lookup) {
    scan = { lookup, words: new WordKeys(tokens), capitalised: tokens.map(isCapitalised), starts: [], readings: new Map() };
    scans.set(tokens, scan);
  }
  return scan;
}

/** The reading of words first..last (see `NameReading`), undefined when they name no place. */
function readingOf(scan: SentenceScan, first: number, last: number): NameReading | undefined {
  const at = first * (MAX_NAME_TOKENS + 1) + (last - first);
  let reading = scan.readings.get(at);
  if (reading === undefined) {
    reading = null;
    const { lookup } = scan;
    const key = keyOf(scan.words, first, last);
    if (key && !(first === last && isCommonWord(key))) {
      // a gazetteer town under another name ("Kyiv") or in another transliteration ("Mazar-i-Sharif") is as much a place as under the gazetteer's
      let candidates = lookup.candidates(key);
      if (candidates.length === 0) candidates = lookup.ownVariants(key);
      if (candidates.length > 0) {
        const own = candidates.some((c) => c.own || (c.place.geonameid !== undefined && lookup.isOwnPlace(c.place.geonameid)));
        reading = { key, candidates, own };
      }
    }
    scan.readings.set(at, reading);
  }
  return reading ?? undefined;
}

/** True when the name ending at token `last` is the first half of a hyphened word of affiliation ("Cairo-based", "US-led"; data/lexicon/en/place-affiliation-words.txt). */
function affiliationAfter(tokens: readonly Token[], last: number): boolean {
  const [dash, word] = [tokens[last + 1], tokens[last + 2]];
  return dash?.text === '-' && !!word && tokens[last].end === dash.start && dash.end === word.start && LEXICON.placeAffiliationWords.has(word.text.toLowerCase());
}

/**
 * The place names found in one sentence, with what they were found from: the scan of a sentence
 * depends on its tokens, the lookup, the dateline's span, the person and organisation mentions over
 * it (`nonPlaceMentions`), its country words (`countryWords`) and, only when a name's place hangs on
 * it (`isEventObject`), its events' triggers. The places stage reads a document up to four times
 * (three for the actors stage's resolver, before events exist, then its own run), mostly with the
 * same mentions in a sentence: the last scan of each sentence is kept with its tokens and given back
 * when these are the same.
 */
interface SentenceFinds {
  lookup: PlaceLookup;
  /** The mentions, dateline span and country words the scan read, as one string. */
  context: string;
  /** The triggers' spans, when the scan asked them (undefined: the finds hold whatever the triggers). */
  triggers: string | undefined;
  found: readonly Found[];
}

const sentenceFinds = new WeakMap<readonly Token[], SentenceFinds>();

/** The spans of the triggers as one string. */
function spansKey(spans: readonly Span[]): string {
  let key = '';
  for (const span of spans) key += `${span.start}-${span.end};`;
  return key;
}

/** The place names of one sentence (see `SentenceFinds`), after `possessivePhrases`: copies, for the caller may change them. */
function sentencePlaces(text: string, tokens: readonly Token[], sentence: number, lookup: PlaceLookup, nonPlaces: readonly Mention[], skip: { start: number; end: number } | undefined, triggers: readonly Span[], countries: readonly Mention[] | undefined): Found[] {
  const first = tokens[0]?.start ?? 0;
  const last = tokens[tokens.length - 1]?.end ?? 0;
  let context = skip ? `${sentence}|${skip.start}-${skip.end}|` : `${sentence}||`;
  for (const m of nonPlaces) if (m.start < last && m.end > first) context += `${m.start}-${m.end}${UNKNOWN_PERSON_RULES.has(m.rule) ? '?' : ''};`;
  context += '|';
  for (const m of countries ?? []) context += `${m.start}-${m.end}:${m.code.slice(0, 3)}:${m.text};`;
  const known = sentenceFinds.get(tokens);
  if (known && known.lookup === lookup && known.context === context && (known.triggers === undefined || known.triggers === spansKey(triggers))) return known.found.map((f) => ({ ...f }));
  let asked = false;
  const found = possessivePhrases(text, findInSentence(tokens, sentence, lookup, nonPlaces, skip, triggers, (start) => countryBefore(text, start, countries), () => (asked = true)));
  sentenceFinds.set(tokens, { lookup, context, triggers: asked ? spansKey(triggers) : undefined, found: found.map((f) => ({ ...f })) });
  return found;
}

/** Finds the place names of one sentence (`askedTriggers` is told when a name's place hangs on the triggers). */
function findInSentence(tokens: readonly Token[], sentence: number, lookup: PlaceLookup, nonPlaces: readonly Mention[], skip: { start: number; end: number } | undefined, triggers: readonly Span[], countryAhead: (start: number) => string | undefined, askedTriggers: () => void): Found[] {
  const found: Found[] = [];
  const scan = sentenceScan(tokens, lookup);
  const { words, capitalised } = scan;
  for (let i = 0; i < tokens.length; i++) {
    if (!capitalised[i] || (skip && tokens[i].start < skip.end && tokens[i].end > skip.start) || namesWater(tokens, i)) continue;
    const territory = demonymTerritory(tokens, words, i, sentence, lookup);
    if (territory) {
      found.push(territory.found);
      i = territory.last;
      continue;
    }
    if (!(scan.starts[i] ??= lookup.startsName(words.at(i) === 'the' ? words.at(i + 1) : words.at(i)))) {
      const variant = spelledOtherwise(tokens, words, i, sentence, lookup, nonPlaces, countryAhead);
      if (variant) (found.push(variant.found), (i = variant.last));
      continue;
    }
    for (let length = Math.min(MAX_NAME_TOKENS, tokens.length - i); length >= 1; length--) {
      const last = i + length - 1;
      if (!capitalised[last]) continue;
      if (length > 1 && !tokens.slice(i, last + 1).every((t, k) => capitalised[i + k] || CONNECTORS.test(t.text))) continue;
      const reading = readingOf(scan, i, last);
      if (!reading) continue;
      const { key, candidates, own } = reading;
      const start = tokens[i].start;
      const end = tokens[last].end;
      if (insideNonPlace(nonPlaces, start, end) && !(own && personMisread(nonPlaces, start, end))) continue;
      // "a Cairo-based firm", "US-led troops": whose or from where someone is, not a place of the sentence's events
      if (affiliationAfter(tokens, last)) {
        i = last;
        break;
      }
      const before = wordBefore(tokens, i);
      const preposition = before ? phrasePreposition(tokens, before) ?? prepositionOfPlaceNoun(tokens, i) : prepositionOfPlaceNoun(tokens, i);
      const placeNoun = before?.word === 'of' && before.index > 0 && LEXICON.placeNouns.has(tokens[before.index - 1].text.toLowerCase());
      const qualifier = countryAfter(tokens, last, lookup) ?? countryAhead(start);
      if (!own && !preposition && !placeNoun && !qualifier && (askedTriggers(), !isEventObject(tokens, i, last, triggers))) continue;
      // "the West", "in the North East": a part of the world or of a country, not a namesake town (src/geo/unnamed-region.ts)
      if (!own && tokens.slice(i, last + 1).every((_, k) => LEXICON.compassNouns.has(words.at(i + k)))) continue;
      if (!own && (inLongerName(tokens, last) || afterNameWord(tokens, words, i, lookup) || (i === last && adjectiveUse(tokens, words, i, lookup)))) continue;
      if (own && candidates.every((c) => c.caseSensitive) && !/^\p{Lu}+$/u.test(tokens[i].text) && candidates[0].caseSensitive) continue;
      const compassAt = compassBefore(tokens, i);
      const compass = compassAt >= 0 && lookup.countryOfName(key) ? { start: tokens[compassAt].start, text: tokens.slice(compassAt, i).map((t) => t.text).join('') } : undefined;
      // "in western Darfur", "into the northern Gaza Strip": the phrase of place goes over the compass word
      const overCompass = compassAt >= 0 ? wordBefore(tokens, compassAt)?.word : undefined;
      // "near the Cameroon border": the phrase of place is the border's, which the name only tells from others (both countries share it)
      if (BORDER_NOUNS.has(tokens[last + 1]?.text.toLowerCase() ?? '') && tokens[last].head === last + 1) {
        found.push({ start, end, sentence, key, cue: 'name', qualifier, compass, candidates });
        i = last;
        break;
      }
      found.push({ start, end, sentence, key, cue: 'name', preposition: preposition ?? (overCompass && PHRASE_PREPOSITIONS.has(overCompass) ? overCompass : undefined), qualifier, compass, candidates });
      i = last;
      break;
    }
  }
  return found;
}

/**
 * A dateline the text stage leaves alone: places in capitals at the start, perhaps several filed
 * together ("ADEN/SANAA (Reuters) -", "LAHORE, 3 March 2005 -", "MOSUL, Oct 3:"). The last place is the
 * report's. Returns the place's span and what follows it up to the dash or colon.
 */
const LOOSE_DATELINE = /^\s*((?:\p{Lu}[\p{Lu}.'’-]+)(?: \p{Lu}[\p{Lu}.'’-]+){0,4}(?:\/\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]+){0,3})*)([^\n\-–—:]{0,40}?)\s*(?:--|-|–|—|:)\s/u;

/**
 * A dateline in title case with its date, which the text stage leaves alone when it ends in a colon
 * ("Kabul, Oct. 5 (AP):", "Lahore, 3 March -"): the date makes the name a dateline's place.
 */
const MONTH = `(?:${LEXICON.calendar.months.map((month) => month[0].toUpperCase() + month.slice(1, 3)).join('|')})[a-z]*\\.?`;
const TITLE_DATELINE = new RegExp(`^\\s*(\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){0,2}),? ((?:${MONTH} ?\\d{1,2}|\\d{1,2} ${MONTH})(?:,? \\d{4})?(?: ?\\([^()\\n]{1,40}\\))?)\\s*(?:--|-|–|—|:)\\s`, 'u');

/**
 * A dateline in title case without a date, before a dash ("Paris - Doctors said ...", "Nouakchott,
 * Mauritania - Police arrested ..."): the dash after a place name at the very start of the text makes
 * it the dateline's place (a news agency's credit, "Reuters - ", is none). Not before a colon, which
 * also ends labels ("World News:").
 */
const BARE_TITLE_DATELINE = /^\s*(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2})(, \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2})?\s+(?:--|-|–|—)\s/u;

/** Where a date starts after a dateline's country ("Cuba Aug. 26", "Iraq 23 August"): a month's name only with its day after it, so that a region's name that starts like a month ("County Mayo", "Northern Mariana Islands") stays whole. */
const DATE_START = new RegExp(`\\s+(?:${MONTH}\\s*\\d|\\d)`, 'u');

/** The span of the dateline's place and the words after it (", Iraq", "(Reuters)"). */
function datelinePlace(doc: Document): { start: number; end: number; rest: string } | undefined {
  if (doc.dateline) return { start: doc.dateline.place.start, end: doc.dateline.place.end, rest: doc.text.slice(doc.dateline.place.end, doc.dateline.agency?.start ?? doc.dateline.end) };
  const head = doc.text.slice(0, 200);
  const titled = TITLE_DATELINE.exec(head);
  if (titled) {
    const start = titled.index + titled[0].indexOf(titled[1]);
    return { start, end: start + titled[1].length, rest: titled[2] };
  }
  const bare = BARE_TITLE_DATELINE.exec(head);
  if (bare && !LEXICON.newsAgencies.includes(bare[1])) {
    const start = bare.index + bare[0].indexOf(bare[1]);
    return { start, end: start + bare[1].length, rest: bare[2] ?? '' };
  }
  const match = LOOSE_DATELINE.exec(head);
  if (!match) return undefined;
  const places = match[1];
  const offset = match.index + match[0].indexOf(places);
  const last = places.lastIndexOf('/') + 1;
  return { start: offset + last, end: offset + places.length, rest: match[2] };
}

/**
 * A dateline whose dash the wire dropped, read only when the place is sure to be one: a place in
 * capitals at the very start followed by the country or region it is in ("KANDAHAR, Afghanistan The
 * president said ..."), or a lone place in capitals that is a large town or one of the gazetteer's
 * own towns (not any large town of GeoNames), right before a capitalised word ("NAIROBI Kenya's president said ...", "SEOUL A court ruled ...";
 * not "ABOUT forty villagers ...", "THE government", nor a given name in capitals before the surname, "GRETA Lindqvist said ...",
 * nor "US Secretary of State", a country).
 */
const DASHLESS_DATELINE = /^\s*(\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]+){0,3})(?:,((?: \p{Lu}\p{Ll}+){1,3}))?\s+\p{Lu}/u;

function dashlessDateline(doc: Document, lookup: PlaceLookup): { start: number; end: number; rest: string } | undefined {
  const match = DASHLESS_DATELINE.exec(doc.text.slice(0, 200));
  if (!match) return undefined;
  const start = match.index + match[0].indexOf(match[1]);
  const end = start + match[1].length;
  const candidates = lookup.candidates(nameKey(match[1]));
  if (!candidates.length) return undefined;
  if (match[2]) {
    // the longest run of the words after the comma that names a country or a region: "South Korea" of "PANMUNJOM, South Korea The ..."
    const words = match[2].trim().split(' ');
    for (let n = words.length; n > 0; n--) {
      const key = nameKey(words.slice(0, n).join(' '));
      if (lookup.countryOfName(key) || lookup.candidates(key, { limit: 0 }).some((c) => c.place.kind === 'region')) return { start, end, rest: `, ${words.slice(0, n).join(' ')}` };
    }
    return undefined;
  }
  if (match[1].includes(' ')) return undefined;
  // a lone word: only one of the gazetteer's own towns, and not the first word of a person's name the actors
  // stage read there ("GRETA Lindqvist said ...", "LEON Brittan urged ...": many given names are also towns of GeoNames)
  if (!candidates.some((c) => c.place.kind === 'city' && c.own)) return undefined;
  const personAt = (doc.mentions ?? []).some((m) => m.start <= start && m.end > end && (m.name !== undefined || m.rule === 'unknown-name'));
  return personAt ? undefined : { start, end, rest: '' };
}

/** The last document's dateline read (the places stage reads one document up to three times running), with what it was read from. */
let lastDateline: { text: string; dateline: Document['dateline']; sentences: Document['sentences']; mentions: Document['mentions']; lookup: PlaceLookup; found: Found | undefined } | undefined;

/** The dateline's place ("NAJAF, Iraq -"), with the country or region after its comma as qualifier. */
function findDateline(doc: Document, lookup: PlaceLookup): Found | undefined {
  const last = lastDateline;
  if (last && last.text === doc.text && last.dateline === doc.dateline && last.sentences === doc.sentences && last.mentions === doc.mentions && last.lookup === lookup) return last.found && { ...last.found };
  const found = readDateline(doc, lookup);
  lastDateline = { text: doc.text, dateline: doc.dateline, sentences: doc.sentences, mentions: doc.mentions, lookup, found };
  return found && { ...found };
}

/**
 * The town a dateline's first words name, when the whole names nothing ("KANDAHAR AIR FIELD"): the
 * longest run of its first words (not all of them) that names a town of the country filed with it.
 */
function townBefore(words: string, country: string, lookup: PlaceLookup): { text: string; key: string; candidates: PlaceCandidate[] } | undefined {
  const parts = words.split(' ');
  for (let n = parts.length - 1; n > 0; n--) {
    const text = parts.slice(0, n).join(' ');
    const key = nameKey(text);
    const candidates = lookup.candidates(key).filter((c) => c.place.kind === 'city' && c.place.country === country);
    if (candidates.length) return { text, key, candidates };
  }
  return undefined;
}

function readDateline(doc: Document, lookup: PlaceLookup): Found | undefined {
  const dateline = datelinePlace(doc) ?? (doc.dateline ? undefined : dashlessDateline(doc, lookup));
  if (!dateline) return undefined;
  const key = nameKey(doc.text.slice(dateline.start, dateline.end));
  const candidates = lookup.candidates(key, { fuzzy: true });
  // (the date after it left out: "HERAT, Afghanistan March 9, 2005 -")
  const region = /^\s*,\s*([^,(\-—–]+)/u.exec(dateline.rest)?.[1]?.split(DATE_START)[0].trim();
  const regionKey = region ? nameKey(region) : undefined;
  let qualifier = regionKey ? lookup.countryOfName(regionKey) : undefined;
  if (!qualifier && regionKey) qualifier = lookup.candidates(regionKey, { limit: 0 }).find((c) => c.place.kind === 'region')?.place.country;
  const sentence = (doc.sentences ?? []).findIndex((s) => s.start <= dateline.start && dateline.start < s.end);
  if (candidates.length === 0) {
    // a base or a camp named by its town, filed with the town's country ("KANDAHAR AIR FIELD, Afghanistan -"): that town
    const town = qualifier ? townBefore(doc.text.slice(dateline.start, dateline.end), qualifier, lookup) : undefined;
    if (town) return { start: dateline.start, end: dateline.start + town.text.length, sentence, key: town.key, cue: 'dateline', qualifier, candidates: town.candidates };
    // a camp or a base no gazetteer knows, filed with its country or region ("KAMBEDI REFUGEE CAMP, Uganda -", "AIR BASE X, Iraq Oct. 3 -"): that country or region
    const broader = qualifier && regionKey ? lookup.candidates(regionKey).filter((c) => c.place.kind !== 'city' && c.place.country === qualifier) : [];
    if (!broader.length) return undefined;
    const start = dateline.end + doc.text.slice(dateline.end).indexOf(region!);
    return { start, end: start + region!.length, sentence, key: regionKey!, cue: 'dateline', qualifier, candidates: broader };
  }
  return { start: dateline.start, end: dateline.end, sentence, key, cue: 'dateline', qualifier, candidates };
}

/** The score of one candidate place for a name: qualifier, document countries, gazetteer, population. */
function score(candidate: PlaceCandidate, found: Found, countries: ReadonlySet<string>): number {
  const { place } = candidate;
  let value = 0;
  if (found.qualifier === place.country) value += 100;
  if (countries.has(place.country)) value += 2.5;
  const size = Math.log10(place.population + 1) + ({ PPLC: 1.5, PPLA: 0.7, PPLA2: 0.3 }[candidate.feature ?? ''] ?? 0);
  // the gazetteer's own place counts at least as a city of ten million: a namesake needs the document's country and a size of its own to beat it
  if (candidate.own) value += place.kind === 'country' ? 8 : Math.max(7, size);
  else value += size;
  return value;
}

/** Why the chosen place won, in words. */
function choiceReason(chosen: PlaceCandidate, found: Found, countries: ReadonlySet<string>): string {
  const n = found.candidates.length;
  if (n === 1) return chosen.own ? "the only place of that name (Parley's gazetteer)" : 'the only place of that name (GeoNames)';
  if (found.qualifier === chosen.place.country) return `${n} places of that name; the one in the country named with it`;
  if (countries.has(chosen.place.country)) return `${n} places of that name; the one in ${chosen.place.country}, a country the document names`;
  if (chosen.own) return `${n} places of that name; the one Parley's gazetteer gives`;
  return `${n} places of that name; the most populous`;
}

/** The countries one found place name stands for by itself: its one-country own entries, its qualifier. */
function namedCountries(found: Found): string[] {
  const named: string[] = [];
  const own = found.candidates.filter((c) => c.own);
  if (own.length && own.every((c) => c.place.country === own[0].place.country)) named.push(own[0].place.country);
  if (found.qualifier) named.push(found.qualifier);
  return named;
}

/**
 * The countries a document names, for each found place name: its actors' countries, the countries
 * of its demonyms wherever they stand ("..., Lebanese security sources said" names Lebanon though
 * no actor is made of it) and its other places that name one country only. Counted once for the document (each name's own contribution
 * is taken out for it), so that the cost stays linear in the number of names.
 */
function documentCountries(mentions: readonly Mention[], found: readonly Found[], demonyms: ReadonlySet<string>): (except: Found) => Set<string> {
  const actors = new Set<string>(demonyms);
  // an actor mention over a place name, or placed by one ("gunmen" in "gunmen in Tripoli"), says what the actors stage made of the place: not evidence here
  // so does one that took its country from another mention ("the army" after "Congo": rule "-context"; "the country" or "it" referring
  // back to "Congo", which has an antecedent), which adds no evidence of its own
  const overPlace = (m: Mention) => /-(placed|context)$/.test(m.rule) || m.antecedent !== undefined || found.some((f) => m.start < f.end && m.end > f.start);
  for (const m of mentions) if (m.country && /^[A-Z]{3}$/.test(m.country) && !/^(IGO|NGO|IMG|UNK)/.test(m.country) && !overPlace(m)) actors.add(m.country);
  const counts = new Map<string, number>();
  for (const other of found) for (const country of namedCountries(other)) counts.set(country, (counts.get(country) ?? 0) + 1);
  return (except) => {
    const countries = new Set(actors);
    const own = namedCountries(except);
    for (const [country, count] of counts) if (count - own.filter((c) => c === country).length > 0) countries.add(country);
    return countries;
  };
}

/** The demonyms' countries of each document's sentences read so far (see `demonymCountries`). */
const sentenceDemonyms = new WeakMap<readonly Sentence[], { lookup: PlaceLookup; countries: ReadonlySet<string> }>();

/** The countries the document's capitalised words name as demonyms of one country ("Lebanese"): read once per document's sentences. */
function demonymCountries(doc: Document, lookup: PlaceLookup): ReadonlySet<string> {
  const sentences = doc.sentences;
  const known = sentences && sentenceDemonyms.get(sentences);
  if (known && known.lookup === lookup) return known.countries;
  const countries = readDemonymCountries(doc, lookup);
  if (sentences) sentenceDemonyms.set(sentences, { lookup, countries });
  return countries;
}

function readDemonymCountries(doc: Document, lookup: PlaceLookup): Set<string> {
  const countries = new Set<string>();
  for (const sentence of doc.sentences ?? []) {
    for (const token of sentence.tokens) {
      if (!isCapitalised(token)) continue;
      const country = lookup.countryOfDemonym(wordKey(token.text));
      if (country) countries.add(country);
    }
  }
  return countries;
}

/**
 * "the capital of X" before a country's name, "the capital of the X": "the" right before "capital", so that
 * another town called a capital of the country ("its financial capital", "the former capital of X") is not read as its seat.
 */
const CAPITAL_BEFORE = /(?<=\bthe\s+)capital\s+of\s+(?:the\s+)?$/iu;

/** A possessive after the country's name: "the capital of X's northern province" names the province's town, not the country's. */
const POSSESSIVE_AFTER = /^(?:'s|’s|\s*#39;s)\b/u;

/**
 * "X's capital" after a country's name (the wire's "#39;s" for the apostrophe too), ending the noun phrase:
 * followed by punctuation, "city" or a preposition, not by the town's own name ("X's capital, Y", "X's capital Y")
 * nor by a noun "capital" qualifies ("X's capital markets", "X's capital punishment laws").
 */
const CAPITAL_AFTER = /^(?:'s|’s|\s*#39;s)\s+capital(?:\s+city)?(?=\s*$|\s*[.,;:!?)"'’\-–—]|\s+(\p{Ll}+)\b)(?!\s*,\s*\p{Lu})/u;

/** Words that may follow "X's capital" when the phrase ends there (besides prepositions of place and clause): "in X's capital on Monday", "X's capital was shaken". */
const AFTER_CAPITAL: ReadonlySet<string> = new Set(['on', 'to', 'by', 'for', 'from', 'with', 'of', 'and', 'or', 'but', 'as', 'is', 'was', 'has', 'had', 'when', 'where', 'which', 'that', 'late', 'early', 'last', 'this', 'overnight', 'yesterday', 'today']);

/** The preposition of a phrase of place right before "(the) capital of X" or "X's capital" ("in the capital of X", "near X's capital"). */
const PREPOSITION_BEFORE = /\b(\p{L}+)\s+(?:the\s+)?$/iu;

/**
 * A country's name that stands in a phrase naming its capital and no town ("shops shut in the capital of
 * X", "a blast in X's capital"): the words say the capital (`PlaceLookup.capital`), the one town
 * they can be, not the whole country; a name after ("X's capital, Y") says the town itself.
 * Returns the span of the whole phrase and the preposition before it.
 */
function capitalOfCountry(text: string, start: number, end: number): { start: number; end: number; preposition?: string } | undefined {
  const before = CAPITAL_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
  if (before && POSSESSIVE_AFTER.test(text.slice(end, end + 8))) return undefined;
  const after = before ? undefined : CAPITAL_AFTER.exec(text.slice(end, end + 40));
  if (after?.[1] && !LEXICON.placePrepositions.has(after[1]) && !LEXICON.clausePrepositions.has(after[1]) && !AFTER_CAPITAL.has(after[1])) return undefined;
  if (!before && !after) return undefined;
  const from = before ? start - (Math.min(30, start) - before.index) : start;
  const to = after ? end + after[0].length : end;
  const word = PREPOSITION_BEFORE.exec(text.slice(Math.max(0, from - 20), from))?.[1]?.toLowerCase();
  return { start: from, end: to, preposition: word && LEXICON.placePrepositions.has(word) ? word : undefined };
}

/** Resolves one found name to a mention of one place. */
function resolve(doc: Document, found: Found, countries: ReadonlySet<string>, lookup: PlaceLookup): PlaceMention {
  let best = found.candidates[0];
  let bestScore = -Infinity;
  // two countries of one name ("Congo"): the more populous, all else equal
  const countriesOfName = found.candidates.filter((c) => c.own && c.place.kind === 'country');
  const people = (candidate: PlaceCandidate) => (countriesOfName.length > 1 && countriesOfName.includes(candidate) ? Math.log10(lookup.countryPopulation(candidate.place.country) + 1) / 100 : 0);
  for (const candidate of found.candidates) {
    const value = score(candidate, found, countries) + people(candidate);
    if (value > bestScore) [best, bestScore] = [candidate, value];
  }
  let place: Place = best.place;
  let start = found.start;
  // a divided region named as the qualifier's part of it ("Pakistani Kashmir"): the region in the
  // qualifier's country; before any other region the word says whose act it is ("Israeli West Bank settlements")
  if (found.qualifier && place.kind === 'region' && place.country !== found.qualifier && LEXICON.dividedRegions.has(place.name.toLowerCase()) && lookup.country(found.qualifier)) place = { ...place, country: found.qualifier };
  // "X, Pakistan" where no X of GeoNames is in Pakistan: the country named, not a namesake elsewhere
  if (found.qualifier && !best.own && place.kind !== 'country' && !found.candidates.some((c) => c.place.country === found.qualifier)) place = lookup.country(found.qualifier) ?? place;
  if (found.compass && place.kind === 'country') {
    const country = lookup.country(place.country) ?? place;
    const name = `${compassName(found.compass.text)} ${writtenCountryName(doc.text.slice(found.start, found.end), country.name)}`;
    place = { ...country, name, kind: 'region' };
    start = found.compass.start;
  }
  let end = found.end;
  let preposition = found.preposition;
  const capital = place.kind === 'country' && found.cue !== 'dateline' && !found.compass ? capitalOfCountry(doc.text, start, end) : undefined;
  const city = capital ? lookup.capital(place.country) : undefined;
  if (capital && city) {
    place = city;
    ({ start, end } = capital);
    preposition = capital.preposition ?? preposition;
  }
  const mention: PlaceMention = { start, end, text: doc.text.slice(start, end), sentence: found.sentence, place, cue: preposition && found.cue === 'name' && !best.own ? 'phrase' : found.cue, candidates: found.candidates.length, choice: choiceReason(best, found, countries) };
  if (preposition) mention.preposition = preposition;
  return mention;
}

/** Finds and resolves the place mentions of a parsed document with its actor mentions, in text order (the dateline's first). */
export function findPlaceMentions(doc: Document, lookup: PlaceLookup): PlaceMention[] {
  const mentions = doc.mentions ?? [];
  const dateline = findDateline(doc, lookup);
  const found: Found[] = dateline ? [dateline] : [];
  const triggersBySentence = new Map<number, Span[]>();
  for (const event of doc.events ?? []) triggersBySentence.set(event.sentence, [...(triggersBySentence.get(event.sentence) ?? []), event.trigger]);
  const nonPlaces = nonPlaceMentions(mentions);
  const countries = countryWords(mentions);
  for (const { tokens, sentence } of sentenceTokens(doc)) found.push(...sentencePlaces(doc.text, tokens, sentence, lookup, nonPlaces, dateline, triggersBySentence.get(sentence) ?? [], countries.get(sentence)));
  const countriesFor = documentCountries(mentions, found, demonymCountries(doc, lookup));
  return found.map((item) => resolve(doc, item, countriesFor(item), lookup));
}
