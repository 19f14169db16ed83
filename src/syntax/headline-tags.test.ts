import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { headlineTagRepairs } from './headline-tags.ts';

/** The tags after the repairs, as "UPOS/XPOS" words. */
function repair(words: string, tags: string): string {
  const forms = words.split(' ');
  const pairs = tags.split(' ').map((tag) => tag.split('/'));
  const repairs = headlineTagRepairs(forms, pairs.map(([u]) => u), pairs.map(([, x]) => x));
  return pairs.map((pair, i) => repairs.get(i)?.replace('\t', '/') ?? pair.join('/')).join(' ');
}

describe('tag repairs of a headline\'s verb read as a noun', () => {
  it('makes a headline verb after the opening noun phrase, before an object, the present-tense verb', () => {
    assert.equal(repair('Truck bomb kills nine in Mosul', 'NOUN/NN NOUN/NN NOUN/NNS NUM/CD ADP/IN PROPN/NNP'), 'NOUN/NN NOUN/NN VERB/VBZ NUM/CD ADP/IN PROPN/NNP');
    assert.equal(repair('Ghana , Togo sign trade pact', 'PROPN/NNP PUNCT/, PROPN/NNP NOUN/NN NOUN/NN NOUN/NN'), 'PROPN/NNP PUNCT/, PROPN/NNP VERB/VBP NOUN/NN NOUN/NN');
  });

  it('makes a plural subject\'s bare verb the tagger read as an adjective or adverb the present-tense verb', () => {
    assert.equal(repair('Chadian rebels free 12 hostages', 'ADJ/JJ NOUN/NNS ADJ/JJ NUM/CD NOUN/NNS'), 'ADJ/JJ NOUN/NNS VERB/VBP NUM/CD NOUN/NNS');
    assert.equal(repair('Haitian gunmen kidnap two nuns', 'ADJ/JJ NOUN/NNS ADV/RB NUM/CD NOUN/NNS'), 'ADJ/JJ NOUN/NNS VERB/VBP NUM/CD NOUN/NNS');
  });

  it('leaves a sentence with a finite verb, a word that is no headline verb, and a verb with no object after it', () => {
    assert.equal(repair('Truck bomb kills were reported', 'NOUN/NN NOUN/NN NOUN/NNS AUX/VBD VERB/VBN'), 'NOUN/NN NOUN/NN NOUN/NNS AUX/VBD VERB/VBN');
    assert.equal(repair('Border trade talks in Lagos', 'NOUN/NN NOUN/NN NOUN/NNS ADP/IN PROPN/NNP'), 'NOUN/NN NOUN/NN NOUN/NNS ADP/IN PROPN/NNP');
    assert.equal(repair('Peace deal signs', 'NOUN/NN NOUN/NN NOUN/NNS'), 'NOUN/NN NOUN/NN NOUN/NNS');
    assert.equal(repair('Kabul kidnap victim freed', 'PROPN/NNP NOUN/NN NOUN/NN VERB/VBN'), 'PROPN/NNP NOUN/NN NOUN/NN VERB/VBN');
  });

  it('reads the verb after a subject with a place phrase, agreeing with the noun before the preposition', () => {
    assert.equal(repair('Police in Accra disperse student marchers', 'NOUN/NNS ADP/IN PROPN/NNP NOUN/NN NOUN/NN NOUN/NNS'), 'NOUN/NNS ADP/IN PROPN/NNP VERB/VBP NOUN/NN NOUN/NNS');
    assert.equal(repair('Troops in Herat raid a mosque', 'NOUN/NNS ADP/IN PROPN/NNP NOUN/NN DET/DT NOUN/NN'), 'NOUN/NNS ADP/IN PROPN/NNP VERB/VBP DET/DT NOUN/NN');
    assert.equal(repair('Aid convoy in Herat attack victims', 'NOUN/NN NOUN/NN ADP/IN PROPN/NNP NOUN/NN NOUN/NNS'), 'NOUN/NN NOUN/NN ADP/IN PROPN/NNP NOUN/NN NOUN/NNS');
  });

  it('reads the verb when the finite verbs after it belong to a later clause, after a comma, a relative pronoun or a subordinator', () => {
    assert.equal(repair('Dutch police deport a Syrian imam , hours after his appeal is rejected', 'ADJ/JJ NOUN/NNS NOUN/NN DET/DT ADJ/JJ NOUN/NN PUNCT/, NOUN/NNS ADP/IN PRON/PRP$ NOUN/NN AUX/VBZ VERB/VBN'), 'ADJ/JJ NOUN/NNS VERB/VBP DET/DT ADJ/JJ NOUN/NN PUNCT/, NOUN/NNS ADP/IN PRON/PRP$ NOUN/NN AUX/VBZ VERB/VBN');
    assert.equal(repair('A Kenyan court jails two activists who were marching', 'DET/DT PROPN/NNP NOUN/NN NOUN/NNS NUM/CD NOUN/NNS PRON/WP AUX/VBD VERB/VBG'), 'DET/DT PROPN/NNP NOUN/NN VERB/VBZ NUM/CD NOUN/NNS PRON/WP AUX/VBD VERB/VBG');
  });

  it('leaves a word before the sentence\'s own finite verb, and an adverb reading when a later clause has a verb', () => {
    assert.equal(repair('Army troops attack helicopters were seen', 'NOUN/NN NOUN/NNS NOUN/NN NOUN/NNS AUX/VBD VERB/VBN'), 'NOUN/NN NOUN/NNS NOUN/NN NOUN/NNS AUX/VBD VERB/VBN');
    assert.equal(repair('Leader dials back his campaign as protests grow', 'NOUN/NN NOUN/NNS ADV/RB PRON/PRP$ NOUN/NN ADP/IN NOUN/NNS VERB/VBP'), 'NOUN/NN NOUN/NNS ADV/RB PRON/PRP$ NOUN/NN ADP/IN NOUN/NNS VERB/VBP');
  });
});
