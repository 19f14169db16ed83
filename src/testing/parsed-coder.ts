import { createGazetteer, readGazetteerData } from '../actors/gazetteer.ts';
import { actorsStage } from '../actors/stage.ts';
import type { Document } from '../core/document.ts';
import { loadEventResources } from '../coder.ts';
import { eventsStage } from '../events/stage.ts';

/** Codes already-parsed documents (a fixed tree): the shipped gazetteer and event lexicons, without the trained parser. */
export interface ParsedCoder {
  code(doc: Document): Document;
}

/** Loads the shipped gazetteer and event resources (not the syntax model) and returns a coder of parsed documents. */
export function createParsedCoder(): ParsedCoder {
  const actors = actorsStage(createGazetteer(readGazetteerData()));
  const events = eventsStage(loadEventResources());
  return {
    code(doc) {
      const found = actors.run(doc);
      return events.run({ ...found, layers: [...found.layers, 'actors'] });
    },
  };
}
