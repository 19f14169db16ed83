import type { Document } from '../core/document.ts';
import type { ActorRef, Event } from '../core/event.ts';
import type { PlaceMention } from '../core/place.ts';
import { createTree, type Tree } from '../syntax/tree.ts';
import { isVisit, placeNounOver } from './event-location.ts';
import { headToken, tokensOf } from './span-tokens.ts';

/**
 * The place a visit goes to, as its target (AG guide, Actors: "for a visit, the visitor is the source
 * and the place or host is the target"), where the actors stage found no one visited: a town the
 * gazetteer lacks is no actor, but the places stage knows its country ("the president visited
 * Tacoma": USA). The place is the visit verb's object, or the destination of its "to" phrase ("paid
 * a visit to Tacoma", "a trip to Tacoma"), and stands for its country. A visit with a target keeps it.
 */
export function targetVisitedPlaces(doc: Document, places: readonly PlaceMention[], events: readonly Event[]): Event[] {
  const sentences = doc.sentences ?? [];
  return events.map((event) => {
    if (event.target.length || !sentences[event.sentence]) return event;
    // (createTree builds each sentence's tree once, for every stage)
    const tree = createTree(sentences[event.sentence]);
    if (!isVisit(tree, event)) return event;
    const place = visitedPlace(tree, event, places);
    if (!place?.place.country) return event;
    const target: ActorRef = { start: place.start, end: place.end, text: place.text, code: place.place.country, country: place.place.country, sector: null };
    return { ...event, target: [target] };
  });
}

/** The place of the sentence that is the visit's object or the end of its "to" phrase, on a word of the trigger. */
function visitedPlace(tree: Tree, event: Event, places: readonly PlaceMention[]): PlaceMention | undefined {
  const trigger = new Set(tokensOf(tree, event.trigger));
  return places.find((place) => {
    if (place.sentence !== event.sentence) return false;
    const noun = placeNounOver(tree, headToken(tree, place));
    if (noun < 0 || !trigger.has(tree.head(noun))) return false;
    return tree.relation(noun) === 'obj' || place.preposition === 'to';
  });
}
