import { composeCode, countryOf, INSTITUTION_SECTORS, isStateCode, isUnknown, sectorOf } from '../core/actor-code.ts';
import type { Document, Mention } from '../core/document.ts';
import { LEXICON } from '../lexicon/index.ts';
import { createTree, type Tree } from '../syntax/tree.ts';
import type { PlaceMention } from '../core/place.ts';
import type { Span } from '../core/span.ts';
import { isBarePlace, rereadHomonyms, type PlaceResolver } from './place-homonyms.ts';

/**
 * Unnamed actors take the country where their sentence's events happen (AG guide, Actors: "unnamed
 * suspects, victims and civilians take the country where the event happens"): "Gunmen kidnapped
 * two engineers in northern Iraq" gives IRQ + INS for "Gunmen". The place is, in order:
 * 1. the country of the places named in phrases of place ("in", "near", "outside" ...) of the
 *    sentence, when they all name one country ("in the southern city of Kandahar": AFG), or else when
 *    those of the main clause do;
 *    Place names come first: a nationality word on a place noun ("at a US base near Baqubah") says
 *    where only when no place name does;
 * 2. with no such phrase, the only country the sentence names as a country or as a state's own
 *    institution ("Iraqi police said gunmen ..."), not by a nationality word or a private person's
 *    nationality, which say who someone is, not where ("Gunmen seized two Turkish drivers", "the
 *    kidnappers of a French journalist" place no one);
 *    when it names several, the one of the dateline if it is among them ("BAGHDAD - Gunmen killed
 *    four policemen, U.S. and Iraqi officials said": IRQ);
 * 3. with neither, the country of the report's dateline ("BAGHDAD - Gunmen killed four policemen").
 * Mentions linked to an antecedent keep the antecedent's code.
 */

/**
 * Sectors of agent words that name no country of their own: armed men, suspects, civilians, police,
 * officials, troops, judges, clerics, workers, the opposition, lawmakers, parties, elders, teachers,
 * doctors. Not journalists, refugees, companies or aid groups, who are often from elsewhere.
 */
const PLACED_SECTORS: ReadonlySet<string> = new Set(['INS', 'CRM', 'UAF', 'CVL', 'REB', 'SEP', 'COP', 'GOV', 'MIL', 'JUD', 'REL', 'LAB', 'OPP', 'LEG', 'PTY', 'ELI', 'EDU', 'HLH']);

/** Sectors of a state's own institutions, whose country says where the sentence is; a journalist's or a civilian's says only who they are. */
const STATE_SECTORS: ReadonlySet<string> = new Set(['GOV', 'MIL', 'COP', 'LEG', 'JUD', 'OPP', 'PTY']);

/** Bodies a state has one of, and states themselves: in the plural ("regional governments", "Western parliaments", "Arab states") they are of several states, so of no one place. */
const BODIES_OF_SEVERAL = /\b(governments|administrations|regimes|cabinets|parliaments|legislatures|presidencies|states)$/i;

/**
 * Refugees named by their camp ("raided the Balata refugee camp in the West Bank") live where the camp
 * stands, unlike refugees met elsewhere; "a camp for Sudanese refugees" names their country itself.
 */
function isCampResidents(doc: Document, mention: Mention): boolean {
  return mention.sector === 'REF' && /^\s+camps?\b/i.test(doc.text.slice(mention.end, mention.end + 8));
}

/** Prepositions that say where something happens. */
const LOCATIVES: ReadonlySet<string> = new Set(['in', 'at', 'near', 'outside', 'inside', 'around', 'across', 'throughout', 'through']);

/** A state's mission abroad stands on another state's ground: "outside the British Embassy" does not place a sentence in Britain. */
export const MISSION = /\b(embassy|embassies|consulate|consulates)$/i;

/** The token heading a mention (the one whose parse head lies outside it, past its determiner, case marker or punctuation), or -1. */
export function headToken(tree: Tree, mention: Span): number {
  for (let k = 0; k < tree.tokens.length; k++) {
    if (insideMention(tree, mention, k) && !insideMention(tree, mention, tree.tokens[k].head) && !['det', 'case', 'punct'].includes(tree.relation(k))) return k;
  }
  return -1;
}

/** True when token `k` lies inside the mention (a function of its own, not a closure of `headToken`'s: tsx names each closure made, at a cost). */
function insideMention(tree: Tree, mention: Span, k: number): boolean {
  return k >= 0 && tree.tokens[k].start >= mention.start && tree.tokens[k].end <= mention.end;
}

/**
 * Nouns of a border: a country named on one ("near the Afghan border", "near the Cameroon border", "near
 * the border with Afghanistan") is the one beyond it, as often as not, so it says not where.
 */
const BORDER_NOUNS: ReadonlySet<string> = new Set(['border', 'borderland', 'frontier']);

/** True when the words of `mention` name a border by its other side: a border noun, or a name on one ("near the Cameroon border", "the border with Afghanistan"). */
export function namesBorder(tree: Tree, mention: Span): boolean {
  const k = headToken(tree, mention);
  if (k < 0) return false;
  if (BORDER_NOUNS.has(tree.lemma(k).toLowerCase())) return true;
  return tree.head(k) >= 0 && BORDER_NOUNS.has(tree.lemma(tree.head(k)).toLowerCase()) && ['amod', 'compound', 'nmod'].includes(tree.relation(k));
}

/** True when the mention sits in a phrase of place: "in Iraq", "in the southern city of Kandahar", "in the capital, Sanaa". */
function inPlacePhrase(tree: Tree, mention: Mention): boolean {
  let k = headToken(tree, mention);
  for (let step = 0; k >= 0 && step < 3; step++) {
    if (tree.markers(k).some((m) => LOCATIVES.has(m.toLowerCase()))) return ['obl', 'nmod', 'advcl'].includes(tree.relation(k));
    if (!['nmod', 'appos', 'flat', 'compound'].includes(tree.relation(k))) return false;
    k = tree.head(k);
  }
  return false;
}

/** The verb whose clause token `k` belongs to (its nearest verb above it), or -1. */
function clauseOf(tree: Tree, k: number): number {
  for (let at = tree.head(k); at >= 0; at = tree.head(at)) if (tree.tokens[at].upos === 'VERB') return at;
  return -1;
}

/**
 * The mention saying where a sentence's events happen: one of its places (steps 1 and 2 above), else
 * the document's dateline ("KABUL - Five people died in a string of blasts": Kabul).
 */
export function placeOfSentence(tree: Tree, sentenceMentions: readonly Mention[], dateline: Mention | undefined): Mention | undefined {
  const country = sentencePlace(tree, sentenceMentions, dateline?.country ?? undefined);
  const named = sentenceMentions.find((m) => m.country === country && isStateCode(m.code) && (!m.sector || STATE_SECTORS.has(m.sector)));
  return named ?? (country !== undefined && country === dateline?.country ? dateline : undefined);
}

/**
 * The places named in the sentence's phrases of place that say where its events happen: all of them
 * when they name one country, else those of the main clause when they do; empty when they disagree,
 * undefined when there are none.
 */
function placesOfPhrases(tree: Tree, mentions: readonly Mention[]): Mention[] | undefined {
  const inPhrases = mentions.filter((m) => isBarePlace(m) && !namesBorder(tree, m) && inPlacePhrase(tree, m));
  // "at a US base near Baqubah": a nationality word on a place noun says whose the place is, and
  // where only when no place name says it.
  const named = inPhrases.filter((m) => !m.rule.startsWith('modifier'));
  const placed = named.length ? named : inPhrases;
  if (!placed.length) return undefined;
  if (new Set(placed.map((m) => m.code)).size === 1) return placed;
  // Places of different countries: those of the main clause say where its events happen
  // ("set off a car bomb near the consulate in Karachi, wounding six over the conflict in Kashmir": Karachi).
  const main = placed.filter((m) => clauseOf(tree, headToken(tree, m)) === tree.tokens.findIndex((t) => t.head < 0));
  return new Set(main.map((m) => m.code)).size === 1 ? main : [];
}

/** The one country where the sentence places its events, if it names one (steps 1 to 3 above). */
function sentencePlace(tree: Tree, mentions: readonly Mention[], dateline: string | undefined, towns?: () => readonly PlaceMention[]): string | undefined {
  const placed = placesOfPhrases(tree, mentions);
  if (placed !== undefined) return placed[0]?.code;
  // A town or region the gazetteer lacks but the places stage finds after "in", "near" ... ("in Leeds").
  const found = towns && townsOfPhrases(towns(), tree);
  if (found !== undefined) return found;
  // ("the two countries" names again actors of other sentences: no place of its own)
  const named = namedCountries(tree, mentions);
  // "BAGHDAD - US-led forces killed 15 insurgents", "KIGALI - French peacekeepers arrested two
  // gunmen": a state named only by forces said to serve abroad is fighting abroad; the dateline says
  // where they are. A state's troops with no such word are as often at home, with the report filed
  // from a neighbour's capital ("KABUL - Pakistani troops raided a militant hideout"): they keep theirs.
  if (named.size === 1 && dateline !== undefined && !named.has(dateline) && onlyByForcesAbroad(tree, mentions, [...named][0])) return dateline;
  // Several countries named ("BAGHDAD - Insurgents killed four policemen, U.S. and Iraqi officials
  // said"): the dateline says which of them the report is from.
  if (named.size) return named.size === 1 ? [...named][0] : dateline !== undefined && named.has(dateline) ? dateline : undefined;
  return dateline;
}

/** Words of forces that serve outside their own country: "US-led forces", "coalition troops", "Dutch peacekeepers". */
const FORCES_ABROAD = /-led\b|\b(coalition|peacekeep\w*|multinational|occupation|occupying|expeditionary)\b/i;

/**
 * True when the sentence names `country` (as `namedCountries` counts) only by its armed forces, and
 * some of them by words of forces serving abroad ("US-led forces", "British peacekeepers").
 */
function onlyByForcesAbroad(tree: Tree, mentions: readonly Mention[], country: string): boolean {
  if (!mentions.some((m) => m.sector === 'MIL' && m.country === country && FORCES_ABROAD.test(m.text))) return false;
  return !namedCountries(tree, mentions.filter((m) => m.sector !== 'MIL')).has(country);
}

/**
 * The countries a sentence names as countries or as a state's own institutions ("Iraqi police"), not
 * by a nationality word or a private person's nationality, a mission abroad or a border, nor again
 * by "the two countries".
 */
export function namedCountries(tree: Tree, mentions: readonly Mention[]): Set<string> {
  return new Set(mentions.filter((m) => m.country && isStateCode(m.code) && !m.rule.startsWith('modifier') && m.rule !== 'pair' && (!m.sector || STATE_SECTORS.has(m.sector)) && !MISSION.test(m.text) && !namesBorder(tree, m)).map((m) => m.country!));
}

/**
 * The one country of the towns and regions that the places stage (not the gazetteer) finds in the
 * sentence's phrases of place: undefined when there are none, or when they name several countries.
 */
function townsOfPhrases(places: readonly PlaceMention[], tree: Tree): string | undefined {
  const { start, end } = tree.span(0, tree.tokens.length - 1);
  const inPhrases = places.filter((p) => p.start >= start && p.end <= end && p.place.kind !== 'country' && p.preposition !== undefined && LOCATIVES.has(p.preposition.toLowerCase()));
  const countries = new Set(inPhrases.map((p) => p.place.country));
  return countries.size === 1 ? [...countries][0] : undefined;
}

/**
 * True for an actor the place of its events may give a country: an unnamed actor of no country that
 * names none of its own (a sector of `PLACED_SECTORS`, or refugees of a camp), not one referring back
 * to another, nor one said to be from elsewhere ("foreign diplomats", "world leaders") or of several
 * states ("regional governments"). Also the test of the last fallback, `event-place.ts`.
 */
export function isPlaceable(doc: Document, mention: Mention): boolean {
  if (mention.country || mention.antecedent !== undefined || !mention.sector || !(PLACED_SECTORS.has(mention.sector) || isCampResidents(doc, mention))) return false;
  // "foreign diplomats", "overseas workers": from elsewhere, not of the country where the sentence happens.
  if (mention.text.toLowerCase().split(/[^\p{L}]+/u).some((word) => LEXICON.unplacedModifiers.has(word))) return false;
  return !BODIES_OF_SEVERAL.test(mention.text);
}

/** Prepositions by which an institution's agent names the body it belongs to: "officials of the World Bank", "judges at the tribunal". */
const MEMBERSHIP: ReadonlySet<string> = new Set(['of', 'at']);

/**
 * The body an institution's agent belongs to, named by its "of" or "at" phrase: an actor of known
 * code that is no bare place and heads the phrase ("officials of the World Bank", "judges at the war
 * crimes tribunal", "the leader of an Indonesian militant network"; not "the governor of the province
 * of Herat"). The member takes the body's code (`memberCode`; "UN officials" do too, find-mentions.ts), not the place of its sentence. Not armed men or civilians: "the kidnappers of a
 * journalist" are not the journalist's. Not one "at" a building or site (post-nouns.txt): "police at the Israeli embassy" are posted there.
 */
function bodyOfMember(tree: Tree, mention: Mention, sentenceMentions: readonly Mention[]): Mention | undefined {
  if (!mention.sector || !INSTITUTION_SECTORS.has(mention.sector)) return undefined;
  const head = headToken(tree, mention);
  if (head < 0) return undefined;
  for (const child of tree.dependents(head, 'nmod')) {
    const markers = tree.markers(child).map((m) => m.toLowerCase());
    if (!markers.some((m) => MEMBERSHIP.has(m))) continue;
    // (one "at" a building or site is posted there, not its member: "police at the Israeli embassy in Cairo" are Egypt's)
    if (markers.includes('at') && LEXICON.postNouns.has(tree.lemma(child))) continue;
    // (the mention must hold the phrase's head word: "of the province of Herat" is of a province, whatever it holds)
    const word = tree.tokens[child];
    const body = sentenceMentions.find((m) => m !== mention && !isUnknown(m.code) && !isBarePlace(m) && m.start <= word.start && word.end <= m.end);
    if (body) return body;
  }
  return undefined;
}

/**
 * The code a member takes from its body: a named group's or an IGO's or NGO's code whole ("the leader
 * of Sinn Fein", "officials of the World Bank"); of a state's own institution, the state with the
 * member's own sector ("police at the Kenyan foreign ministry" are KENCOP, not the ministry's GOV),
 * save a GOV member's (officials, spokesmen, leaders), which takes the body's sector as it does a group's.
 */
function memberCode(mention: Mention, body: Mention): string {
  const country = countryOf(body.code);
  const plainInstitution = isStateCode(body.code) && body.code === composeCode(country, sectorOf(body.code));
  if (!plainInstitution || !mention.sector || mention.sector === 'GOV') return body.code;
  return composeCode(country, mention.sector);
}

/**
 * The country of the document's dateline: its town's, unless the town's name was read as a person's
 * ("NANO, Pakistan (Reuters) -", a town named like a foreign leader): then the country named after it.
 */
function datelineCountry(doc: Document, mentions: readonly Mention[]): string | undefined {
  const town = mentions.find((m) => m.rule === 'dateline' && m.country);
  const span = doc.dateline;
  if (!town || town.name === undefined || !span) return town?.country ?? undefined;
  const named = mentions.filter((m) => m.start >= town.end && m.end <= span.end && m.rule !== 'dateline' && m.country && m.code === m.country).pop();
  return named?.country ?? town.country ?? undefined;
}

/**
 * Gives the unnamed actors of each sentence the country where its events happen, after the towns
 * whose name several countries share took the places stage's reading (`rereadHomonyms`). With the
 * places stage's resolver, a town the gazetteer lacks places them too ("Police arrested five men in
 * Leeds": GBR); the resolver is asked only for a sentence the gazetteer's places leave unplaced.
 */
export function placeUnnamedActors(doc: Document, found: Mention[], resolver?: PlaceResolver): Mention[] {
  const mentions = rereadHomonyms(doc, found, resolver);
  const sentences = doc.sentences ?? [];
  const places = new Map<number, string | undefined>();
  const dateline = datelineCountry(doc, mentions);
  let towns: readonly PlaceMention[] | undefined;
  const townsOf = resolver && (() => (towns ??= resolver(doc, mentions)));
  // the mentions of each sentence, gathered once (createTree keeps each sentence's tree itself)
  const bySentence = new Map<number, Mention[]>();
  for (const mention of mentions) {
    const list = bySentence.get(mention.sentence);
    if (list) list.push(mention);
    else bySentence.set(mention.sentence, [mention]);
  }
  const out = mentions.map((mention) => {
    if (!isPlaceable(doc, mention)) return mention;
    const inSentence = bySentence.get(mention.sentence)!;
    const tree = createTree(sentences[mention.sentence]);
    const body = bodyOfMember(tree, mention, inSentence);
    if (body) return { ...mention, code: memberCode(mention, body), country: body.country, rule: `${mention.rule}-of-body` };
    if (!places.has(mention.sentence)) places.set(mention.sentence, sentencePlace(tree, inSentence, dateline, townsOf));
    const country = places.get(mention.sentence);
    if (!country) return mention;
    return { ...mention, code: composeCode(country, mention.sector), country, rule: `${mention.rule}-placed` };
  });
  // "his", "the cleric": later mentions that took a placed actor's unknown code take its new one
  // ("A senior cleric called on his followers ...": "his" is the cleric's country too).
  for (const [k, mention] of out.entries()) {
    const at = mention.antecedent;
    if (at === undefined || at >= k || out[at] === mentions[at] || mention.code !== mentions[at].code) continue;
    out[k] = { ...mention, code: out[at].code, country: out[at].country };
  }
  return out;
}
