import { createGazetteer, readGazetteerData } from '../actors/gazetteer/index.ts';
import { actorsStage } from '../actors/stage.ts';
import type { Document } from '../core/document.ts';
import { loadEventResources } from '../coder.ts';
import { eventsStage } from '../events/stage.ts';
import { repairTokens } from '../syntax/repairs/repair-tokens.ts';
import { parsedTokens } from '../syntax/tree.ts';

/** Codes already-parsed documents (a fixed tree, as the parser gave it): the syntax stage's repairs, then the shipped gazetteer and event lexicons, without the trained parser. */
export interface ParsedCoder {
  code(doc: Document): Document;
}

/** Loads the shipped gazetteer and event resources (not the syntax model) and returns a coder of parsed documents. */
export function createParsedCoder(): ParsedCoder {
  const actors = actorsStage(createGazetteer(readGazetteerData()));
  const events = eventsStage(loadEventResources());
  return {
    code(doc) {
      const sentences = doc.sentences?.map((sentence) => ({ ...sentence, tokens: repairTokens(parsedTokens(sentence)) }));
      const found = actors.run({ ...doc, sentences });
      return events.run({ ...found, layers: [...found.layers, 'actors'] });
    },
  };
}
