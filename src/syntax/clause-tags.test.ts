import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { clauseTagRepairs } from './clause-tags.ts';

/** The tags after the repairs, as "UPOS/XPOS" words. */
function repair(words: string, tags: string): string {
  const forms = words.split(' ');
  const pairs = tags.split(' ').map((tag) => tag.split('/'));
  const repairs = clauseTagRepairs(forms, pairs.map(([u]) => u), pairs.map(([, x]) => x));
  return pairs.map((pair, i) => repairs.get(i)?.replace('\t', '/') ?? pair.join('/')).join(' ');
}

describe('tag repairs of a clause\'s lost verb', () => {
  it('makes a participle after the opening noun phrase, before an object, the past-tense verb', () => {
    assert.equal(repair('Kenyan police arrested five men', 'ADJ/JJ NOUN/NN VERB/VBN NUM/CD NOUN/NNS'), 'ADJ/JJ NOUN/NN VERB/VBD NUM/CD NOUN/NNS');
    assert.equal(repair('Police in Chad detained the mayor', 'NOUN/NNS ADP/IN PROPN/NNP VERB/VBN DET/DT NOUN/NN'), 'NOUN/NNS ADP/IN PROPN/NNP VERB/VBD DET/DT NOUN/NN');
    assert.equal(repair('Peruvian troops battled rebels', 'ADJ/JJ NOUN/NNS ADJ/JJ NOUN/NNS'), 'ADJ/JJ NOUN/NNS VERB/VBD NOUN/NNS');
    assert.equal(repair('Chadian troops fought pockets of rebels', 'ADJ/JJ NOUN/NNS ADJ/JJ NOUN/NNS ADP/IN NOUN/NNS'), 'ADJ/JJ NOUN/NNS VERB/VBD NOUN/NNS ADP/IN NOUN/NNS');
  });

  it('leaves a participle that a finite verb follows, one before a phrase, and modifier participles', () => {
    assert.equal(repair('Guns seized last week were shown', 'NOUN/NNS VERB/VBN ADJ/JJ NOUN/NN AUX/VBD VERB/VBN'), 'NOUN/NNS VERB/VBN ADJ/JJ NOUN/NN AUX/VBD VERB/VBN');
    assert.equal(repair('Five soldiers killed in Mali', 'NUM/CD NOUN/NNS VERB/VBN ADP/IN PROPN/NNP'), 'NUM/CD NOUN/NNS VERB/VBN ADP/IN PROPN/NNP');
    assert.equal(repair('Iran backed militias attacked', 'PROPN/NNP VERB/VBN NOUN/NNS VERB/VBD'), 'PROPN/NNP VERB/VBN NOUN/NNS VERB/VBD');
  });

  it('makes a past tense read as a noun or participle in a clause reported with no "that" the clause\'s verb', () => {
    assert.equal(repair('Police believe two gunmen on a motorbike shot the envoy', 'NOUN/NNS VERB/VBP NUM/CD NOUN/NNS ADP/IN DET/DT NOUN/NN NOUN/NN DET/DT NOUN/NN'), 'NOUN/NNS VERB/VBP NUM/CD NOUN/NNS ADP/IN DET/DT NOUN/NN VERB/VBD DET/DT NOUN/NN');
    assert.equal(repair('Officials said three rebels attacked the base', 'NOUN/NNS VERB/VBD NUM/CD NOUN/NNS VERB/VBN DET/DT NOUN/NN'), 'NOUN/NNS VERB/VBD NUM/CD NOUN/NNS VERB/VBD DET/DT NOUN/NN');
  });

  it('looks past a particle for the object ("set off/IN the bomb")', () => {
    assert.equal(repair('Police suspect two rebels in the truck set off the bomb', 'NOUN/NNS VERB/VBP NUM/CD NOUN/NNS ADP/IN DET/DT NOUN/NN NOUN/NN ADP/IN DET/DT NOUN/NN'), 'NOUN/NNS VERB/VBP NUM/CD NOUN/NNS ADP/IN DET/DT NOUN/NN VERB/VBD ADP/IN DET/DT NOUN/NN');
    assert.equal(repair('Five soldiers killed in the town', 'NUM/CD NOUN/NNS VERB/VBN ADP/IN DET/DT NOUN/NN'), 'NUM/CD NOUN/NNS VERB/VBN ADP/IN DET/DT NOUN/NN');
  });

  it('makes an unchanged past read as an adverb or noun before a phrase of direction the verb', () => {
    assert.equal(repair('Turkish troops thrust into the border town', 'ADJ/JJ NOUN/NNS ADV/RB ADP/IN DET/DT NOUN/NN NOUN/NN'), 'ADJ/JJ NOUN/NNS VERB/VBD ADP/IN DET/DT NOUN/NN NOUN/NN');
    assert.equal(repair('Rebel units cut through the front lines', 'NOUN/NN NOUN/NNS NOUN/NN ADP/IN DET/DT NOUN/NN NOUN/NNS'), 'NOUN/NN NOUN/NNS VERB/VBD ADP/IN DET/DT NOUN/NN NOUN/NNS');
    // Not before another preposition, nor a word that is no unchanged past.
    assert.equal(repair('Troops thrust in the town', 'NOUN/NNS ADV/RB ADP/IN DET/DT NOUN/NN'), 'NOUN/NNS ADV/RB ADP/IN DET/DT NOUN/NN');
    assert.equal(repair('Troops soon into the town', 'NOUN/NNS ADV/RB ADP/IN DET/DT NOUN/NN'), 'NOUN/NNS ADV/RB ADP/IN DET/DT NOUN/NN');
  });

  it('leaves a participle in a reported clause whose own verb follows it', () => {
    assert.equal(repair('Police said weapons seized last week were fake', 'NOUN/NNS VERB/VBD NOUN/NNS VERB/VBN ADJ/JJ NOUN/NN AUX/VBD ADJ/JJ'), 'NOUN/NNS VERB/VBD NOUN/NNS VERB/VBN ADJ/JJ NOUN/NN AUX/VBD ADJ/JJ');
  });

  it('repairs the verb when the finite verb after it opens a clause of its own', () => {
    assert.equal(repair('Police detained two men because they were armed', 'NOUN/NNS VERB/VBN NUM/CD NOUN/NNS SCONJ/IN PRON/PRP AUX/VBD ADJ/JJ'), 'NOUN/NNS VERB/VBD NUM/CD NOUN/NNS SCONJ/IN PRON/PRP AUX/VBD ADJ/JJ');
  });
});
