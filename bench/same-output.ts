// Writes the whole coded output (every layer: tokens with tags and heads, actor mentions, events
// with spans, rule ids, status and location, place mentions, document focus) of the 1,900 news
// leads, the AG News dev set and the PLOVER GSR dev set as one JSON line per document, so that a
// change meant to be faster can be checked to change nothing: run it on the old and the new code
// and compare the two files (`cmp`).
// Run: node --import tsx bench/same-output.ts OUT.jsonl
import { createWriteStream } from 'node:fs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCoder } from '../src/coder.ts';
import { SHARED_ROOT } from '../src/core/paths.ts';
import { benchUsageError } from './lib/bench-options.ts';

const out = process.argv[2];
if (!out) benchUsageError('same-output', 'give the file to write (one JSON line per coded document)');
const files = ['corpora/agnews-world.jsonl', 'eval/agnews-dev.jsonl', 'eval/plover-gsr-dev.jsonl'];
const coder = createCoder();
const stream = createWriteStream(out);
let documents = 0;
for (const file of files) {
  const lines = readFileSync(join(SHARED_ROOT, file), 'utf8').split('\n').filter((line) => line.trim());
  for (const line of lines) {
    const item = JSON.parse(line) as { id?: string; text: string; published?: string };
    const doc = coder.code(item.text, { id: item.id, published: item.published });
    stream.write(`${JSON.stringify({ file, ...doc, text: undefined })}\n`);
    documents++;
  }
}
stream.end(() => console.log(`${documents} documents written to ${out}`));
