import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseConllu } from '../syntax/conllu.ts';
import { alignSpans, joinRawDocuments, rebuildRawDocuments, scoreSpans } from './ud-raw.ts';

const SAMPLE = [
  '# newdoc id = one',
  '# newpar',
  "# text = I don't know.",
  '1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_',
  "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_",
  '2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_',
  "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_",
  '4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No',
  '5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_',
  '',
  '# text = Yes.',
  '1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\tSpaceAfter=No',
  '2\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_',
  '',
  '# newpar',
  '# text = Go',
  '1\tGo\tgo\tVERB\tVB\t_\t0\troot\t_\t_',
  '',
  '# newdoc id = two',
  '# text = Hi',
  '1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_',
  '',
].join('\n');

describe('rebuildRawDocuments', () => {
  const documents = rebuildRawDocuments(parseConllu(SAMPLE));

  it('joins sentences by a space and paragraphs by a line break', () => {
    assert.equal(documents[0].text, "I don't know. Yes.\nGo");
  });

  it('starts a new document at "# newdoc"', () => {
    assert.equal(documents.length, 2);
    assert.equal(joinRawDocuments(documents), "I don't know. Yes.\nGo\n\nHi");
  });

  it('gives the words of a multiword token consecutive sub-spans', () => {
    const text = documents[0].text;
    assert.deepEqual(documents[0].sentences[0].words.map((w) => text.slice(w.start, w.end)), ['I', 'do', "n't", 'know', '.']);
  });

  it('gives each sentence the span of its text', () => {
    const text = documents[0].text;
    assert.deepEqual(documents[0].sentences.map((s) => text.slice(s.span.start, s.span.end)), ["I don't know.", 'Yes.', 'Go']);
  });
});

describe('scoreSpans', () => {
  it('counts only exactly equal spans as matches', () => {
    const score = scoreSpans([{ start: 0, end: 2 }, { start: 3, end: 5 }], [{ start: 0, end: 2 }, { start: 3, end: 4 }, { start: 4, end: 5 }]);
    assert.equal(score.matched, 1);
    assert.equal(score.precision, 1 / 3);
    assert.equal(score.recall, 1 / 2);
  });

  it('does not count one gold span twice', () => {
    assert.equal(scoreSpans([{ start: 0, end: 2 }], [{ start: 0, end: 2 }, { start: 0, end: 2 }]).matched, 1);
  });
});

describe('alignSpans', () => {
  it('pairs predicted spans with gold spans of the same extent', () => {
    assert.deepEqual([...alignSpans([{ start: 0, end: 2 }, { start: 3, end: 5 }], [{ start: 3, end: 5 }, { start: 6, end: 7 }])], [1, -1]);
  });
});
