import type { Document, Layer } from './document.ts';
import { ParleyError } from './errors.ts';

/** One step of the pipeline: a pure function of the document that adds the layers it produces. */
export interface Stage {
  name: string;
  requires: readonly Layer[];
  produces: readonly Layer[];
  run(doc: Document): Document;
}

/** A checked, ordered list of stages. */
export interface Pipeline {
  stages: readonly Stage[];
  /** The layers a document has after the whole pipeline has run. */
  produces: readonly Layer[];
  run(doc: Document): Document;
}

/**
 * Checks that every stage's requirements are produced by an earlier stage (or are the text
 * itself) and returns a pipeline that runs them in order. All problems are reported at once.
 */
export function createPipeline(stages: readonly Stage[]): Pipeline {
  const available = new Set<Layer>(['text']);
  const problems: string[] = [];
  for (const [index, stage] of stages.entries()) {
    for (const layer of stage.requires) {
      if (!available.has(layer)) {
        problems.push(`stage ${index + 1} "${stage.name}" requires layer "${layer}", which no earlier stage produces`);
      }
    }
    for (const layer of stage.produces) available.add(layer);
  }
  if (problems.length) {
    throw new ParleyError('PIPELINE_INVALID', 'the pipeline stages are out of order', problems);
  }
  return {
    stages,
    produces: [...available],
    run(doc) {
      let current = doc;
      for (const stage of stages) {
        current = stage.run(current);
        current = { ...current, layers: mergeLayers(current.layers, stage.produces) };
      }
      return current;
    },
  };
}

function mergeLayers(have: readonly Layer[], added: readonly Layer[]): Layer[] {
  const merged = [...have];
  for (const layer of added) if (!merged.includes(layer)) merged.push(layer);
  return merged;
}
