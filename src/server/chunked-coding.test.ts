import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { createCoder } from '../coder.ts';
import { codeInChunks, type ChunkProgress } from './chunked-coding.ts';

const REPORT = readFileSync(new URL('../../examples/iran-us-talks.txt', import.meta.url), 'utf8');

describe('coding a long text in pieces', () => {
  const coder = createCoder();

  it('gives every span its place in the whole text, and reports progress piece by piece', async () => {
    const progress: ChunkProgress[] = [];
    const view = await codeInChunks(coder, REPORT, { id: 'report', chunkCharacters: 800, onProgress: (step) => progress.push(step) });
    assert.ok(progress.length > 2, 'several pieces');
    assert.deepEqual(progress.map((step) => step.done), progress.map((_, i) => i + 1));
    assert.equal(progress[progress.length - 1].characters, REPORT.length);
    assert.equal(view.text, REPORT);
    assert.ok(view.events.length > 3);
    for (const event of view.events) {
      assert.equal(REPORT.slice(event.trigger.start, event.trigger.end), event.trigger.text);
      const sentence = view.sentences[event.sentence];
      assert.ok(sentence.start <= event.trigger.start && event.trigger.end <= sentence.end, 'the trigger lies in its sentence');
      for (const actor of [...event.source, ...event.target]) assert.equal(REPORT.slice(actor.start, actor.end), actor.text);
    }
    for (const mention of view.mentions) assert.equal(REPORT.slice(mention.start, mention.end), mention.text);
    assert.equal(new Set(view.events.map((event) => event.id)).size, view.events.length, 'event ids stay unique');
  });

  it('codes a text within one piece as the coder does', async () => {
    const view = await codeInChunks(coder, REPORT, { id: 'report' });
    assert.deepEqual(view.events.map((event) => event.id), (coder.code(REPORT, { id: 'report' }).events ?? []).map((event) => event.id));
  });

  it('stops between pieces when its signal aborts', async () => {
    const controller = new AbortController();
    const coded: number[] = [];
    await assert.rejects(
      codeInChunks(coder, REPORT, {
        id: 'report',
        chunkCharacters: 800,
        signal: controller.signal,
        onProgress: (step) => {
          coded.push(step.done);
          controller.abort(new Error('cancelled'));
        },
      }),
      /cancelled/,
    );
    assert.deepEqual(coded, [1]);
  });
});
