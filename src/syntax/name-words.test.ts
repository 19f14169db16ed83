import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { NAME_DEMONYM, NAME_INSIDE, NAME_START, readNameWords, withoutCommonWords } from './name-words.ts';
import { nameVariants, seededRandom } from './tagger.ts';

describe('name words from the gazetteer', () => {
  const words = readNameWords();

  it('knows countries, capitals and places, where they start a name and where they continue one', () => {
    assert.ok((words.get('china')! & NAME_START) !== 0);
    assert.ok((words.get('chongqing')! & NAME_START) !== 0);
    assert.ok((words.get('york')! & NAME_INSIDE) !== 0);
  });

  it('marks demonyms apart, and leaves out agent words and lower-case words', () => {
    assert.ok((words.get('chinese')! & NAME_DEMONYM) !== 0);
    assert.equal(words.get('government'), undefined);
    assert.equal(words.get('of'), undefined);
  });

  it('marks only adjectives as demonyms: not the nouns for people ("Italians", "Briton", "Frenchman")', () => {
    for (const adjective of ['italian', 'iraqi', 'swiss', 'greek', 'chinese']) assert.ok((words.get(adjective)! & NAME_DEMONYM) !== 0, adjective);
    for (const noun of ['italians', 'iraqis', 'britons', 'briton', 'spaniard', 'frenchman', 'frenchmen']) assert.ok(!((words.get(noun) ?? 0) & NAME_DEMONYM), noun);
  });

  it('reads the words before a demonym\'s last as name words ("South Korean", "Equatorial Guinean")', () => {
    assert.equal(words.get('equatorial')! & (NAME_START | NAME_DEMONYM), NAME_START);
    assert.ok(!(words.get('south')! & NAME_DEMONYM));
    assert.ok((words.get('korean')! & NAME_DEMONYM) !== 0);
  });
});

describe('withoutCommonWords', () => {
  it('drops name words the text writes more often in lower case ("the" of "The Hague")', () => {
    const words = new Map([['the', NAME_START], ['hague', NAME_INSIDE], ['china', NAME_START], ['nanning', NAME_START]]);
    const kept = withoutCommonWords(words, ['The', 'the', 'the', 'Hague', 'China', 'china', 'China']);
    assert.deepEqual([...kept.keys()], ['hague', 'china', 'nanning']);
  });
});

describe('nameVariants', () => {
  const sentences = [
    { words: ['Officials', 'in', 'Ohio', 'said', 'so', '.'], tags: ['NOUN\tNNS', 'ADP\tIN', 'PROPN\tNNP', 'VERB\tVBD', 'ADV\tRB', 'PUNCT\t.'] },
    { words: ['They', 'left', '.'], tags: ['PRON\tPRP', 'VERB\tVBD', 'PUNCT\t.'] },
  ];
  const names = new Map([['chongqing', NAME_START], ['ahmed', NAME_START], ['brussels', NAME_START], ['ohio', NAME_START]]);

  it('puts an unseen gazetteer name for a proper noun, masked, with the tags unchanged', () => {
    const variants = nameVariants(sentences, names, new Map([['ohio', 'NNP']]), seededRandom(3));
    assert.equal(variants.length, 1);
    const [variant] = variants;
    assert.equal(variant.masked, 2);
    assert.ok(['Chongqing', 'CHONGQING', 'Ahmed', 'AHMED', 'Brussels', 'BRUSSELS'].includes(variant.words[2]), variant.words[2]);
    assert.deepEqual(variant.tags, sentences[0].tags);
  });
});
