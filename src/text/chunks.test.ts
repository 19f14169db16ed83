import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitIntoChunks } from './chunks.ts';

describe('splitting a long text into pieces for coding', () => {
  it('keeps a text within the limit whole', () => {
    assert.deepEqual(splitIntoChunks('Iran agreed.', 100), [{ start: 0, end: 12 }]);
  });

  it('covers the text without gaps, each piece within the limit', () => {
    const text = Array.from({ length: 40 }, (_, i) => `Paragraph ${i}. Iran and the United States met again.`).join('\n\n');
    const chunks = splitIntoChunks(text, 300);
    assert.equal(chunks[0].start, 0);
    assert.equal(chunks[chunks.length - 1].end, text.length);
    for (const [i, chunk] of chunks.entries()) {
      assert.ok(chunk.end - chunk.start <= 300);
      if (i > 0) assert.equal(chunk.start, chunks[i - 1].end);
    }
  });

  it('cuts at a paragraph break before a sentence end, and at a sentence end before a space', () => {
    const paragraphs = 'First paragraph here. It goes on.\n\nSecond paragraph starts. And ends.';
    assert.equal(paragraphs.slice(...spanOf(splitIntoChunks(paragraphs, 50)[0])), 'First paragraph here. It goes on.\n\n');
    const sentences = 'Talks began on Monday in Geneva. Both sides said they would meet again.';
    assert.equal(sentences.slice(...spanOf(splitIntoChunks(sentences, 40)[0])), 'Talks began on Monday in Geneva. ');
  });

  it('never cuts between the halves of a surrogate pair', () => {
    const text = 'a'.repeat(9) + '\u{1F600}' + 'b'.repeat(10);
    const chunks = splitIntoChunks(text, 10);
    assert.equal(chunks[0].end, 9);
  });
});

function spanOf(span: { start: number; end: number }): [number, number] {
  return [span.start, span.end];
}
