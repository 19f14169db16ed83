import { fileURLToPath } from 'node:url';
import type { DocumentCoder } from '../ingest/coding-pool.ts';
import { ingest } from '../ingest/ingest.ts';
import type { EventStore } from '../store/store.ts';

/** The bundled example reports. */
export const EXAMPLES_DIR = fileURLToPath(new URL('../../examples', import.meta.url));

/**
 * Ingests the bundled example reports into an empty store, so that a first `npm start` has
 * something to show. The examples carry no publication date, so they are dated today.
 */
export async function ingestExamples(store: EventStore, coder: DocumentCoder, log: (message: string) => void): Promise<void> {
  if ((await store.counts()).documents > 0) return;
  const today = new Date().toISOString().slice(0, 10);
  const stats = await ingest({
    inputs: [EXAMPLES_DIR],
    store,
    coder,
    source: { defaultPublished: today },
    onProblem: (problem) => log(`parley serve: skipped ${problem.origin}: ${problem.message}`),
  });
  log(`parley serve: the store was empty; ingested ${stats.stored} example report(s) from examples/ (dated ${today}) with ${stats.events} event(s)`);
}
