import type { PlaceResolver } from '../actors/place-homonyms.ts';
import type { Document, Mention } from '../core/document.ts';
import type { PlaceMention } from '../core/place.ts';
import type { Stage } from '../core/pipeline.ts';
import { locateEvents } from './event-location.ts';
import { documentFocus } from './focus.ts';
import type { PlaceLookup } from './place-lookup.ts';
import { findPlaceMentions } from './place-mentions.ts';
import { targetVisitedPlaces } from './visit-target.ts';

/** The places stage: place mentions, each event's location (and a visit's place as its target, `targetVisitedPlaces`) and the document's focus. */
export function placesStage(lookup: PlaceLookup): Stage {
  return {
    name: 'places',
    requires: ['sentences', 'syntax', 'actors', 'events'],
    produces: ['places'],
    run(doc: Document): Document {
      const places = findPlaceMentions(doc, lookup);
      const focus = documentFocus(places, lookup);
      return { ...doc, places, events: targetVisitedPlaces(doc, places, locateEvents(doc, places, lookup, focus.country?.code)), focus };
    },
  };
}

/**
 * The places stage's resolution of place names, for the actors stage to read homonyms the same way
 * (before events exist: no trigger objects). The actors stage asks up to three times a document,
 * mostly with the very same mentions (no hometown found, no homonym moved): the answer for a
 * document is kept with the mentions it was made from (mentions are never changed, only replaced)
 * and given again for the same ones.
 */
export function placeResolver(lookup: PlaceLookup): PlaceResolver {
  const answers = new WeakMap<Document, { mentions: readonly Mention[]; places: readonly PlaceMention[] }>();
  return (doc, mentions) => {
    const known = answers.get(doc);
    if (known && known.mentions.length === mentions.length && known.mentions.every((mention, k) => mention === mentions[k])) return known.places;
    const places = findPlaceMentions({ ...doc, mentions: [...mentions] }, lookup);
    answers.set(doc, { mentions: [...mentions], places });
    return places;
  };
}
