import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { isParleyError } from '../core/errors.ts';
import {
  createLemmatizer,
  emptyLemmaTable,
  loadLemmatizer,
  parseLemmaTable,
  serializeLemmaTable,
  type LemmaTable,
  type SuffixRule,
} from './lemmatize.ts';

/** A hand-built table: a few irregular words, as the trainer would store them. */
function smallTable(): LemmaTable {
  const table = emptyLemmaTable();
  table.lowercaseForms.set('VBD', new Map([['was', 'be']]));
  table.lowercaseForms.set('VBN', new Map([['drawn', 'draw']]));
  table.lowercaseForms.set('RB', new Map([["n't", 'not']]));
  table.lowercaseForms.set('VBZ', new Map([["'s", 'be']]));
  table.lowercaseForms.set('JJR', new Map([['better', 'good']]));
  table.forms.set('PRP', new Map([['i', 'I']]));
  table.suffixes.set('NNS', new Map<string, SuffixRule>([['ves', { strip: 3, append: 'f' }], ['ives', 'rules']]));
  return table;
}

describe('createLemmatizer with a hand-built table', () => {
  const lemmatizer = createLemmatizer(smallTable());
  const cases: [string, string, string, string][] = [
    ['countries', 'NOUN', 'NNS', 'country'],
    ['talks', 'NOUN', 'NNS', 'talk'],
    ['churches', 'NOUN', 'NNS', 'church'],
    ['instructed', 'VERB', 'VBD', 'instruct'],
    ['emphasized', 'VERB', 'VBD', 'emphasize'],
    ['stopped', 'VERB', 'VBD', 'stop'],
    ['agreed', 'VERB', 'VBD', 'agree'],
    ['studied', 'VERB', 'VBD', 'study'],
    ['making', 'VERB', 'VBG', 'make'],
    ['negotiating', 'VERB', 'VBG', 'negotiate'],
    ['watches', 'VERB', 'VBZ', 'watch'],
    ['biggest', 'ADJ', 'JJS', 'big'],
    ['happier', 'ADJ', 'JJR', 'happy'],
    ['was', 'AUX', 'VBD', 'be'],
    ['Was', 'AUX', 'VBD', 'be'],
    ["n't", 'PART', 'RB', 'not'],
    ["'s", 'AUX', 'VBZ', 'be'],
    ["'s", 'PART', 'POS', "'s"],
    ['better', 'ADJ', 'JJR', 'good'],
    ['i', 'PRON', 'PRP', 'I'],
    ['The', 'DET', 'DT', 'the'],
    ['Iranians', 'PROPN', 'NNPS', 'Iranian'],
    ['Pezeshkian', 'PROPN', 'NNP', 'Pezeshkian'],
    ['CHERNOBYL', 'PROPN', 'NNP', 'Chernobyl'],
    ['IAEA', 'PROPN', 'NNP', 'IAEA'],
    ['2,000', 'NUM', 'CD', '2000'],
    ['withdrawn', 'VERB', 'VBN', 'withdraw'],
    ['wolves', 'NOUN', 'NNS', 'wolf'],
    ['objectives', 'NOUN', 'NNS', 'objective'],
  ];
  for (const [form, upos, xpos, lemma] of cases) {
    it(`lemmatizes "${form}"/${xpos} as "${lemma}"`, () => {
      assert.equal(lemmatizer.lemmatize(form, upos, xpos), lemma);
    });
  }

  it('returns a non-empty lemma for an empty form or unknown tags', () => {
    assert.equal(lemmatizer.lemmatize('', 'X', 'XX'), '_');
    assert.equal(lemmatizer.lemmatize('ed', '', ''), 'ed');
    assert.equal(lemmatizer.lemmatize('s', 'NOUN', 'NNS'), 's');
  });
});

describe('the shipped lemma table', () => {
  const lemmatizer = loadLemmatizer();
  const cases: [string, string, string, string][] = [
    ['countries', 'NOUN', 'NNS', 'country'],
    ['instructed', 'VERB', 'VBD', 'instruct'],
    ['emphasized', 'VERB', 'VBD', 'emphasize'],
    ['talks', 'NOUN', 'NNS', 'talk'],
    ['was', 'AUX', 'VBD', 'be'],
    ["n't", 'PART', 'RB', 'not'],
    ["'s", 'AUX', 'VBZ', 'be'],
    ["'s", 'PART', 'POS', "'s"],
    ['stopped', 'VERB', 'VBD', 'stop'],
    ['making', 'VERB', 'VBG', 'make'],
    ['better', 'ADJ', 'JJR', 'good'],
    ['wo', 'AUX', 'MD', 'will'],
    ['ca', 'AUX', 'MD', 'can'],
    ['I', 'PRON', 'PRP', 'I'],
    ['Us', 'PRON', 'PRP', 'we'],
    ['went', 'VERB', 'VBD', 'go'],
    ['children', 'NOUN', 'NNS', 'child'],
    ['Pezeshkian', 'PROPN', 'NNP', 'Pezeshkian'],
    ['reimposed', 'VERB', 'VBN', 'reimpose'],
    ['retaliated', 'VERB', 'VBD', 'retaliate'],
    ['sanctions', 'NOUN', 'NNS', 'sanction'],
  ];
  for (const [form, upos, xpos, lemma] of cases) {
    it(`lemmatizes "${form}"/${xpos} as "${lemma}"`, () => {
      assert.equal(lemmatizer.lemmatize(form, upos, xpos), lemma);
    });
  }
});

describe('lemma table files', () => {
  const folder = mkdtempSync(join(tmpdir(), 'parley-lemmas-'));

  it('round-trips a table through serializeLemmaTable and parseLemmaTable', () => {
    const table = smallTable();
    assert.deepEqual(parseLemmaTable(serializeLemmaTable(table), 'small'), table);
  });

  it('rejects a corrupt file with MODEL_INVALID naming it', () => {
    const path = join(folder, 'corrupt.bin');
    writeFileSync(path, Buffer.from('not gzip at all'));
    assert.throws(() => loadLemmatizer(path), (error) => isParleyError(error, 'MODEL_INVALID') && error.message.includes(path));
  });

  it('rejects a truncated file with MODEL_INVALID', () => {
    const whole = serializeLemmaTable(smallTable());
    assert.throws(
      () => parseLemmaTable(whole.subarray(0, whole.length - 12), 'cut.bin'),
      (error) => isParleyError(error, 'MODEL_INVALID') && /cut\.bin/.test(error.message),
    );
    const lines = gzipSync('parley-lemmas\t1\nL\tVBD\twas\tbe\n');
    assert.throws(() => parseLemmaTable(lines, 'noend.bin'), (error) => isParleyError(error, 'MODEL_INVALID') && /truncated/.test(error.message));
  });

  it('lists every malformed line', () => {
    const text = 'parley-lemmas\t1\nL\tVBD\twas\nS\tNNS\tves\tx:y\nL\tVBD\twere\tbe\nend\t3\n';
    assert.throws(
      () => parseLemmaTable(gzipSync(text), 'bad.bin'),
      (error) => isParleyError(error, 'MODEL_INVALID') && error.details.length === 2 && /line 2/.test(error.details[0]) && /line 3/.test(error.details[1]),
    );
  });

  it('reports a missing file as MODEL_MISSING', () => {
    assert.throws(() => loadLemmatizer(join(folder, 'absent.bin')), (error) => isParleyError(error, 'MODEL_MISSING'));
  });
});

describe('lemmas kept between calls', () => {
  it('gives a word met again the lemma of its own tags, not of its last ones', () => {
    const lemmatizer = createLemmatizer(smallTable());
    const calls = () => [
      lemmatizer.lemmatize('kerala', 'PROPN', 'NN'),
      lemmatizer.lemmatize('kerala', 'NOUN', 'NN'),
      lemmatizer.lemmatize('was', 'AUX', 'VBD'),
      lemmatizer.lemmatize('was', 'NOUN', 'NN'),
      lemmatizer.lemmatize('wolves', 'NOUN', 'NNS'),
    ];
    const first = calls();
    assert.deepEqual(first, ['Kerala', 'kerala', 'be', 'was', 'wolf']);
    assert.deepEqual(calls(), first);
  });
});
