import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_SENTENCE_TOKENS } from './long-sentences.ts';
import { segmentText } from './stage.ts';

/** A run-on text with no sentence break: clauses joined by commas and "and". */
function runOn(clauses: number): string {
  const parts: string[] = [];
  for (let i = 0; i < clauses; i++) parts.push(`officials in the capital met envoys from the region on day ${i + 1}, and the talks went on`);
  return parts.join(' and ');
}

describe('over-long sentences', () => {
  it('splits a sentence longer than the token limit into pieces no longer than the limit', () => {
    const text = runOn(60);
    const { sentences } = segmentText(text);
    assert.ok(sentences.length > 1, 'a run-on text of 60 clauses is split');
    for (const sentence of sentences) assert.ok(sentence.tokens.length <= MAX_SENTENCE_TOKENS, `${sentence.tokens.length} tokens`);
  });

  it('keeps every token, in order, with spans into the original text', () => {
    const text = runOn(60);
    const tokens = segmentText(text).sentences.flatMap((sentence) => sentence.tokens);
    const words = text.match(/[A-Za-z]+|\d+|,/g) ?? [];
    assert.deepEqual(tokens.map((token) => token.text), words);
    for (const token of tokens) assert.equal(text.slice(token.start, token.end), token.text);
  });

  it('splits after a comma or semicolon when one lies in the second half of the window', () => {
    const { sentences } = segmentText(runOn(60));
    for (const sentence of sentences.slice(0, -1)) assert.equal(sentence.tokens[sentence.tokens.length - 1].text, ',');
  });

  it('cuts at the limit when there is no punctuation at all', () => {
    const text = Array.from({ length: MAX_SENTENCE_TOKENS * 2 + 5 }, () => 'talks').join(' ');
    assert.deepEqual(segmentText(text).sentences.map((sentence) => sentence.tokens.length), [MAX_SENTENCE_TOKENS, MAX_SENTENCE_TOKENS, 5]);
  });

  it('leaves sentences under the limit as they are', () => {
    const text = 'Iran and the United States met in Geneva, and the talks went on. Both sides said they would meet again.';
    assert.equal(segmentText(text).sentences.length, 2);
  });
});
