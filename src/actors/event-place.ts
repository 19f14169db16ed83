import { composeCode } from '../core/actor-code.ts';
import type { Document, Mention } from '../core/document.ts';
import type { ActorRef, Event } from '../core/event.ts';
import type { EventLocation } from '../core/place.ts';
import type { Stage } from '../core/pipeline.ts';
import { LEXICON } from '../lexicon/index.ts';
import { createTree, type Tree } from '../syntax/tree.ts';
import { isPlaceable, namedCountries, namesBorder } from './place-of-event.ts';

/**
 * The last fallback for the country of an unnamed actor (AG guide, Actors: "unnamed suspects,
 * victims and civilians take the country where the event happens"): an actor of an event that the
 * actors stage left of no country (`isPlaceable`: "gunmen", "police", "officials", "the army" with
 * no country of their own, their sentence's places and the dateline silent) takes the country of
 * the place the places stage gives that event. That stage knows towns the gazetteer lacks ("in a
 * crowded Kamloops market"), datelines of such towns, places of earlier or later sentences ("A man
 * stabbed six children. The attack in Wuhan ..."), places in phrases other than of place ("from his
 * Kirkuk office") and a sentence's own places when it names several countries.
 * Runs after the places stage; without it (no event locations) it changes nothing. An actor placed
 * here gives its mention (and the same actor in the document's other events) the new code.
 */
export function placeByEventLocation(doc: Document): Document {
  const events = doc.events;
  const mentions = doc.mentions;
  if (!events?.length || !mentions?.length) return doc;
  const placed = new Map<number, Mention>();
  const sentences = doc.sentences ?? [];
  const trees = new Map<number, Tree>();
  const treeOf = (sentence: number) => {
    if (!trees.has(sentence)) trees.set(sentence, createTree(sentences[sentence]));
    return trees.get(sentence)!;
  };
  const at = (ref: ActorRef) => mentions.findIndex((m) => m.start === ref.start && m.end === ref.end && m.code === ref.code);
  for (const event of events) {
    const location = event.location;
    // (actors of no country are few: the sentence's parse is read only for an event that has one)
    if (!location?.country || !sentences[event.sentence] || ![...event.source, ...event.target].some((ref) => ref.country === null)) continue;
    // a meeting's or a visit's place is where the parties went, not where they are from ("Negotiators
    // held talks at the IAEA", "Officials flew to Kamloops for talks")
    if (event.cameo.root === '04') continue;
    const wanted = [...event.source, ...event.target].map(at).map((k) => firstMention(mentions, k)).filter((k) => k >= 0 && !placed.has(k) && isPlaceable(doc, mentions[k]) && placesActor(event, location, mentions[k]));
    if (!wanted.length || !locationPlaces(event, treeOf(event.sentence), mentions)) continue;
    const { country } = location;
    for (const k of wanted) {
      const mention = mentions[k];
      placed.set(k, { ...mention, code: composeCode(country, mention.sector), country, rule: `${mention.rule}-event-place` });
    }
  }
  if (!placed.size) return doc;
  // "his", "the officer": later mentions that took a placed actor's unknown code take its new one.
  for (const [k, mention] of mentions.entries()) {
    const back = mention.antecedent;
    const antecedent = back !== undefined && back < k ? placed.get(back) : undefined;
    if (!antecedent || placed.has(k) || mention.code !== mentions[back!].code) continue;
    placed.set(k, { ...mention, code: antecedent.code, country: antecedent.country });
  }
  const newMentions = mentions.map((m, k) => placed.get(k) ?? m);
  const moved = (ref: ActorRef): ActorRef => {
    const k = at(ref);
    const mention = k >= 0 ? placed.get(k) : undefined;
    return mention ? { ...ref, code: mention.code, country: mention.country } : ref;
  };
  const newEvents = events.map((event): Event => ({ ...event, source: event.source.map(moved), target: event.target.map(moved) }));
  return { ...doc, mentions: newMentions, events: newEvents };
}

/**
 * The mention a pronoun or description of no country refers back to, following the chain ("Gunmen ...
 * who they threatened": the gunmen), so that the actor placed is the one named, and the pronoun
 * takes its code after it; any other mention is its own.
 */
function firstMention(mentions: readonly Mention[], k: number): number {
  let at = k;
  for (let back = mentions[at]?.antecedent; back !== undefined && back < at && mentions[back].code === mentions[at].code; back = mentions[at].antecedent) at = back;
  return at;
}

/**
 * People, not a state's or an armed group's agents: civilians, clerics, workers, elders, teachers,
 * doctors, refugees of a camp. A place the event's other actors lend places only them: a state
 * acting on people of no country acts on its own ("The Iranian crackdown on protesters"), whereas
 * officials, troops or gunmen facing a state are as often of another ("a president who will hold
 * talks with Pakistan", "Gunmen kidnapped a Canadian engineer").
 */
const PEOPLE_SECTORS: ReadonlySet<string> = new Set(['CVL', 'REL', 'LAB', 'ELI', 'EDU', 'HLH', 'REF']);

/**
 * Attacks made from afar, with artillery (194) or from the air (195): their victims are as often
 * across a border as at home ("An American air strike killed 12 villagers"), so a state named as the
 * attacker lends them no country.
 */
const FROM_AFAR: ReadonlySet<string> = new Set(['194', '195']);

/**
 * True when the event's place may give the actor its country. A place the event's other actors
 * lend places only people (`PEOPLE_SECTORS`); hostages take none; a named person ("Federal leader X") takes only a
 * place the sentence or dateline states, not the document's main country.
 */
function placesActor(event: Event, location: EventLocation, mention: Mention): boolean {
  if (location.basis === 'actors' && !(mention.sector && PEOPLE_SECTORS.has(mention.sector) && !FROM_AFAR.has(event.cameo.code.slice(0, 3)))) return false;
  // (AG guide, Actors: "hostages of unstated nationality" are UNK: held where they are, not from there)
  if (mention.text.toLowerCase().split(/[^\p{L}]+/u).some((word) => LEXICON.captiveNouns.has(word))) return false;
  return mention.name === undefined || location.basis === 'stated' || location.basis === 'dateline';
}

/**
 * True when the event's location may stand for the place its actors are of, as the actors stage
 * reads a sentence (place-of-event.ts): not a country named on a border ("near the border with
 * Iran": the one beyond, as often as not), and, for a place the sentence does not state (the
 * dateline's, the document's), none other than one of the countries the sentence names when it names
 * any ("MOSUL - Rebels killed three policemen, Turkish and Syrian officials said": the rebels may be
 * of either, not of the dateline's Iraq).
 */
function locationPlaces(event: Event, tree: Tree, mentions: readonly Mention[]): boolean {
  const location = event.location!;
  const inSentence = tree.tokens.length > 0 && location.start >= tree.tokens[0].start && location.end <= tree.tokens[tree.tokens.length - 1].end;
  if (inSentence && namesBorder(tree, location)) return false;
  if (location.basis === 'stated') return true;
  const named = namedCountries(tree, mentions.filter((m) => m.sentence === event.sentence));
  return named.size === 0 || named.has(location.country);
}

/** The stage of `placeByEventLocation`, after the places stage. */
export function eventPlaceStage(): Stage {
  return {
    name: 'actor-places',
    requires: ['actors', 'events', 'places'],
    produces: [],
    run: placeByEventLocation,
  };
}
