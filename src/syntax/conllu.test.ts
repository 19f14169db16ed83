import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isParleyError } from '../core/errors.ts';
import { formatConllu, parseConllu, readConllu, wordSpaceAfter } from './conllu.ts';

const SAMPLE = [
  '# newdoc id = d1',
  '# sent_id = s1',
  '# text = I don\'t know.',
  '1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_',
  '2-3\tdon\'t\t_\t_\t_\t_\t_\t_\t_\t_',
  '2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_',
  '3\tn\'t\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_',
  '3.1\tknow\tknow\tVERB\tVB\t_\t_\t_\t0:root\t_',
  '4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No',
  '5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_',
  '',
].join('\n');

describe('parseConllu', () => {
  it('reads words, multiword tokens and sentence comments, skipping empty nodes', () => {
    const [sentence] = parseConllu(SAMPLE);
    assert.equal(sentence.id, 's1');
    assert.equal(sentence.text, "I don't know.");
    assert.equal(sentence.newDocument, true);
    assert.deepEqual(sentence.words.map((w) => w.form), ['I', 'do', "n't", 'know', '.']);
    assert.deepEqual(sentence.multiwords, [{ first: 1, last: 2, form: "don't", spaceAfter: true }]);
    assert.equal(sentence.words[3].head, 0);
  });

  it('takes SpaceAfter from the multiword token for its words', () => {
    const [sentence] = parseConllu(SAMPLE);
    assert.equal(wordSpaceAfter(sentence, 1), false);
    assert.equal(wordSpaceAfter(sentence, 2), true);
    assert.equal(wordSpaceAfter(sentence, 3), false);
  });

  it('reports a malformed line with its source and line number', () => {
    assert.throws(
      () => parseConllu('1\tI\tI\tPRON\n', 'broken.conllu'),
      (error) => isParleyError(error, 'DATA_INVALID') && error.message.startsWith('broken.conllu:1:'),
    );
  });
});

describe('readConllu', () => {
  it('names a missing treebank file in a DATA_INVALID error instead of a stack trace', () => {
    assert.throws(
      () => readConllu('/no/such/folder/en_ewt-ud-train.conllu'),
      (error) => isParleyError(error, 'DATA_INVALID') && /en_ewt-ud-train\.conllu: ENOENT/.test(error.message),
    );
  });
});

describe('formatConllu', () => {
  it('writes 1-based heads, the root as 0, and character ranges', () => {
    const text = 'Iran talks.';
    const output = formatConllu(
      {
        start: 0,
        end: 11,
        tokens: [
          { start: 0, end: 4, text: 'Iran', form: 'Iran', spaceAfter: true, upos: 'PROPN', xpos: 'NNP', lemma: 'Iran', head: 1, deprel: 'nsubj' },
          { start: 5, end: 10, text: 'talks', form: 'talks', spaceAfter: false, upos: 'VERB', xpos: 'VBZ', lemma: 'talk', head: -1, deprel: 'root' },
          { start: 10, end: 11, text: '.', form: '.', spaceAfter: false, upos: 'PUNCT', xpos: '.', lemma: '.', head: 1, deprel: 'punct' },
        ],
      },
      text,
      's1',
    );
    const rows = output.trim().split('\n').filter((line) => !line.startsWith('#')).map((line) => line.split('\t'));
    assert.deepEqual(rows.map((r) => r[6]), ['2', '0', '2']);
    assert.equal(rows[1][9], 'SpaceAfter=No|TokenRange=5:10');
    assert.match(output, /^# text = Iran talks\.$/m);
  });
});
