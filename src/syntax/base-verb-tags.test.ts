import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { baseVerbTagRepairs } from './base-verb-tags.ts';
import { createCoder } from '../coder.ts';

// A small lexicon: "end", "release" and "support" took VB in training; "peace" and "minister" did not; "resign" is unseen.
const lexicon = {
  known: new Map<string, unknown>([['end', 1], ['release', 1], ['support', 1], ['peace', 2], ['minister', 2], ['attacks', 3]]),
  names: new Map<string, number>(),
  baseVerbs: new Set(['end', 'release', 'support']),
};

describe('tags of a verb read as a noun where the grammar wants a verb', () => {
  it('makes a noun after the infinitive "to" with an object after it the base verb', () => {
    const forms = ['Rebels', 'failed', 'to', 'end', 'attacks', 'on', 'Goma'];
    const upos = ['NOUN', 'VERB', 'PART', 'NOUN', 'NOUN', 'ADP', 'PROPN'];
    const xpos = ['NNS', 'VBN', 'TO', 'NN', 'NNS', 'IN', 'NNP'];
    assert.deepEqual([...baseVerbTagRepairs(forms, upos, xpos, lexicon)], [[3, 'VERB\tVB']]);
  });

  it('leaves a noun that was never a verb after "to" alone', () => {
    const forms = ['Rebels', 'agreed', 'to', 'peace', 'talks', 'in', 'Goma'];
    const upos = ['NOUN', 'VERB', 'PART', 'NOUN', 'NOUN', 'ADP', 'PROPN'];
    const xpos = ['NNS', 'VBD', 'TO', 'NN', 'NNS', 'IN', 'NNP'];
    assert.equal(baseVerbTagRepairs(forms, upos, xpos, lexicon).size, 0);
  });

  it('makes the word closing a demanded clause\'s subject the subjunctive verb', () => {
    const forms = ['Strikers', 'demanded', 'the', 'labour', 'minister', 'resign', 'over', 'the', 'deaths'];
    const upos = ['NOUN', 'VERB', 'DET', 'NOUN', 'NOUN', 'NOUN', 'ADP', 'DET', 'NOUN'];
    const xpos = ['NNS', 'VBD', 'DT', 'NN', 'NN', 'NN', 'IN', 'DT', 'NNS'];
    assert.deepEqual([...baseVerbTagRepairs(forms, upos, xpos, lexicon)], [[5, 'VERB\tVB']]);
    const that = ['Unions', 'demanded', 'that', 'Peru', 'release', 'the', 'strikers'];
    assert.deepEqual([...baseVerbTagRepairs(that, ['NOUN', 'VERB', 'SCONJ', 'PROPN', 'NOUN', 'DET', 'NOUN'], ['NNS', 'VBD', 'IN', 'NNP', 'NN', 'DT', 'NNS'], lexicon)], [[4, 'VERB\tVB']]);
  });

  it('leaves a possessed noun and a verb that demands nothing alone', () => {
    const possessed = ['Unions', 'demanded', 'the', 'minister', "'s", 'support', '.'];
    assert.equal(baseVerbTagRepairs(possessed, ['NOUN', 'VERB', 'DET', 'NOUN', 'PART', 'NOUN', 'PUNCT'], ['NNS', 'VBD', 'DT', 'NN', 'POS', 'NN', '.'], lexicon).size, 0);
    const saw = ['Unions', 'saw', 'the', 'minister', 'release', 'the', 'strikers'];
    assert.equal(baseVerbTagRepairs(saw, ['NOUN', 'VERB', 'DET', 'NOUN', 'NOUN', 'DET', 'NOUN'], ['NNS', 'VBD', 'DT', 'NN', 'NN', 'DT', 'NNS'], lexicon).size, 0);
  });

  it('codes the events these verbs carry in the pipeline', () => {
    const coder = createCoder();
    const codes = (text: string) => (coder.code(text, { id: 't' }).events ?? []).map((event) => `${event.cameo.code}:${event.trigger.text}`);
    assert.ok(codes("Strikers demanded the labour minister resign over the deaths.").some((code) => code.startsWith('1041:')));
  });
});

describe('a present-tense verb after a plural subject', () => {
  const plural = { ...lexicon, baseVerbs: new Set([...lexicon.baseVerbs, 'face', 'fear']), known: new Map([...lexicon.known, ['face', 1], ['fear', 1]]) };

  it('makes a noun-tagged verb between a plural noun and its object the verb ("officers face no charges")', () => {
    const forms = ['Two', 'police', 'officers', 'face', 'no', 'charges', '.'];
    const xpos = ['CD', 'NN', 'NNS', 'NN', 'DT', 'NNS', '.'];
    assert.deepEqual([...baseVerbTagRepairs(forms, ['NUM', 'NOUN', 'NOUN', 'NOUN', 'DET', 'NOUN', 'PUNCT'], xpos, plural)], [[3, 'VERB\tVBP']]);
    const bare = ['Villagers', 'fear', 'new', 'raids', 'by', 'militias'];
    assert.deepEqual([...baseVerbTagRepairs(bare, ['NOUN', 'NOUN', 'ADJ', 'NOUN', 'ADP', 'NOUN'], ['NNS', 'NN', 'JJ', 'NNS', 'IN', 'NNS'], plural)], [[1, 'VERB\tVBP']]);
  });

  it('leaves it a noun when a finite verb follows in its clause ("aid agencies\' support staff the UN hired left")', () => {
    const forms = ['Aid', 'agencies', 'support', 'staff', 'the', 'UN', 'hired', 'left', 'Darfur'];
    const upos = ['NOUN', 'NOUN', 'NOUN', 'NOUN', 'DET', 'PROPN', 'VERB', 'VERB', 'PROPN'];
    assert.equal(baseVerbTagRepairs(forms, upos, ['NN', 'NNS', 'NN', 'NNS', 'DT', 'NNP', 'VBD', 'VBD', 'NNP'], plural).size, 0);
  });

  it('leaves it a noun when a verb before the plural noun makes that noun an object ("approved weapons control rules")', () => {
    const withControl = { ...plural, baseVerbs: new Set([...plural.baseVerbs, 'control']), known: new Map([...plural.known, ['control', 1]]) };
    const forms = ['Delegates', 'approved', 'new', 'weapons', 'control', 'rules', 'in', 'Vienna', '.'];
    const upos = ['NOUN', 'VERB', 'ADJ', 'NOUN', 'NOUN', 'NOUN', 'ADP', 'PROPN', 'PUNCT'];
    assert.equal(baseVerbTagRepairs(forms, upos, ['NNS', 'VBD', 'JJ', 'NNS', 'NN', 'NNS', 'IN', 'NNP', '.'], withControl).size, 0);
    const modal = ['Envoys', 'will', 'review', 'arms', 'control', 'treaties'];
    assert.equal(baseVerbTagRepairs(modal, ['NOUN', 'AUX', 'VERB', 'NOUN', 'NOUN', 'NOUN'], ['NNS', 'MD', 'VB', 'NNS', 'NN', 'NNS'], withControl).size, 0);
  });

  it('keeps the signing of arms control accords in the pipeline', () => {
    const coder = createCoder();
    const codes = (text: string) => (coder.code(text, { id: 't' }).events ?? []).map((event) => `${event.cameo.code}:${event.trigger.text}`);
    assert.ok(codes('France and Germany signed three arms control accords in Berlin.').some((code) => code.startsWith('057:')));
  });

  it('codes the charges the verb carries in the pipeline', () => {
    const coder = createCoder();
    const codes = (text: string) => (coder.code(text, { id: 't' }).events ?? []).map((event) => `${event.cameo.code}:${event.trigger.text}`);
    assert.ok(codes('Two Ghanaian customs officers face charges of smuggling.').some((code) => code.startsWith('112:')));
  });
});

describe('a demanded clause with an indefinite or bare phrase', () => {
  it('leaves it as the demand\'s object', () => {
    const forms = ['Chile', 'proposed', 'a', 'border', 'crackdown', 'on', 'smuggling'];
    const upos = ['PROPN', 'VERB', 'DET', 'NOUN', 'NOUN', 'ADP', 'NOUN'];
    const xpos = ['NNP', 'VBD', 'DT', 'NN', 'NN', 'IN', 'NN'];
    assert.equal(baseVerbTagRepairs(forms, upos, xpos, lexicon).size, 0);
    const bare = ['Unions', 'oppose', 'proposed', 'state', 'pension', 'legislaton', ','];
    assert.equal(baseVerbTagRepairs(bare, ['NOUN', 'VERB', 'VERB', 'NOUN', 'NOUN', 'NOUN', 'PUNCT'], ['NNS', 'VBP', 'VBN', 'NN', 'NN', 'NN', ','], lexicon).size, 0);
  });
});
