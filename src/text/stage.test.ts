import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { createDocument } from '../core/document.ts';
import { createPipeline } from '../core/pipeline.ts';
import { segmentText, textStage } from './stage.ts';

const example = readFileSync(new URL('../../examples/iran-us-talks.txt', import.meta.url), 'utf8');
const agnews = readFileSync(new URL('../../../shared/corpora/agnews-world.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .slice(0, 400)
  .flatMap((line) => {
    const record = JSON.parse(line) as { title: string; text: string };
    return [record.title, record.text];
  });

/** Fails with the first token or sentence whose span does not slice the original text to its text. */
function assertSpansSliceOriginal(text: string): void {
  const { dateline, sentences } = segmentText(text);
  let previousEnd = dateline ? dateline.start : 0;
  for (const sentence of sentences) {
    assert.ok(sentence.start <= sentence.end && sentence.end <= text.length, `bad sentence span in ${JSON.stringify(text)}`);
    for (const token of sentence.tokens) {
      assert.equal(text.slice(token.start, token.end), token.text, `token span in ${JSON.stringify(text)}`);
      assert.ok(token.start < token.end, `empty token in ${JSON.stringify(text)}`);
      assert.ok(token.start >= previousEnd, `tokens overlap or go backwards in ${JSON.stringify(text)}`);
      assert.ok(token.form.length > 0 && !/\s/.test(token.form), `form "${token.form}" in ${JSON.stringify(text)}`);
      previousEnd = token.end;
    }
  }
}

describe('segmentText', () => {
  it('gives token spans that slice the original example report', () => {
    assertSpansSliceOriginal(example);
  });

  it('gives token spans that slice 400 original AG News titles and leads', () => {
    for (const text of agnews) assertSpansSliceOriginal(text);
  });

  it('makes the example dateline a sentence of its own and starts the report at "Iranian"', () => {
    const { dateline, sentences } = segmentText(example);
    assert.ok(dateline);
    assert.equal(example.slice(dateline.start, dateline.end), 'Tehran \u2014');
    assert.deepEqual(sentences[0].tokens.map((t) => t.form), ['Tehran', '\u2014']);
    assert.equal(sentences[1].tokens[0].text, 'Iranian');
  });

  it('splits "country’s" in the example into "country" and "\'s"', () => {
    const tokens = segmentText(example).sentences[1].tokens;
    const at = tokens.findIndex((t) => t.text === 'country');
    assert.notEqual(at, -1);
    assert.equal(tokens[at + 1].text, '\u2019s');
    assert.equal(tokens[at + 1].form, "'s");
  });

  it('tokenises a dateline into place, brackets, agency and dash', () => {
    const { sentences } = segmentText('WASHINGTON, March 3 (AP) -- The talks began.');
    assert.deepEqual(sentences[0].tokens.map((t) => t.form), ['WASHINGTON', ',', 'March', '3', '(', 'AP', ')', '--']);
    assert.equal(sentences[1].tokens[0].form, 'The');
  });

  it('makes a bare agency credit a sentence of its own without a dateline', () => {
    const { dateline, sentences } = segmentText('AP - The man who claims Gov. James E. McGreevey harassed him spoke.');
    assert.equal(dateline, undefined);
    assert.deepEqual(sentences[0].tokens.map((t) => t.form), ['AP', '-']);
    assert.equal(sentences[1].tokens[0].form, 'The');
  });

  it('never throws on random unicode and keeps spans exact', () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const pieces = [' ', '\n', '.', "'", '&amp;', ' #39;', ' quot;', '&lt;b&gt;', '\u2019', '\u200b', '-', 'U.S.', 'n\'t', '\ud83d\ude00', '\ud800', '\udc00'];
    for (let round = 0; round < 500; round++) {
      let text = '';
      const length = Math.floor(random() * 40);
      for (let i = 0; i < length; i++) {
        text += random() < 0.3 ? pieces[Math.floor(random() * pieces.length)] : String.fromCharCode(Math.floor(random() * 0x3000));
      }
      assertSpansSliceOriginal(text);
    }
  });
});

describe('textStage', () => {
  it('fills the dateline and the sentences of a document', () => {
    const pipeline = createPipeline([textStage()]);
    const doc = pipeline.run(createDocument('TEHRAN (Reuters) - Iran said talks would resume. They did.'));
    assert.equal(doc.dateline?.agency && doc.text.slice(doc.dateline.agency.start, doc.dateline.agency.end), 'Reuters');
    assert.equal(doc.sentences?.length, 3);
    assert.deepEqual(doc.layers, ['text', 'dateline', 'sentences', 'tokens']);
  });

  it('declares that it needs only the text', () => {
    assert.deepEqual(textStage().requires, ['text']);
  });
});
