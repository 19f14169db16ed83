import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Lemmatizer } from '../syntax/lemmatize.ts';
import { lemmaVariants, regularForms } from './lemma-variants.ts';
import { compileVerbPatterns, parseVerbDictionary, verbLemmas } from './verbs.ts';

// A lemmatizer that, like a table trained on too few forms, strips the final "e" of -ed forms.
const stripping: Lemmatizer = {
  lemmatize: (form, _upos, xpos) => (xpos === 'VBD' || xpos === 'VBN' ? form.replace(/d$/, '').replace(/e$/, '') : xpos === 'VBG' ? form.replace(/ing$/, 'e') : form.replace(/s$/, '')),
};

describe('lemma variants of dictionary verbs', () => {
  it('spells only the regular forms it is sure of', () => {
    assert.deepEqual(regularForms('deplore').map(([form]) => form), ['deplores', 'deplored', 'deplored', 'deploring']);
    assert.deepEqual(regularForms('deny').map(([form]) => form), ['denies', 'denied', 'denied', 'denying']);
    assert.deepEqual(regularForms('attack').map(([form]) => form), ['attacks', 'attacked', 'attacked', 'attacking']);
    assert.deepEqual(regularForms('stop'), [], 'a final consonant that may double');
  });

  it('adds the lemmas the lemmatizer gives, but never another verb of the dictionary', () => {
    const variants = lemmaVariants(stripping, new Set(['deplore', 'hope']));
    assert.deepEqual(variants('deplore'), ['deplor']);
    const dictionary = parseVerbDictionary('--- DEPLORE [122] ---\nDEPLORE\n- * VIOLENCE [1221]\n');
    const compiled = compileVerbPatterns(dictionary, { prefix: 't', file: 't.txt', isCode: () => true, variants: lemmaVariants(stripping, verbLemmas(dictionary)) });
    assert.deepEqual(compiled.patterns.map((p) => p.trigger), ['deplore|deplor', 'deplore|deplor']);
  });
});
