import type { PlaceResolver } from '../actors/place-homonyms.ts';
import type { Document } from '../core/document.ts';
import type { Stage } from '../core/pipeline.ts';
import { locateEvents } from './event-location.ts';
import { documentFocus } from './focus.ts';
import type { PlaceLookup } from './place-lookup.ts';
import { findPlaceMentions } from './place-mentions.ts';

/** The places stage: place mentions, each event's location and the document's focus. */
export function placesStage(lookup: PlaceLookup): Stage {
  return {
    name: 'places',
    requires: ['sentences', 'syntax', 'actors', 'events'],
    produces: ['places'],
    run(doc: Document): Document {
      const places = findPlaceMentions(doc, lookup);
      const focus = documentFocus(places, lookup);
      return { ...doc, places, events: locateEvents(doc, places, lookup, focus.country?.code), focus };
    },
  };
}

/** The places stage's resolution of place names, for the actors stage to read homonyms the same way (before events exist: no trigger objects). */
export function placeResolver(lookup: PlaceLookup): PlaceResolver {
  return (doc, mentions) => findPlaceMentions({ ...doc, mentions: [...mentions] }, lookup);
}
