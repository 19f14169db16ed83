import { writeFileSync } from 'node:fs';
import type { Document } from '../src/core/document.ts';
import type { DocumentCoder } from '../src/ingest/coding-pool.ts';
import { makeDocument, makeEvent } from './store-helpers.ts';

/**
 * A stand-in for the NLP coder: every "SOURCE CODE TARGET" triple in the text (`IRNGOV 036 USA`)
 * becomes an event, so that ingest tests run in milliseconds and know what to expect.
 */
export function fakeCoder(delayMs = 0): DocumentCoder {
  return {
    async code(text, options): Promise<Document> {
      if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
      const events = [...text.matchAll(/\b([A-Z]{3,6}) (\d{3}) ([A-Z]{3,6})\b/g)].map((match, i) => makeEvent(`${options.id}#${i}`, match[1], match[3], match[2]));
      return makeDocument(options.id, text, events, options.published);
    },
  };
}

const DYADS = ['IRNGOV 036 USA', 'USAGOV 112 IRN', 'EGY 040 ISR', 'RUS 190 UKR', 'CHN 057 RUS'];

/** A JSONL corpus of `count` reports over a few days, with syndicated copies and a few exact repeats. */
export function writeCorpus(file: string, count: number): void {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const day = `2026-11-${String(1 + (i % 20)).padStart(2, '0')}`;
    const base = i % 7 === 6 ? i - 1 : i; // every seventh report is a syndicated copy of the one before
    const text =
      `Report number ${base} from the wire: ${DYADS[base % DYADS.length]} after a day of talks in the capital, officials said, ` +
      `adding that the meeting number ${base} would be followed by further contacts between the two delegations next week.` +
      (base !== i ? ' (Copied by a partner paper.)' : '');
    lines.push(JSON.stringify({ id: `r${i}`, text, published: day, source: `outlet-${i % 3}` }));
  }
  writeFileSync(file, lines.join('\n') + '\n');
}
