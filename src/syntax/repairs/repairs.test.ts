import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { handParsed } from '../../testing/hand-parsed.ts';
import { createTree, type Tree } from '../tree.ts';
import { findConditionPhrase } from './condition-phrase.ts';
import { misreadParticipleSubject } from './misread-participle.ts';
import { nounBeforeRelative } from './relative-antecedent.ts';
import { repairTokens } from './repair-tokens.ts';
import { repairParticipleSubject } from './participle-subject.ts';

const tree = (spec: string): Tree => createTree(handParsed([spec]).sentences![0]);

describe('particle taken for a preposition', () => {
  it('gives the particle (RP) back to the verb and makes its phrase the object', () => {
    const t = tree('Danes/PROPN/NNPS/nsubj@2 handed/VERB/VBD/root@0 over/ADP/RP/case@4 food/NOUN/NN/obl@2');
    const repaired = createTree({ ...t, start: 0, end: 0, tokens: repairTokens(t.tokens) });
    assert.deepEqual([repaired.dependents(1, 'compound:prt'), repaired.dependents(1, 'obj')], [[2], [3]]);
  });

  it('gives the verb the object hung on its particle parsed as an adverb ("will lay down/RP their arms")', () => {
    const t = tree('Rebels/NOUN/NNS/nsubj@3 will/AUX/MD/aux@3 lay/VERB/VB/root@0 down/ADP/RP/advmod@3 their/PRON/PRP$/nmod:poss@6 guns/NOUN/NNS/obj@4');
    const repaired = createTree({ ...t, start: 0, end: 0, tokens: repairTokens(t.tokens) });
    assert.deepEqual([repaired.dependents(2, 'compound:prt'), repaired.dependents(2, 'obj')], [[3], [5]]);
  });

  it('leaves an adverb that is no particle, and a particle whose verb has an object already', () => {
    const a = tree('Rebels/NOUN/NNS/nsubj@2 came/VERB/VBD/root@0 back/ADV/RB/advmod@2 home/NOUN/NN/obj@3');
    assert.deepEqual(repairTokens(a.tokens), a.tokens);
    const b = tree('Rebels/NOUN/NNS/nsubj@2 put/VERB/VBD/root@0 guns/NOUN/NNS/obj@2 down/ADP/RP/advmod@2');
    assert.deepEqual(repairTokens(b.tokens), b.tokens);
  });

  it('leaves an oblique with a true preposition alone', () => {
    const t = tree('Danes/PROPN/NNPS/nsubj@2 flew/VERB/VBD/root@0 over/ADP/IN/case@4 Chad/PROPN/NNP/obl@2');
    assert.deepEqual(repairTokens(t.tokens), t.tokens);
  });
});

describe('a phrase hung on the day word that dates the verb', () => {
  it('goes back to the verb ("left Chad on Monday for Darfur")', () => {
    const t = tree('Troops/NOUN/NNS/nsubj@2 left/VERB/VBD/root@0 Chad/PROPN/NNP/obj@2 on/ADP/IN/case@5 Monday/PROPN/NNP/obl@2 for/ADP/IN/case@7 Darfur/PROPN/NNP/nmod@5');
    const repaired = createTree({ ...t, start: 0, end: 0, tokens: repairTokens(t.tokens) });
    assert.deepEqual([repaired.head(6), repaired.tokens[6].deprel], [1, 'obl']);
  });

  it('goes to the predicate an "of" phrase completes ("found guilty on Monday of beating")', () => {
    const t = tree('Two/NUM/CD/nummod@2 Britons/NOUN/NNS/nsubj:pass@4 were/AUX/VBD/aux:pass@4 found/VERB/VBN/root@0 guilty/ADJ/JJ/xcomp@4 on/ADP/IN/case@7 Monday/PROPN/NNP/obl@4 of/SCONJ/IN/mark@9 beating/VERB/VBG/acl@7 prisoners/NOUN/NNS/obj@9');
    const repaired = createTree({ ...t, start: 0, end: 0, tokens: repairTokens(t.tokens) });
    assert.deepEqual([repaired.head(8), repaired.tokens[8].deprel], [4, 'advcl']);
  });

  it('leaves a time phrase and an infinitive of purpose on the day word', () => {
    const t = tree('Envoys/NOUN/NNS/nsubj@2 met/VERB/VBD/root@0 on/ADP/IN/case@4 Monday/PROPN/NNP/obl@2 of/ADP/IN/case@7 last/ADJ/JJ/amod@7 week/NOUN/NN/nmod@4 to/PART/TO/mark@9 discuss/VERB/VB/acl@4 trade/NOUN/NN/obj@9');
    assert.deepEqual(repairTokens(t.tokens), t.tokens);
  });
});

describe('a party phrase hung on the time or place oblique of the verb', () => {
  it('goes back to the verb from a place name ("met in Nairobi with the envoy")', () => {
    const t = tree('Annan/PROPN/NNP/nsubj@2 met/VERB/VBD/root@0 in/ADP/IN/case@4 Nairobi/PROPN/NNP/obl@2 with/ADP/IN/case@7 the/DET/DT/det@7 envoy/NOUN/NN/nmod@4');
    const repaired = createTree({ ...t, start: 0, end: 0, tokens: repairTokens(t.tokens) });
    assert.deepEqual([repaired.head(6), repaired.tokens[6].deprel], [1, 'obl']);
  });

  it('goes back to the verb from a counted duration and the day hung on it ("talked for two hours on Friday with rebels")', () => {
    const t = tree('Envoys/NOUN/NNS/nsubj@2 talked/VERB/VBD/root@0 for/ADP/IN/case@5 two/NUM/CD/nummod@5 hours/NOUN/NNS/obl@2 on/ADP/IN/case@7 Friday/PROPN/NNP/nmod@5 with/ADP/IN/case@9 rebels/NOUN/NNS/nmod@5');
    const repaired = createTree({ ...t, start: 0, end: 0, tokens: repairTokens(t.tokens) });
    assert.deepEqual([repaired.head(8), repaired.tokens[8].deprel], [1, 'obl']);
  });

  it('leaves a "with" phrase on a common noun, and one on a noun no verb governs', () => {
    const a = tree('Troops/NOUN/NNS/nsubj@2 entered/VERB/VBD/root@0 a/DET/DT/det@4 house/NOUN/NN/obj@2 with/ADP/IN/case@6 gardens/NOUN/NNS/nmod@4');
    assert.deepEqual(repairTokens(a.tokens), a.tokens);
    const b = tree('Talks/NOUN/NNS/root@0 in/ADP/IN/case@3 Cairo/PROPN/NNP/nmod@1 with/ADP/IN/case@5 Hamas/PROPN/NNP/nmod@3');
    assert.deepEqual(repairTokens(b.tokens), b.tokens);
  });
});

describe('a captive noun after the object of "hold" or "take"', () => {
  it('becomes the verb\'s second object when the parser hung it on the object ("hold 40 children hostage")', () => {
    const t = tree('Rebels/NOUN/NNS/nsubj@2 hold/VERB/VBP/root@0 40/NUM/CD/nummod@4 children/NOUN/NNS/obj@2 hostage/VERB/VB/acl@4');
    const repaired = createTree({ ...t, start: 0, end: 0, tokens: repairTokens(t.tokens) });
    assert.deepEqual([repaired.head(4), repaired.tokens[4].deprel, repaired.tokens[4].upos], [1, 'obj', 'NOUN']);
  });

  it('leaves a captive noun with a determiner, and one after another verb\'s object', () => {
    const a = tree('Rebels/NOUN/NNS/nsubj@2 held/VERB/VBD/root@0 talks/NOUN/NNS/obj@2 the/DET/DT/det@5 hostage/NOUN/NN/nsubj@6 spoke/VERB/VBD/conj@2');
    assert.deepEqual(repairTokens(a.tokens), a.tokens);
    const b = tree('Rebels/NOUN/NNS/nsubj@2 freed/VERB/VBD/root@0 two/NUM/CD/nummod@4 men/NOUN/NNS/obj@2 hostage/NOUN/NN/nmod@4');
    assert.deepEqual(repairTokens(b.tokens), b.tokens);
  });
});

describe('an object read into the dating phrase before it', () => {
  it('becomes the verb\'s object when the parser made the day word its compound ("freed on Sunday 30 prisoners")', () => {
    const t = tree('Egypt/PROPN/NNP/nsubj@2 freed/VERB/VBD/root@0 on/ADP/IN/case@6 Sunday/PROPN/NNP/compound@6 30/NUM/CD/nummod@6 prisoners/NOUN/NNS/obl@2');
    const repaired = createTree({ ...t, start: 0, end: 0, tokens: repairTokens(t.tokens) });
    assert.deepEqual([repaired.head(5), repaired.tokens[5].deprel, repaired.head(3), repaired.tokens[3].deprel, repaired.head(2)], [1, 'obj', 1, 'obl', 3]);
  });

  it('becomes the verb\'s object when the parser made it an apposition of the day word ("rejected on Monday the plan")', () => {
    const t = tree('Rebels/NOUN/NNS/nsubj@2 rejected/VERB/VBD/root@0 on/ADP/IN/case@4 Monday/PROPN/NNP/obl@2 the/DET/DT/det@6 plan/NOUN/NN/appos@4');
    const repaired = createTree({ ...t, start: 0, end: 0, tokens: repairTokens(t.tokens) });
    assert.deepEqual([repaired.head(5), repaired.tokens[5].deprel], [1, 'obj']);
  });

  it('leaves a verb that has an object, and a reporting verb', () => {
    const a = tree('Egypt/PROPN/NNP/nsubj@2 freed/VERB/VBD/root@0 them/PRON/PRP/obj@2 on/ADP/IN/case@6 Sunday/PROPN/NNP/compound@6 morning/NOUN/NN/obl@2');
    assert.deepEqual(repairTokens(a.tokens), a.tokens);
    const b = tree('Egypt/PROPN/NNP/nsubj@2 said/VERB/VBD/root@0 on/ADP/IN/case@6 Sunday/PROPN/NNP/compound@6 two/NUM/CD/nummod@6 reporters/NOUN/NNS/obl@2');
    assert.deepEqual(repairTokens(b.tokens), b.tokens);
  });

  it('leaves a time noun after the day word ("met on Sunday morning")', () => {
    const t = tree('Envoys/NOUN/NNS/nsubj@2 met/VERB/VBD/root@0 on/ADP/IN/case@5 Sunday/PROPN/NNP/compound@5 morning/NOUN/NN/obl@2');
    assert.deepEqual(repairTokens(t.tokens), t.tokens);
  });
});

describe('a nationality adjective parsed as the complement of the verb before it', () => {
  it('makes the adjective\'s object the verb\'s, and the adjective its modifier', () => {
    const t = tree('Tokyo/PROPN/NNP/nsubj@2 urged/VERB/VBD/root@0 Chinese/ADJ/JJ/xcomp@2 Premier/PROPN/NNP/nmod:desc@5 Wen/PROPN/NNP/obj@3');
    const repaired = createTree({ ...t, start: 0, end: 0, tokens: repairTokens(t.tokens) });
    assert.deepEqual([repaired.dependents(1, 'obj'), repaired.dependents(4, 'amod')], [[4], [2]]);
  });

  it('leaves an adjective complement with no object alone', () => {
    const t = tree('Tokyo/PROPN/NNP/nsubj@3 was/AUX/VBD/cop@3 angry/ADJ/JJ/root@0');
    assert.deepEqual(repairTokens(t.tokens), t.tokens);
  });
});

describe('a coordinated subject split into several subjects', () => {
  it('makes the later subjects conjuncts of the first when a conjunction stands between them', () => {
    const t = tree('Kenya/PROPN/nsubj@6 and/CCONJ/cc@6 the/DET/det@4 cautious/NOUN/nsubj@6 Uganda/PROPN/nsubj@6 welcomed/VERB/root@0 talks/NOUN/obj@6');
    const repaired = createTree({ ...t, start: 0, end: 0, tokens: repairTokens(t.tokens) });
    assert.deepEqual([repaired.dependents(5, 'nsubj'), repaired.dependents(0, 'conj')], [[0], [3, 4]]);
  });

  it('leaves two subjects of one verb with no conjunction between them alone', () => {
    const t = tree('Kenya/PROPN/nsubj@3 Uganda/PROPN/nsubj@3 welcomed/VERB/root@0 talks/NOUN/obj@3');
    assert.deepEqual(repairTokens(t.tokens), t.tokens);
  });
});

describe('the second party of "between" read as the subject of a new clause', () => {
  const misread = 'Talks/NOUN/NNS/root@0 between/ADP/IN/case@3 Chad/PROPN/NNP/nmod@1 and/CCONJ/CC/cc@6 Niger/PROPN/NNP/nsubj@6 resumed/VERB/VBD/conj@1 ./PUNCT/./punct@1';

  it('makes the second party a conjunct of the first and the verb the root with the noun as its subject', () => {
    const t = tree(misread);
    const repaired = createTree({ ...t, start: 0, end: 0, tokens: repairTokens(t.tokens) });
    const link = (k: number) => `${repaired.tokens[k].deprel}@${repaired.head(k)}`;
    assert.deepEqual([link(5), link(0), link(4), link(3), link(6)], ['root@-1', 'nsubj@5', 'conj@2', 'cc@4', 'punct@5']);
  });

  it('leaves a clause with a pronoun subject alone', () => {
    const t = tree('Talks/NOUN/NNS/root@0 between/ADP/IN/case@3 Chad/PROPN/NNP/nmod@1 and/CCONJ/CC/cc@6 they/PRON/PRP/nsubj@6 resumed/VERB/VBD/conj@1');
    assert.deepEqual(repairTokens(t.tokens), t.tokens);
  });
});

describe('a present-tense verb read as a plural noun', () => {
  it('retags a plural noun with a subject before it and an object after it as a VBZ verb', () => {
    const t = tree('The/DET/DT/det@2 president/NOUN/NN/nsubj@3 hosts/NOUN/NNS/root@0 his/PRON/PRP$/nmod:poss@5 counterpart/NOUN/NN/obj@3');
    // handParsed lemmas are the forms; the lemmatizer gives a plural noun its singular.
    const [verb] = repairTokens(t.tokens.map((token, k) => (k === 2 ? { ...token, lemma: 'host' } : token))).slice(2);
    assert.deepEqual([verb.upos, verb.xpos, verb.lemma], ['VERB', 'VBZ', 'host']);
  });

  it('leaves a plural noun in a prepositional phrase alone', () => {
    const t = tree('Kenya/PROPN/NNP/nsubj@2 thanked/VERB/VBD/root@0 its/PRON/PRP$/nmod:poss@4 hosts/NOUN/NNS/obj@2 for/ADP/IN/case@6 dinner/NOUN/NN/obl@2');
    assert.deepEqual(repairTokens(t.tokens), t.tokens);
  });
});

describe('a name with a hyphenated number torn from its noun', () => {
  // handParsed joins words by spaces; the repair needs "Agni-3" written without them.
  const touching = (t: Tree): Tree => {
    const tokens = t.tokens.map((token) => ({ ...token }));
    for (const k of [6, 7]) for (let j = k; j < tokens.length; j++) {
      tokens[j].start -= 1;
      tokens[j].end -= 1;
    }
    return createTree({ ...t, start: 0, end: 0, tokens });
  };
  const torn = 'India/PROPN/NNP/nsubj@2 hailed/VERB/VBD/root@0 its/PRON/PRP$/nmod:poss@4 test/NOUN/obj@2 of/ADP/case@6 Agni/PROPN/nmod@4 -/PUNCT/HYPH/punct@8 3/NUM/CD/nummod@9 missile/NOUN/nsubj@2';

  it('makes the noun the head of the phrase and the name its compound', () => {
    const t = touching(tree(torn));
    const repaired = createTree({ ...t, start: 0, end: 0, tokens: repairTokens(t.tokens) });
    const link = (k: number) => `${repaired.tokens[k].deprel}@${repaired.head(k)}`;
    assert.deepEqual([link(8), link(5), link(4)], ['nmod@3', 'compound@8', 'case@8']);
  });

  it('leaves a name with a spaced hyphen alone', () => {
    const t = tree(torn);
    assert.deepEqual(repairTokens(t.tokens), t.tokens);
  });
});

describe('a plural noun tagged as a verb after its compound', () => {
  const link = (t: Tree, k: number) => `${t.tokens[k].upos}:${t.tokens[k].deprel}@${t.head(k)}`;

  it('in a phrase: the plural takes the place of the noun before it, which becomes its compound', () => {
    const t = tree('Dozens/NOUN/NNS/nsubj@2 died/VERB/VBD/root@0 in/ADP/case@4 series/NOUN/obl@2 of/ADP/case@6 air/NOUN/NN/nmod@4 strikes/VERB/VBZ/ccomp@2');
    const repaired = createTree({ ...t, start: 0, end: 0, tokens: repairTokens(t.tokens) });
    assert.deepEqual([link(repaired, 6), link(repaired, 5), link(repaired, 4)], ['NOUN:nmod@3', 'NOUN:compound@6', 'ADP:case@6']);
  });

  it('before another finite verb: the plural is its subject', () => {
    const t = tree('air/NOUN/NN/nsubj@2 strikes/VERB/VBZ/root@0 hit/VERB/VBD/xcomp@2 positions/NOUN/NNS/obj@3');
    const repaired = createTree({ ...t, start: 0, end: 0, tokens: repairTokens(t.tokens) });
    assert.deepEqual([link(repaired, 1), link(repaired, 2), link(repaired, 0)], ['NOUN:nsubj@2', 'VERB:root@-1', 'NOUN:compound@1']);
  });

  it('leaves a verb with a subject of its own alone ("the head of the agency says")', () => {
    const t = tree('head/NOUN/NN/nsubj@4 of/ADP/case@3 agency/NOUN/NN/nmod@1 says/VERB/VBZ/root@0');
    assert.deepEqual(repairTokens(t.tokens), t.tokens);
  });
});

describe('a clause after "after" parsed as a phrase', () => {
  it('makes the phrase\'s noun the subject of the verb and the verb a clause of the main verb', () => {
    const t = tree('Iran/PROPN/NNP/nsubj@2 protested/VERB/VBD/root@0 after/ADP/IN/case@5 a/DET/det@5 diplomat/NOUN/obl@2 was/AUX/VBD/aux:pass@7 expelled/VERB/VBN/conj@2');
    const repaired = createTree({ ...t, start: 0, end: 0, tokens: repairTokens(t.tokens) });
    assert.deepEqual([repaired.dependents(6, 'nsubj:pass'), repaired.dependents(6, 'mark'), repaired.dependents(1, 'advcl')], [[4], [2], [6]]);
  });

  it('leaves a verb that has a subject of its own alone', () => {
    const t = tree('Iran/PROPN/NNP/nsubj@2 protested/VERB/VBD/root@0 after/ADP/IN/case@4 talks/NOUN/obl@2 Iraq/PROPN/nsubj:pass@7 was/AUX/VBD/aux:pass@7 expelled/VERB/VBN/conj@2');
    assert.deepEqual(repairTokens(t.tokens), t.tokens);
  });

  it('reads "as" as opening the clause ("Stocks fell as Norway pledged loans to Chile")', () => {
    const t = tree('Stocks/NOUN/NNS/nsubj@2 fell/VERB/VBD/root@0 as/ADP/IN/case@4 Norway/PROPN/NNP/obl@2 pledged/VERB/VBD/conj@2 loans/NOUN/NNS/obj@5 to/ADP/IN/case@8 Chile/PROPN/NNP/nmod@6');
    const repaired = createTree({ ...t, start: 0, end: 0, tokens: repairTokens(t.tokens) });
    assert.deepEqual([repaired.dependents(4, 'nsubj'), repaired.dependents(4, 'mark'), repaired.dependents(1, 'advcl')], [[3], [2], [4]]);
  });

  it('leaves "such as" a preposition ("states such as Norway pledged loans")', () => {
    const t = tree('Stocks/NOUN/NNS/nsubj@2 fell/VERB/VBD/root@0 such/ADJ/JJ/amod@5 as/ADP/IN/case@5 Norway/PROPN/NNP/obl@2 pledged/VERB/VBD/conj@2 loans/NOUN/NNS/obj@6');
    assert.deepEqual(repairTokens(t.tokens), t.tokens);
  });

  it('takes a past tense with a phrase and no object ("Shelling resumed after Laos and Burma agreed on a truce")', () => {
    const t = tree('Shelling/NOUN/NN/nsubj@2 resumed/VERB/VBD/root@0 after/ADP/IN/case@4 Laos/PROPN/NNP/obl@2 and/CCONJ/CC/cc@6 Burma/PROPN/NNP/conj@4 agreed/VERB/VBD/acl@6 on/ADP/IN/case@10 a/DET/DT/det@10 truce/NOUN/NN/obl@7');
    const repaired = createTree({ ...t, start: 0, end: 0, tokens: repairTokens(t.tokens) });
    assert.deepEqual([repaired.dependents(6, 'nsubj'), repaired.dependents(6, 'mark'), repaired.dependents(1, 'advcl')], [[3], [2], [6]]);
  });

  it('takes a past tense tagged as a participle of the noun, with an "on" phrase ("Kenya protested after a border unit fired/VBN on a convoy")', () => {
    const t = tree('Kenya/PROPN/NNP/nsubj@2 protested/VERB/VBD/root@0 after/ADP/IN/case@6 a/DET/DT/det@6 border/NOUN/NN/compound@6 unit/NOUN/NN/obl@2 fired/VERB/VBN/acl@6 on/ADP/IN/case@10 a/DET/DT/det@10 convoy/NOUN/NN/obl@7');
    const repaired = createTree({ ...t, start: 0, end: 0, tokens: repairTokens(t.tokens) });
    assert.deepEqual([repaired.dependents(6, 'nsubj'), repaired.dependents(6, 'mark'), repaired.dependents(1, 'advcl'), repaired.tokens[6].xpos], [[5], [2], [6], 'VBD']);
  });

  it('finds the phrase when the parser hung "as" on its number ("rallied as 14 nations agreed/VBN on a plan")', () => {
    const t = tree('Markets/NOUN/NNS/nsubj@2 rallied/VERB/VBD/root@0 as/ADP/IN/case@4 14/NUM/CD/nummod@5 nations/NOUN/NNS/obl@2 agreed/VERB/VBN/acl@5 on/ADP/IN/case@9 a/DET/DT/det@9 plan/NOUN/NN/obl@6');
    const repaired = createTree({ ...t, start: 0, end: 0, tokens: repairTokens(t.tokens) });
    assert.deepEqual([repaired.dependents(5, 'nsubj'), repaired.dependents(5, 'mark'), repaired.dependents(1, 'advcl')], [[4], [2], [5]]);
  });

  it('leaves a participle with a place or time phrase or a "by" agent on its noun ("left after talks held/VBN in Oslo", "... held/VBN on Monday", "after shells fired/VBN into a market by rebels")', () => {
    const held = tree('Envoys/NOUN/NNS/nsubj@2 left/VERB/VBD/root@0 after/ADP/IN/case@4 talks/NOUN/NNS/obl@2 held/VERB/VBN/acl@4 in/ADP/IN/case@7 Oslo/PROPN/NNP/obl@5');
    assert.deepEqual(repairTokens(held.tokens), held.tokens);
    // (the "by" agent alone keeps it a participle: its "into" phrase would make it a past tense)
    const agent = tree('Envoys/NOUN/NNS/nsubj@2 left/VERB/VBD/root@0 after/ADP/IN/case@4 shells/NOUN/NNS/obl@2 fired/VERB/VBN/acl@4 into/ADP/IN/case@8 a/DET/DT/det@8 market/NOUN/NN/obl@5 by/ADP/IN/case@10 rebels/NOUN/NNS/obl@5');
    assert.deepEqual(repairTokens(agent.tokens), agent.tokens);
    const dated = tree('Envoys/NOUN/NNS/nsubj@2 left/VERB/VBD/root@0 after/ADP/IN/case@4 talks/NOUN/NNS/obl@2 held/VERB/VBN/acl@4 on/ADP/IN/case@7 Monday/PROPN/NNP/obl@5');
    assert.deepEqual(repairTokens(dated.tokens), dated.tokens);
  });

  it('leaves a participle with an "at" phrase of place ("went home after a summit convened/VBN at the Hague")', () => {
    const t = tree('Diplomats/NOUN/NNS/nsubj@2 went/VERB/VBD/root@0 home/ADV/RB/advmod@2 after/ADP/IN/case@6 a/DET/DT/det@6 summit/NOUN/NN/obl@2 convened/VERB/VBN/acl@6 at/ADP/IN/case@10 the/DET/DT/det@10 Hague/PROPN/NNP/obl@7');
    assert.deepEqual(repairTokens(t.tokens), t.tokens);
  });

  it('leaves a participle of what is done to people with no object ("protested after two drivers detained/VBN on smuggling charges")', () => {
    const t = tree('Uganda/PROPN/NNP/nsubj@2 protested/VERB/VBD/root@0 after/ADP/IN/case@5 two/NUM/CD/nummod@5 drivers/NOUN/NNS/obl@2 detained/VERB/VBN/acl@5 on/ADP/IN/case@9 smuggling/NOUN/NN/compound@9 charges/NOUN/NNS/obl@6');
    const tokens = t.tokens.map((token) => (token.form === 'detained' ? { ...token, lemma: 'detain' } : token));
    assert.deepEqual(repairTokens(tokens), tokens);
  });

  it('leaves a participle whose noun phrase a later auxiliary completes ("protested after two guards posted/VBN on the roof were shot")', () => {
    const t = tree('Chad/PROPN/NNP/nsubj@2 protested/VERB/VBD/root@0 after/ADP/IN/case@5 two/NUM/CD/nummod@5 guards/NOUN/NNS/obl@2 posted/VERB/VBN/acl@5 on/ADP/IN/case@9 the/DET/DT/det@9 roof/NOUN/NN/obl@6 were/AUX/VBD/aux:pass@11 shot/VERB/VBN/conj@2');
    const repaired = createTree({ ...t, start: 0, end: 0, tokens: repairTokens(t.tokens) });
    assert.deepEqual([repaired.dependents(10, 'nsubj:pass'), repaired.tokens[5].deprel, repaired.head(5)], [[4], 'acl', 4]);
  });
});

describe('a sentence read with its subject noun for the root, across an aside between commas', () => {
  it('makes the verb after the aside the root, its noun its object and the root noun its subject ("troops, close to the city, stormed/amod three villages")', () => {
    const t = tree('troops/NOUN/NNS/root@0 ,/PUNCT/,/punct@3 close/ADJ/JJ/amod@1 to/ADP/IN/case@6 the/DET/DT/det@6 city/NOUN/NN/obl@3 ,/PUNCT/,/punct@9 stormed/VERB/VBD/amod@10 three/NUM/CD/nummod@10 villages/NOUN/NNS/obl@3');
    const repaired = createTree({ ...t, start: 0, end: 0, tokens: repairTokens(t.tokens) });
    assert.deepEqual([repaired.root, repaired.dependents(7, 'nsubj'), repaired.dependents(7, 'obj')], [7, [0], [9]]);
  });

  it('hangs an aside that is a clause of its own on the new root as a parataxis ("rebels, witnesses said, burned/conj two villages")', () => {
    const t = tree('rebels/NOUN/NNS/root@0 ,/PUNCT/,/punct@4 witnesses/NOUN/NNS/nsubj@4 said/VERB/VBD/parataxis@1 ,/PUNCT/,/punct@4 burned/VERB/VBD/conj@4 two/NUM/CD/nummod@8 villages/NOUN/NNS/obj@6');
    const repaired = createTree({ ...t, start: 0, end: 0, tokens: repairTokens(t.tokens) });
    assert.deepEqual([repaired.root, repaired.dependents(5, 'nsubj'), repaired.dependents(5, 'parataxis'), repaired.dependents(3, 'nsubj')], [5, [0], [3], [2]]);
  });

  it('leaves a list of names, whose commas set off no aside ("Chile, Peru, Bolivia signed/amod accords", "Chile, Peru and Bolivia, joined/VBN by Ecuador, signed accords")', () => {
    const t = tree('Chile/PROPN/NNP/root@0 ,/PUNCT/,/punct@3 Peru/PROPN/NNP/conj@1 ,/PUNCT/,/punct@5 Bolivia/PROPN/NNP/conj@1 signed/VERB/VBD/amod@7 accords/NOUN/NNS/conj@1');
    assert.deepEqual(repairTokens(t.tokens), t.tokens);
    // (a span between commas with "and" in it ends a list: the participle after it is no clause's verb)
    const joined = tree('Chile/PROPN/NNP/root@0 ,/PUNCT/,/punct@3 Peru/PROPN/NNP/conj@1 and/CCONJ/CC/cc@5 Bolivia/PROPN/NNP/conj@1 ,/PUNCT/,/punct@7 joined/VERB/VBN/acl@1 by/ADP/IN/case@9 Ecuador/PROPN/NNP/obl:agent@7 ,/PUNCT/,/punct@7 signed/VERB/VBD/amod@12 accords/NOUN/NNS/conj@1');
    assert.deepEqual(repairTokens(joined.tokens), joined.tokens);
  });
});

describe('past-tense verb misread as an adjective', () => {
  it('finds the plural noun before it as the subject', () => {
    const t = tree('jets/NOUN/NNS/root@0 shelled/VERB/VBD/amod@3 positions/NOUN/NNS/obj@1');
    assert.equal(misreadParticipleSubject(t, 1), 0);
  });

  it('takes no singular noun for a subject', () => {
    const t = tree('army/NOUN/NN/root@0 trained/VERB/VBN/amod@3 troops/NOUN/NNS/obj@1');
    assert.equal(misreadParticipleSubject(t, 1), undefined);
  });

  it('finds the subject before its participle phrase ("rebels backed by tanks and aircraft stormed two towns")', () => {
    const t = tree('rebels/NOUN/NNS/root@0 backed/VERB/VBN/acl@1 by/ADP/IN/case@4 tanks/NOUN/NNS/obl@2 and/CCONJ/CC/cc@6 aircraft/NOUN/NN/conj@4 stormed/VERB/VBD/amod@9 two/NUM/CD/nummod@9 towns/NOUN/NNS/obj@1');
    assert.equal(misreadParticipleSubject(t, 6), 0);
  });

  it('finds the subject of a participle the parser made the verb, by its "by" agent ("soldiers backed/VBD by police attacked hideouts")', () => {
    const t = tree('soldiers/NOUN/NNS/nsubj@2 backed/VERB/VBD/root@0 by/ADP/IN/case@4 police/NOUN/NN/obl:agent@2 attacked/VERB/VBD/amod@6 hideouts/NOUN/NNS/obl@2');
    assert.equal(misreadParticipleSubject(t, 4), 0);
  });

  it('finds the subject before a phrase between commas ("soldiers, acting on a tip, raided villages and seized arms")', () => {
    const t = tree('soldiers/NOUN/NNS/nsubj@11 ,/PUNCT/,/punct@3 acting/VERB/VBG/acl@1 on/ADP/IN/case@6 a/DET/DT/det@6 tip/NOUN/NN/obl@3 ,/PUNCT/,/punct@9 raided/VERB/VBD/amod@9 villages/NOUN/NNS/obl@3 and/CCONJ/CC/cc@11 seized/VERB/VBD/root@0 arms/NOUN/NNS/obj@11');
    assert.equal(misreadParticipleSubject(t, 7), 0);
  });

  it('takes no subject across a list ("envoys, ministers, trained/amod observers")', () => {
    const list = tree('talks/NOUN/NNS/nsubj@2 drew/VERB/VBD/root@0 envoys/NOUN/NNS/obj@2 ,/PUNCT/,/punct@5 ministers/NOUN/NNS/conj@3 ,/PUNCT/,/punct@8 trained/VERB/VBN/amod@8 observers/NOUN/NNS/conj@3');
    assert.equal(misreadParticipleSubject(list, 6), undefined);
  });

  it('takes no noun a preposition governs for the subject ("in towns hit by a storm, damaged roads")', () => {
    const governed = tree('in/ADP/IN/case@2 towns/NOUN/NNS/root@0 hit/VERB/VBN/acl@2 by/ADP/IN/case@5 storm/NOUN/NN/obl:agent@3 damaged/VERB/VBN/amod@7 roads/NOUN/NNS/conj@2');
    assert.equal(misreadParticipleSubject(governed, 5), undefined);
  });
});

describe('relative clause on the wrong word', () => {
  it('takes the noun before the relative pronoun, past a comma', () => {
    const t = tree('officials/NOUN/NNS/root@0 ,/PUNCT/,/punct@1 who/PRON/WP/nsubj@4 spoke/VERB/VBD/acl:relcl@1');
    assert.deepEqual(nounBeforeRelative(t, 2), [0]);
  });

  it('finds none when a verb comes first', () => {
    const t = tree('Iran/PROPN/NNP/nsubj@2 said/VERB/VBD/root@0 who/PRON/WP/nsubj@4 came/VERB/VBD/ccomp@2');
    assert.deepEqual(nounBeforeRelative(t, 2), []);
  });
});

describe('misattached condition phrase', () => {
  const t = tree('Iran/PROPN/NNP/nsubj@3 will/AUX/MD/aux@3 negotiate/VERB/VB/root@0 provided/VERB/VBN/advcl@3 that/SCONJ/IN/mark@8 sanctions/NOUN/NNS/nsubj:pass@8 are/AUX/VBP/aux:pass@8 lifted/VERB/VBN/ccomp@4 ./PUNCT/./punct@3');

  it('reads "provided that" and its clause from the words', () => {
    assert.deepEqual(findConditionPhrase(t, 2, () => true), { words: ['provided', 'that'], first: 5, last: 7 });
  });

  it('skips a phrase its caller does not accept', () => {
    assert.equal(findConditionPhrase(t, 2, () => false), undefined);
  });
});

describe('a schedule frame misread', () => {
  it('makes "due" the head when the parser made the subject noun the root', () => {
    const t = tree('The/DET/DT/det@2 envoy/NOUN/NN/root@0 is/AUX/VBZ/case@2 due/ADJ/JJ/amod@3 to/PART/TO/mark@6 arrive/VERB/VB/advcl@4 today/NOUN/NN/obl@2');
    const repaired = createTree({ ...t, start: 0, end: 0, tokens: repairTokens(t.tokens) });
    assert.deepEqual([repaired.head(3), repaired.dependents(3, 'nsubj'), repaired.dependents(3, 'cop'), repaired.dependents(3, 'xcomp'), repaired.head(6)], [-1, [1], [2], [5], 5]);
  });

  it('makes the infinitive of "is set to" its complement, not its clausal subject', () => {
    const t = tree('Chad/PROPN/NNP/nsubj@3 is/AUX/VBZ/cop@3 set/ADJ/JJ/root@0 to/PART/TO/mark@5 sign/VERB/VB/csubj@3');
    const repaired = createTree({ ...t, start: 0, end: 0, tokens: repairTokens(t.tokens) });
    assert.deepEqual(repaired.dependents(2, 'xcomp'), [4]);
  });
});

describe('"it" before a readiness adjective read as an empty subject', () => {
  it('makes "it" the subject and the clausal-subject infinitive the complement ("said it was ready to meet")', () => {
    const t = tree('Chile/PROPN/NNP/nsubj@2 said/VERB/VBD/root@0 it/PRON/PRP/expl@5 was/AUX/VBD/cop@5 ready/ADJ/JJ/ccomp@2 to/PART/TO/mark@7 meet/VERB/VB/csubj@5 Peru/PROPN/NNP/obj@7');
    const repaired = createTree({ ...t, start: 0, end: 0, tokens: repairTokens(t.tokens) });
    assert.deepEqual([repaired.dependents(4, 'nsubj'), repaired.dependents(4, 'xcomp')], [[2], [6]]);
  });

  it('leaves the empty "it" of an adjective that takes no one as its subject ("it is hard to meet")', () => {
    const t = tree('It/PRON/PRP/expl@3 is/AUX/VBZ/cop@3 hard/ADJ/JJ/root@0 to/PART/TO/mark@5 meet/VERB/VB/csubj@3 Peru/PROPN/NNP/obj@5');
    assert.deepEqual(repairTokens(t.tokens), t.tokens);
  });
});

describe('the object of a noun\'s infinitive read as the subject of a clause after it', () => {
  it('makes the noun the subject of the clause\'s verb and the words between the infinitive\'s object (any noun, not only an effort: "orders to evacuate the villages may follow")', () => {
    const t = tree('Orders/NOUN/NNS/root@0 to/PART/TO/mark@3 evacuate/VERB/VB/acl@1 the/DET/DT/det@5 villages/NOUN/NNS/nsubj@7 may/AUX/MD/aux@7 follow/VERB/VB/ccomp@3 ./PUNCT/./punct@1');
    const repaired = createTree({ ...t, start: 0, end: 0, tokens: repairTokens(t.tokens) });
    assert.deepEqual([repaired.root, repaired.dependents(6, 'nsubj'), repaired.dependents(2, 'obj'), repaired.head(7)], [6, [0], [4], 6]);
  });

  it('does the same where the parser made the noun the infinitive\'s own subject ("Lima insists that bids to rescue them can succeed")', () => {
    const t = tree('Lima/PROPN/NNP/nsubj@2 insists/VERB/VBZ/root@0 that/SCONJ/IN/mark@6 bids/NOUN/NNS/nsubj@6 to/PART/TO/mark@6 rescue/VERB/VB/ccomp@2 them/PRON/PRP/nsubj@9 can/AUX/MD/aux@9 succeed/VERB/VB/ccomp@6');
    const repaired = createTree({ ...t, start: 0, end: 0, tokens: repairTokens(t.tokens) });
    assert.deepEqual([repaired.dependents(1, 'ccomp'), repaired.dependents(8, 'nsubj'), repaired.dependents(8, 'mark'), repaired.dependents(3, 'acl'), repaired.dependents(5, 'obj')], [[8], [3], [2], [5], [6]]);
  });

  it('leaves a clause after a verb that takes one, and one opened by a subject pronoun', () => {
    const a = tree('Steps/NOUN/NNS/root@0 to/PART/TO/mark@3 ensure/VERB/VB/acl@1 miners/NOUN/NNS/nsubj@6 may/AUX/MD/aux@6 return/VERB/VB/ccomp@3');
    assert.deepEqual(repairTokens(a.tokens), a.tokens);
    const b = tree('Pleas/NOUN/NNS/root@0 to/PART/TO/mark@3 help/VERB/VB/acl@1 they/PRON/PRP/nsubj@6 may/AUX/MD/aux@6 refuse/VERB/VB/ccomp@3');
    assert.deepEqual(repairTokens(b.tokens), b.tokens);
  });
});

describe('"of" read as a clause marker', () => {
  it('makes the name after "of" the noun\'s "of" phrase and the noun the verb\'s subject', () => {
    const t = tree('The/DET/DT/det@2 arrest/NOUN/NN/nsubj@6 of/ADP/IN/mark@6 Ricardo/PROPN/NNP/nsubj@6 Palmera/PROPN/NNP/flat@4 angered/VERB/VBD/root@0 Bogota/PROPN/NNP/obj@6');
    const repaired = createTree({ ...t, start: 0, end: 0, tokens: repairTokens(t.tokens) });
    assert.deepEqual([repaired.dependents(5, 'nsubj'), repaired.dependents(1, 'nmod'), repaired.markers(3)], [[1], [3], ['of']]);
  });

  it('makes the verb hung as a clause on the noun the root, with the noun its subject', () => {
    const t = tree('The/DET/DT/det@2 trial/NOUN/NN/root@0 of/ADP/IN/mark@6 Slobodan/PROPN/NNP/nsubj@6 Milosevic/PROPN/NNP/flat@4 resumed/VERB/VBD/acl@2 ./PUNCT/./punct@2');
    const repaired = createTree({ ...t, start: 0, end: 0, tokens: repairTokens(t.tokens) });
    assert.deepEqual([repaired.root, repaired.dependents(5, 'nsubj'), repaired.dependents(1, 'nmod'), repaired.dependents(5, 'punct')], [5, [1], [3], [6]]);
  });
});

describe('an event noun read as an adjective', () => {
  it('makes "offensive" after a determiner the head of its phrase, the noun after it its "against" phrase', () => {
    const t = tree('Rebels/NOUN/NNS/nsubj@2 launched/VERB/VBD/root@0 an/DET/DT/det@6 offensive/ADJ/JJ/amod@6 against/ADP/IN/case@6 posts/NOUN/NNS/obj@2');
    const repaired = createTree({ ...t, start: 0, end: 0, tokens: repairTokens(t.tokens) });
    assert.deepEqual([repaired.tokens[3].upos, repaired.dependents(1, 'obj'), repaired.dependents(3, 'nmod'), repaired.dependents(3, 'det')], ['NOUN', [3], [5], [2]]);
  });

  it('makes "offensive" after a possessor the head of its phrase, the possessor its own', () => {
    const t = tree("Russia/PROPN/NNP/nsubj@6 's/PART/POS/case@1 offensive/ADJ/JJ/amod@1 in/ADP/IN/case@5 Chechnya/PROPN/NNP/obl@3 continued/VERB/VBD/root@0");
    const repaired = createTree({ ...t, start: 0, end: 0, tokens: repairTokens(t.tokens) });
    assert.deepEqual([repaired.tokens[2].upos, repaired.dependents(5, 'nsubj'), repaired.dependents(2, 'nmod:poss')], ['NOUN', [2], [0]]);
  });

  it('makes "offensive" after a name compounded onto it the head of its phrase ("its Gaza offensive")', () => {
    const t = tree('Troops/NOUN/NNS/nsubj@2 pressed/VERB/VBD/root@0 their/PRON/PRP$/nmod:poss@5 Gaza/PROPN/NNP/compound@5 offensive/ADJ/JJ/obj@2');
    const repaired = createTree({ ...t, start: 0, end: 0, tokens: repairTokens(t.tokens) });
    assert.deepEqual([repaired.tokens[4].upos, repaired.dependents(1, 'obj')], ['NOUN', [4]]);
  });

  it('makes "offensive" hung as a clause, with a preposition of its own, the verb\'s oblique ("pressed on with an offensive")', () => {
    const t = tree('Troops/NOUN/NNS/nsubj@2 pressed/VERB/VBD/root@0 with/ADP/IN/case@5 an/DET/DT/det@5 offensive/ADJ/JJ/advcl@2');
    const repaired = createTree({ ...t, start: 0, end: 0, tokens: repairTokens(t.tokens) });
    assert.deepEqual([repaired.tokens[4].upos, repaired.dependents(1, 'obl')], ['NOUN', [4]]);
  });

  it('leaves an adjective predicate of a noun alone ("found the remarks offensive")', () => {
    const t = tree('Critics/NOUN/NNS/nsubj@2 found/VERB/VBD/root@0 the/DET/DT/det@4 remarks/NOUN/NNS/obj@2 offensive/ADJ/JJ/xcomp@2');
    assert.deepEqual(repairTokens(t.tokens), t.tokens);
  });

  it('leaves an adjective before its noun alone ("offensive remarks")', () => {
    const t = tree('He/PRON/PRP/nsubj@2 made/VERB/VBD/root@0 offensive/ADJ/JJ/amod@4 remarks/NOUN/NNS/obj@2');
    assert.deepEqual(repairTokens(t.tokens), t.tokens);
  });
});

describe('a sentence\'s verb read as a participle of its subject noun', () => {
  const link = (t: Tree, k: number) => `${t.tokens[k].deprel}@${t.head(k)}`;
  const repair = (spec: string, lemmas: Record<number, string> = {}) => {
    const t = tree(spec);
    const tokens = t.tokens.map((token, k) => (lemmas[k] ? { ...token, lemma: lemmas[k] } : token));
    return createTree({ ...t, start: 0, end: 0, tokens: repairTokens(tokens) });
  };
  const met = 'Chilean/ADJ/amod@2 envoys/NOUN/NNS/root@0 met/VERB/VBN/acl@2 in/ADP/case@5 Quito/PROPN/obl@3 on/ADP/case@7 Friday/PROPN/nmod@2 ./PUNCT/./punct@2';

  it('makes any other verb the root, with the noun as its subject and the phrases after it as its own', () => {
    const t = repair(met, { 2: 'meet' });
    assert.deepEqual([link(t, 2), link(t, 1), link(t, 6), link(t, 7)], ['root@-1', 'nsubj@2', 'obl@2', 'punct@2']);
  });

  it('reads a verb with an object as active ("rebels seized/VBN two towns")', () => {
    const t = repair('Rebels/NOUN/NNS/root@0 seized/VERB/VBN/acl@1 two/NUM/nummod@4 towns/NOUN/NNS/obj@2');
    assert.deepEqual([link(t, 1), link(t, 0), t.tokens[1].xpos], ['root@-1', 'nsubj@1', 'VBD']);
  });

  it('reads a transitive verb with no object as a headline\'s passive ("journalists detained in Gabon")', () => {
    const t = repair('Two/NUM/nummod@2 journalists/NOUN/NNS/root@0 detained/VERB/VBN/acl@2 in/ADP/case@5 Gabon/PROPN/obl@3', { 2: 'detain' });
    assert.deepEqual([link(t, 2), link(t, 1)], ['root@-1', 'nsubj:pass@2']);
  });

  it('leaves a participle joined to the word before it alone ("Saudi-led forces")', () => {
    const spec = 'forces/NOUN/NNS/root@0 Saudi/PROPN/obl@3 led/VERB/VBN/acl@1';
    const t = tree(spec);
    const tokens = t.tokens.map((token, k) => (k === 2 ? { ...token, start: token.start - 1, end: token.end - 1 } : token));
    assert.deepEqual(repairTokens(tokens), tokens);
  });

  it('leaves a participle with an auxiliary of its own alone', () => {
    const t = tree('Envoys/NOUN/NNS/root@0 who/PRON/nsubj@4 had/AUX/aux@4 met/VERB/VBN/acl:relcl@1');
    assert.deepEqual(repairTokens(t.tokens), t.tokens);
  });

  it('leaves a sentence with a verb for its root alone', () => {
    const t = tree('Weapons/NOUN/NNS/nsubj:pass@5 seized/VERB/VBN/acl@1 last/ADJ/amod@4 week/NOUN/obl@2 were/AUX/VBD/aux:pass@6 shown/VERB/VBN/root@0');
    assert.deepEqual(repairTokens(t.tokens), t.tokens);
  });
});

describe('an event noun\'s phrase hung on its "by" agent', () => {
  const visit = 'A/DET/det@2 visit/NOUN/nsubj@8 by/ADP/case@4 envoy/NOUN/nmod@2 to/ADP/case@6 Peru/PROPN/nmod@4 was/AUX/aux:pass@8 postponed/VERB/VBN/root@0';

  it('gives a "to" phrase after the agent back to the event noun', () => {
    const t = tree(visit);
    const repaired = createTree({ ...t, start: 0, end: 0, tokens: repairTokens(t.tokens) });
    assert.deepEqual([repaired.head(5), repaired.head(3)], [1, 1]);
  });

  it('leaves the agent\'s "of" phrase with the agent', () => {
    const t = tree('A/DET/det@2 visit/NOUN/nsubj:pass@8 by/ADP/case@4 envoy/NOUN/nmod@2 of/ADP/case@6 Peru/PROPN/nmod@4 was/AUX/aux:pass@8 postponed/VERB/VBN/root@0');
    assert.deepEqual(repairTokens(t.tokens), t.tokens);
  });
});

describe('an opening phrase taken for the root', () => {
  it('makes the clause\'s verb the root and the phrase its oblique ("In 2001 Chile signed ...")', () => {
    const t = tree('In/ADP/case@2 2001/NUM/CD/root@0 Chile/PROPN/nsubj@4 signed/VERB/VBD/conj@2 accords/NOUN/NNS/obj@4 ./PUNCT/./punct@2');
    const repaired = createTree({ ...t, start: 0, end: 0, tokens: repairTokens(t.tokens) });
    const link = (k: number) => `${repaired.tokens[k].deprel}@${repaired.head(k)}`;
    assert.deepEqual([link(3), link(1), link(5)], ['root@-1', 'obl@3', 'punct@3']);
  });

  it('makes an opening adjective phrase an adverbial clause ("Angry at the ruling, farmers blocked ...")', () => {
    const t = tree('Angry/ADJ/root@0 at/ADP/case@4 the/DET/det@4 ruling/NOUN/obl@1 ,/PUNCT/,/punct@6 farmers/NOUN/NNS/nsubj@7 blocked/VERB/VBD/csubj@1 roads/NOUN/NNS/obj@7');
    const repaired = createTree({ ...t, start: 0, end: 0, tokens: repairTokens(t.tokens) });
    assert.deepEqual([repaired.tokens[6].deprel, repaired.tokens[0].deprel, repaired.head(0)], ['root', 'advcl', 6]);
  });

  it('leaves a root noun with a subject of its own alone', () => {
    const t = tree('Chile/PROPN/nsubj@3 is/AUX/cop@3 partner/NOUN/root@0 Peru/PROPN/nsubj@5 signed/VERB/VBD/conj@3');
    assert.deepEqual(repairTokens(t.tokens), t.tokens);
  });
});

describe('the first of two coordinated modifiers left outside its noun', () => {
  const link = (t: Tree, k: number) => `${t.tokens[k].deprel}@${t.head(k)}`;

  it('puts a first modifier taken for the root back into the phrase and gives the root to the verb', () => {
    const t = tree('Dutch/ADJ/root@0 and/CCONJ/cc@6 Belgian/ADJ/amod@4 envoys/NOUN/NNS/nsubj@6 will/AUX/MD/aux@6 meet/VERB/VB/conj@1 ./PUNCT/./punct@1');
    const repaired = createTree({ ...t, start: 0, end: 0, tokens: repairTokens(t.tokens) });
    assert.deepEqual([link(repaired, 5), link(repaired, 0), link(repaired, 2), link(repaired, 1), link(repaired, 6)], ['root@-1', 'amod@3', 'conj@0', 'cc@2', 'punct@5']);
  });

  it('lets the noun take the place of a first modifier it hung on ("Senior Dutch and Belgian envoys agreed")', () => {
    const t = tree('Senior/ADJ/amod@2 Dutch/PROPN/nsubj@6 and/CCONJ/cc@5 Belgian/ADJ/amod@5 envoys/NOUN/NNS/conj@2 agreed/VERB/VBD/root@0');
    const repaired = createTree({ ...t, start: 0, end: 0, tokens: repairTokens(t.tokens) });
    assert.deepEqual([link(repaired, 4), link(repaired, 0), link(repaired, 1), link(repaired, 3)], ['nsubj@5', 'amod@4', 'amod@4', 'conj@1']);
  });

  it('leaves "X and Y N" already parsed as one phrase alone', () => {
    const t = tree('Dutch/ADJ/amod@4 and/CCONJ/cc@3 Belgian/ADJ/conj@1 envoys/NOUN/NNS/nsubj@5 met/VERB/VBD/root@0');
    assert.deepEqual(repairTokens(t.tokens), t.tokens);
  });
});

describe('a subject of a passive verb', () => {
  it('is a passive subject when the verb has a passive auxiliary', () => {
    const t = tree('Monks/NOUN/NNS/nsubj@4 were/AUX/VBD/aux@4 being/AUX/VBG/aux:pass@4 held/VERB/VBN/root@0');
    assert.equal(repairTokens(t.tokens)[0].deprel, 'nsubj:pass');
  });

  it('stays active under a perfect auxiliary', () => {
    const t = tree('Monks/NOUN/NNS/nsubj@3 have/AUX/VBP/aux@3 fled/VERB/VBN/root@0');
    assert.equal(repairTokens(t.tokens)[0].deprel, 'nsubj');
  });
});

describe('a bare captive noun after a verb', () => {
  it('makes the subject of a headline\'s "held hostage" the one held', () => {
    const t = tree('Sailors/NOUN/NNS/nsubj@3 still/ADV/RB/advmod@3 held/VERB/VBN/root@0 hostage/NOUN/NN/obj@3');
    assert.equal(repairTokens(t.tokens)[0].deprel, 'nsubj:pass');
  });

  it('hangs the captors\' "by" phrase on the verb', () => {
    const t = tree('Sailors/NOUN/NNS/nsubj:pass@3 were/AUX/VBD/aux:pass@3 held/VERB/VBN/root@0 hostage/NOUN/NN/obj@3 by/ADP/IN/case@6 pirates/NOUN/NNS/nmod@4');
    const repaired = repairTokens(t.tokens);
    assert.deepEqual([repaired[5].head, repaired[5].deprel], [2, 'obl']);
  });

  it('leaves a verb with a real object alone ("held the town hostage")', () => {
    const t = tree('Rebels/NOUN/NNS/nsubj@2 held/VERB/VBD/root@0 the/DET/DT/det@4 town/NOUN/NN/obj@2 hostage/NOUN/NN/obj@2');
    assert.equal(repairTokens(t.tokens)[0].deprel, 'nsubj');
  });
});

describe('a headline with no finite verb', () => {
  it('makes the infinitive after the opening noun phrase the root ("premier to visit X")', () => {
    const t = tree('Thai/ADJ/JJ/amod@2 premier/NOUN/NN/root@0 to/PART/TO/mark@4 visit/VERB/VB/acl@2 Hanoi/PROPN/NNP/obj@4');
    const repaired = repairTokens(t.tokens);
    assert.deepEqual(repaired.map((token) => `${token.head}/${token.deprel}`), ['1/amod', '3/nsubj', '3/mark', '-1/root', '3/obj']);
  });

  it('leaves an infinitive in a sentence with a finite verb alone', () => {
    const t = tree('Thai/ADJ/JJ/amod@2 premier/NOUN/NN/root@0 to/PART/TO/mark@4 visit/VERB/VB/acl@2 Hanoi/PROPN/NNP/obj@4 is/AUX/VBZ/cop@2 named/ADJ/JJ/amod@2');
    assert.deepEqual(repairTokens(t.tokens).map((token) => token.deprel), t.tokens.map((token) => token.deprel));
  });
});

describe('demonyms of a "between" phrase', () => {
  it('makes the noun they modify the phrase\'s head, not a conjunct of the event noun', () => {
    const t = tree('Talks/NOUN/NNS/nsubj@7 between/ADP/IN/case@3 Greek/PROPN/NNP/compound@6 and/CCONJ/CC/cc@5 Turkish/PROPN/NNP/conj@3 envoys/NOUN/NNS/conj@1 ended/VERB/VBD/root@0');
    const repaired = repairTokens(t.tokens);
    assert.deepEqual(repaired.slice(0, 6).map((token) => `${token.head}/${token.deprel}`), ['6/nsubj', '5/case', '5/amod', '4/cc', '2/conj', '0/nmod']);
  });

  it('hangs the phrase on the noun right before "between" when the parser hung it on a noun further back', () => {
    // Chad mourned the end of talks between Ndjamena and Tibesti rebels
    const t = tree('Chad/PROPN/NNP/nsubj@2 mourned/VERB/VBD/root@0 the/DET/DT/det@4 end/NOUN/NN/obj@2 of/ADP/IN/case@6 talks/NOUN/NNS/nmod@4 between/ADP/IN/case@8 Ndjamena/PROPN/NNP/compound@11 and/CCONJ/CC/cc@10 Tibesti/PROPN/NNP/conj@8 rebels/NOUN/NNS/nmod@4');
    const repaired = repairTokens(t.tokens);
    assert.deepEqual([repaired[10].head, repaired[10].deprel, repaired[6].head], [5, 'nmod', 10]);
  });

  it('leaves a "between" phrase already on the noun before it alone', () => {
    const t = tree('Chad/PROPN/NNP/nsubj@2 mourned/VERB/VBD/root@0 the/DET/DT/det@4 end/NOUN/NN/obj@2 of/ADP/IN/case@6 talks/NOUN/NNS/nmod@4 between/ADP/IN/case@11 Ndjamena/PROPN/NNP/compound@11 and/CCONJ/CC/cc@10 Tibesti/PROPN/NNP/conj@8 rebels/NOUN/NNS/nmod@6');
    assert.deepEqual(repairTokens(t.tokens), t.tokens);
  });
});

describe('a list of three modifiers split from its noun', () => {
  const link = (t: Tree, k: number) => `${t.tokens[k].deprel}@${t.head(k)}`;

  it('makes the list the noun\'s modifiers and gives a member\'s root to the verb of the noun', () => {
    const t = tree('Omani/ADJ/amod@2 ,/PUNCT/punct@3 Qatari/PROPN/root@0 ,/PUNCT/punct@6 and/CCONJ/cc@6 Kuwaiti/ADJ/amod@7 envoys/NOUN/NNS/nsubj@9 will/AUX/MD/aux@9 meet/VERB/VB/acl:relcl@3 ./PUNCT/./punct@3');
    const repaired = createTree({ ...t, start: 0, end: 0, tokens: repairTokens(t.tokens) });
    assert.deepEqual([link(repaired, 8), link(repaired, 6), link(repaired, 0), link(repaired, 2), link(repaired, 5), link(repaired, 9)], ['root@-1', 'nsubj@8', 'amod@6', 'conj@0', 'conj@0', 'punct@8']);
  });

  it('leaves a list already parsed as one phrase alone', () => {
    const t = tree('Omani/ADJ/amod@6 ,/PUNCT/punct@3 Qatari/PROPN/conj@1 and/CCONJ/cc@5 Kuwaiti/ADJ/conj@1 envoys/NOUN/NNS/nsubj@7 met/VERB/VBD/root@0');
    assert.deepEqual(repairTokens(t.tokens), t.tokens);
  });
});

describe('a headline pair written with a comma', () => {
  const link = (t: Tree, k: number) => `${t.tokens[k].deprel}@${t.head(k)}`;

  it('makes the stranded first name the subject and the second its conjunct', () => {
    const t = tree('Chile/PROPN/NNP/vocative@4 ,/PUNCT/,/punct@1 Peru/PROPN/NNP/nsubj@4 sign/VERB/VBP/root@0 pact/NOUN/NN/obj@4');
    const repaired = createTree({ ...t, start: 0, end: 0, tokens: repairTokens(t.tokens) });
    assert.deepEqual([link(repaired, 0), link(repaired, 2), link(repaired, 1)], ['nsubj@3', 'conj@0', 'punct@2']);
  });

  it('leaves a sentence with closing punctuation alone', () => {
    const t = tree('Chile/PROPN/NNP/vocative@4 ,/PUNCT/,/punct@1 Peru/PROPN/NNP/nsubj@4 signed/VERB/VBD/root@0 ./PUNCT/./punct@4');
    assert.deepEqual(repairTokens(t.tokens), t.tokens);
  });
});

describe('a participle after a noun read as a second verb', () => {
  it('hangs it on the noun as a reduced relative', () => {
    const t = tree('Seoul/PROPN/NNP/nsubj@2 pleaded/VERB/VBD/root@0 for/ADP/IN/case@4 envoys/NOUN/NNS/obl@2 seized/VERB/VBD/conj@2 in/ADP/IN/case@7 Gaza/PROPN/NNP/obl@5');
    const repaired = repairTokens(t.tokens);
    assert.deepEqual([repaired[4].head, repaired[4].deprel, repaired[4].xpos], [3, 'acl', 'VBN']);
  });

  it('leaves a verb with an object or a clause of its own, and one after a clause-opening preposition', () => {
    for (const spec of [
      'Seoul/PROPN/NNP/nsubj@2 pleaded/VERB/VBD/root@0 for/ADP/IN/case@4 envoys/NOUN/NNS/obl@2 seized/VERB/VBD/conj@2 guns/NOUN/NNS/obj@5',
      'Seoul/PROPN/NNP/nsubj@2 pleaded/VERB/VBD/root@0 for/ADP/IN/case@4 envoys/NOUN/NNS/obl@2 agreed/VERB/VBD/conj@2 to/PART/TO/mark@7 go/VERB/VB/xcomp@5',
      'Seoul/PROPN/NNP/nsubj@2 pleaded/VERB/VBD/root@0 after/ADP/IN/case@4 envoys/NOUN/NNS/obl@2 fled/VERB/VBD/advcl@2',
    ]) {
      const t = tree(spec);
      assert.deepEqual(repairTokens(t.tokens)[4].deprel, t.tokens[4].deprel, spec);
    }
  });
});

describe('a past form after "and" read as a participle on a noun of the object', () => {
  it('makes it a conjunct of the verb whose object phrase holds the noun', () => {
    const t = tree('Lee/PROPN/NNP/nsubj@2 rejected/VERB/VBD/root@0 an/DET/DT/det@4 inquiry/NOUN/NN/obj@2 into/ADP/IN/case@7 the/DET/DT/det@7 riot/NOUN/NN/nmod@4 and/CCONJ/CC/cc@9 mocked/VERB/VBD/acl@7 critics/NOUN/NNS/obj@9');
    const repaired = repairTokens(t.tokens);
    assert.deepEqual([repaired[8].head, repaired[8].deprel], [1, 'conj']);
  });

  it('leaves a participle with no "and", and one on a noun that is no object of a past verb', () => {
    for (const spec of [
      'Lee/PROPN/NNP/nsubj@2 rejected/VERB/VBD/root@0 an/DET/DT/det@4 inquiry/NOUN/NN/obj@2 into/ADP/IN/case@7 the/DET/DT/det@7 riot/NOUN/NN/nmod@4 led/VERB/VBN/acl@7 by/ADP/IN/case@10 students/NOUN/NNS/obl@8',
      'Lee/PROPN/NNP/nsubj@2 rejects/VERB/VBZ/root@0 an/DET/DT/det@4 inquiry/NOUN/NN/obj@2 into/ADP/IN/case@7 the/DET/DT/det@7 riot/NOUN/NN/nmod@4 and/CCONJ/CC/cc@9 mocked/VERB/VBD/acl@7 critics/NOUN/NNS/obj@9',
      'The/DET/DT/det@2 inquiry/NOUN/NN/nsubj@6 into/ADP/IN/case@4 riots/NOUN/NNS/nmod@2 and/CCONJ/CC/cc@6 mocked/VERB/VBD/acl@4',
    ]) {
      const t = tree(spec);
      const repaired = repairTokens(t.tokens);
      assert.ok(repaired.every((token) => token.deprel !== 'conj'), spec);
    }
  });
});

describe('a clause after "after" with no auxiliary', () => {
  it('makes the noun the subject of an active verb with an object of its own', () => {
    const t = tree('Troops/NOUN/NNS/nsubj@2 fired/VERB/VBD/root@0 after/ADP/IN/case@4 gunmen/NOUN/NNS/obl@2 attacked/VERB/VBD/advcl@2 posts/NOUN/NNS/obj@5');
    const repaired = repairTokens(t.tokens);
    assert.deepEqual(repaired.slice(2, 5).map((token) => `${token.head}/${token.deprel}`), ['4/mark', '4/nsubj', '1/advcl']);
  });
});

describe('a participle read as a complement', () => {
  it('is a relative on a noun inside the object\'s phrase ("sought the release of a nurse kidnapped")', () => {
    const t = tree('Manila/PROPN/NNP/nsubj@2 sought/VERB/VBD/root@0 release/NOUN/NN/obj@2 of/ADP/IN/case@5 nurses/NOUN/NNS/nmod@3 kidnapped/VERB/VBN/xcomp@2');
    assert.deepEqual([repairTokens(t.tokens)[5].head, repairTokens(t.tokens)[5].deprel], [4, 'acl']);
  });

  it('stays the complement of the verb\'s own object ("had the men arrested")', () => {
    const t = tree('Police/NOUN/NNS/nsubj@2 had/VERB/VBD/root@0 men/NOUN/NNS/obj@2 arrested/VERB/VBN/xcomp@2');
    assert.equal(repairTokens(t.tokens)[3].deprel, 'xcomp');
  });
});

describe('a compound plural read as a verb after a verb with no object', () => {
  it('is that verb\'s object ("launched air strikes on ...")', () => {
    const t = tree('Jets/NOUN/NNS/nsubj@2 launched/VERB/VBD/root@0 air/NOUN/NN/nsubj@4 strikes/VERB/VBZ/ccomp@2 on/ADP/IN/case@6 camps/NOUN/NNS/obl@4');
    const repaired = repairTokens(t.tokens);
    assert.deepEqual(repaired.slice(2).map((token) => `${token.head}/${token.deprel}/${token.upos}`), ['3/compound/NOUN', '1/obj/NOUN', '5/case/ADP', '3/nmod/NOUN']);
  });

  it('leaves a present verb with an object of its own ("the army strikes rebels")', () => {
    const t = tree('Officials/NOUN/NNS/nsubj@2 said/VERB/VBD/root@0 army/NOUN/NN/nsubj@4 strikes/VERB/VBZ/ccomp@2 rebels/NOUN/NNS/obj@4');
    assert.equal(repairTokens(t.tokens)[3].upos, 'VERB');
  });
});

describe('the "by" phrase of a passive read as its object', () => {
  it('is the agent, with "by" on its head noun ("was criticised by aid groups")', () => {
    const t = tree('Nepal/PROPN/NNP/nsubj:pass@3 was/AUX/VBD/aux:pass@3 criticised/VERB/VBN/root@0 by/ADP/IN/case@5 aid/NOUN/NN/compound@6 groups/NOUN/NNS/obj@3 and/CCONJ/CC/cc@9 by/ADP/IN/case@9 Tokyo/PROPN/NNP/conj@6');
    const repaired = createTree({ ...t, start: 0, end: 0, tokens: repairTokens(t.tokens) });
    assert.deepEqual([repaired.tokens[5].deprel, repaired.head(3), repaired.markers(5)], ['obl:agent', 5, ['by']]);
  });

  it('leaves the object of an active verb alone ("backed aid groups")', () => {
    const t = tree('Nepal/PROPN/NNP/nsubj@2 backed/VERB/VBD/root@0 aid/NOUN/NN/compound@4 groups/NOUN/NNS/obj@2');
    assert.deepEqual(repairTokens(t.tokens), t.tokens);
  });
});

describe('a participle before its "by" phrase read as the adjective of the agent', () => {
  it('is a relative on the noun before it, the "by" noun its agent ("a referendum denounced by opposition parties")', () => {
    const t = tree('Ankara/PROPN/NNP/nsubj@2 held/VERB/VBD/root@0 a/DET/DT/det@4 referendum/NOUN/NN/obj@2 denounced/VERB/VBN/amod@8 by/ADP/IN/case@7 opposition/NOUN/NN/compound@8 parties/NOUN/NNS/obj@2');
    const repaired = createTree({ ...t, start: 0, end: 0, tokens: repairTokens(t.tokens) });
    assert.deepEqual([repaired.head(4), repaired.tokens[4].deprel, repaired.head(7), repaired.tokens[7].deprel, repaired.markers(7)], [3, 'acl', 4, 'obl:agent', ['by']]);
  });

  it('leaves a participle that modifies the noun after it ("a UN-backed force", "the wounded soldiers")', () => {
    const t = tree('Chad/PROPN/NNP/nsubj@2 sent/VERB/VBD/root@0 the/DET/DT/det@5 wounded/VERB/VBN/amod@5 soldiers/NOUN/NNS/obj@2 home/ADV/RB/advmod@2');
    assert.deepEqual(repairTokens(t.tokens), t.tokens);
  });
});

describe('a participle clause between commas read as the root', () => {
  const spec = (participle: string, verb: string) =>
    `The/DET/DT/det@2 minister/NOUN/NN/nsubj@4 ,/PUNCT/,/punct@2 ${participle}/root@0 by/ADP/IN/case@7 opposition/NOUN/NN/compound@7 lawmakers/NOUN/NNS/obl:agent@4 ,/PUNCT/,/punct@10 angrily/ADV/RB/advmod@10 ${verb}/parataxis@4 the/DET/DT/det@12 charge/NOUN/NN/obj@10 ./PUNCT/./punct@4`;

  const link = (t: Tree, k: number) => `${t.tokens[k].deprel}@${t.head(k)}`;

  it('gives the root and the subject to the verb after it, the participle to the subject', () => {
    for (const participle of ['heckled/VERB/VBN', 'heckled/VERB/VBD']) {
      const t = tree(spec(participle, 'denied/VERB/VBD'));
      const repaired = createTree({ ...t, start: 0, end: 0, tokens: repairTokens(t.tokens) });
      assert.deepEqual([link(repaired, 9), link(repaired, 1), link(repaired, 3), link(repaired, 12)], ['root@-1', 'nsubj@9', 'acl@1', 'punct@9'], participle);
    }
  });

  it('leaves a participle with an auxiliary, a verb with a subject of its own, and a verb with no comma before it', () => {
    for (const t of [
      tree('The/DET/DT/det@2 minister/NOUN/NN/nsubj:pass@5 ,/PUNCT/,/punct@5 was/AUX/VBD/aux:pass@5 heckled/VERB/VBN/root@0 ,/PUNCT/,/punct@8 he/PRON/PRP/nsubj@8 denied/VERB/VBD/parataxis@5 it/PRON/PRP/obj@8'),
      tree('The/DET/DT/det@2 minister/NOUN/NN/nsubj@4 ,/PUNCT/,/punct@2 heckled/VERB/VBN/root@0 ,/PUNCT/,/punct@7 he/PRON/PRP/nsubj@7 denied/VERB/VBD/parataxis@4 it/PRON/PRP/obj@7'),
      tree('The/DET/DT/det@2 minister/NOUN/NN/nsubj@4 ,/PUNCT/,/punct@2 heckled/VERB/VBN/root@0 today/NOUN/NN/obl@4 denied/VERB/VBD/parataxis@4 it/PRON/PRP/obj@6'),
    ]) {
      assert.deepEqual(repairTokens(t.tokens), t.tokens);
    }
  });
});

describe('a name read as the compound of the dated period after it', () => {
  const repaired = (spec: string) => {
    const t = tree(spec);
    return createTree({ ...t, start: 0, end: 0, tokens: repairTokens(t.tokens) });
  };

  it('becomes the object of the verb, the period its bare time phrase ("will visit Chile next month")', () => {
    const t = repaired('Lula/PROPN/NNP/nsubj@3 will/AUX/MD/aux@3 visit/VERB/VB/root@0 Chile/PROPN/NNP/compound@6 next/ADJ/JJ/amod@6 month/NOUN/NN/obl:unmarked@3 ./PUNCT/./punct@3');
    assert.deepEqual([t.dependents(2, 'obj'), t.dependents(2, 'obl:unmarked'), t.dependents(5, 'amod')], [[3], [5], [4]]);
  });

  it('takes the preposition of the period\'s phrase ("will fly to Peru this week")', () => {
    const t = repaired('Envoys/NOUN/NNS/nsubj@3 will/AUX/MD/aux@3 fly/VERB/VB/root@0 to/ADP/IN/case@7 Peru/PROPN/NNP/compound@7 this/DET/DT/det@7 week/NOUN/NN/obl@3');
    assert.deepEqual([t.tokens[4].head, t.tokens[4].deprel, t.markers(4), t.tokens[6].head, t.tokens[6].deprel, t.dependents(6, 'det')], [2, 'obl', ['to'], 2, 'obl:unmarked', [5]]);
  });

  it('leaves a compound with no dating word between ("the Gulf war year") and a common noun before the period', () => {
    const a = tree('They/PRON/PRP/nsubj@2 recalled/VERB/VBD/root@0 the/DET/DT/det@6 Gulf/PROPN/NNP/compound@6 war/NOUN/NN/compound@6 year/NOUN/NN/obj@2');
    assert.deepEqual(repairTokens(a.tokens), a.tokens);
    const b = tree('Oil/NOUN/NN/nsubj@2 rose/VERB/VBD/root@0 for/ADP/IN/case@6 delivery/NOUN/NN/compound@6 next/ADJ/JJ/amod@6 month/NOUN/NN/obl@2');
    assert.deepEqual(repairTokens(b.tokens), b.tokens);
  });
});

describe('a present verb read as a plural noun before an infinitive', () => {
  it('is the verb, with the infinitive its complement ("the premier pledges/NNS to open an inquiry")', () => {
    const t = tree('The/DET/DT/det@2 premier/NOUN/NN/nsubj@3 pledges/NOUN/NNS/root@0 to/PART/TO/mark@5 open/VERB/VB/acl@3 an/DET/DT/det@7 inquiry/NOUN/NN/obj@5');
    // handParsed lemmas are the forms; the lemmatizer gives a plural noun its singular.
    const repaired = repairTokens(t.tokens.map((token, k) => (k === 2 ? { ...token, lemma: 'pledge' } : token)));
    assert.deepEqual([repaired[2].upos, repaired[2].head, repaired[4].head, repaired[4].deprel, repaired[1].head], ['VERB', -1, 2, 'xcomp', 2]);
  });

  it('makes a headline noun phrase with no subject of its own the subject of the infinitive ("Kenyan leaders to meet")', () => {
    const t = tree('Kenyan/ADJ/JJ/amod@2 leaders/NOUN/NNS/root@0 to/PART/TO/mark@4 meet/VERB/VB/acl@2 rebels/NOUN/NNS/obj@4');
    const repaired = repairTokens(t.tokens.map((token, k) => (k === 1 ? { ...token, lemma: 'leader' } : token)));
    assert.deepEqual([repaired[3].head, repaired[1].head, repaired[1].deprel, repaired[1].upos], [-1, 3, 'nsubj', 'NOUN']);
  });
});

describe('a participle read as the verb of the noun before it ("workers hurt in X were flown home")', () => {
  it('makes the later clause the verb, the noun its subject and the participle a modifier of the noun', () => {
    const t = tree('Two/NUM/CD/nummod@2 workers/NOUN/NNS/nsubj@3 hurt/VERB/VBD/root@0 in/ADP/IN/case@5 Chad/PROPN/NNP/obl@3 were/AUX/VBD/aux:pass@7 flown/VERB/VBN/conj@3 home/ADV/RB/advmod@7');
    const tokens = [...t.tokens];
    repairParticipleSubject(tokens);
    assert.deepEqual(tokens.map((token) => `${token.head}:${token.deprel}`), ['1:nummod', '6:nsubj:pass', '1:acl', '4:case', '2:obl', '6:aux:pass', '-1:root', '6:advmod']);
  });

  it('leaves a verb with an object, and one that governs a clause', () => {
    const a = tree('Police/NOUN/NNS/nsubj@2 hurt/VERB/VBD/root@0 two/NUM/CD/nummod@4 men/NOUN/NNS/obj@2 who/PRON/WP/nsubj@7 were/AUX/VBD/aux@7 fleeing/VERB/VBG/acl:relcl@4');
    const tokensA = [...a.tokens];
    repairParticipleSubject(tokensA);
    assert.deepEqual(tokensA, a.tokens);
    const b = tree('Witnesses/NOUN/NNS/nsubj@2 said/VERB/VBD/root@0 people/NOUN/NNS/nsubj:pass@5 were/AUX/VBD/aux:pass@5 hurt/VERB/VBN/ccomp@2');
    const tokensB = [...b.tokens];
    repairParticipleSubject(tokensB);
    assert.deepEqual(tokensB, b.tokens);
  });
});

describe('a clause opened by a time noun and "after" read as the main clause', () => {
  it('makes the clause an adverbial clause of the main clause after the comma ("A day after gunmen abducted two engineers, troops surrounded the village")', () => {
    const t = tree('A/DET/DT/det@2 day/NOUN/NN/nsubj@5 after/ADP/IN/case@4 gunmen/NOUN/NNS/nmod@2 abducted/VERB/VBD/root@0 two/NUM/CD/nummod@7 engineers/NOUN/NNS/obj@5 ,/PUNCT/,/punct@10 troops/NOUN/NNS/nsubj@10 surrounded/VERB/VBD/ccomp@5 the/DET/DT/det@12 village/NOUN/NN/obj@10');
    const repaired = createTree({ ...t, start: 0, end: 0, tokens: repairTokens(t.tokens) });
    assert.equal(repaired.root, 9);
    assert.deepEqual([repaired.head(4), repaired.tokens[4].deprel], [9, 'advcl']);
    assert.deepEqual([repaired.head(3), repaired.tokens[3].deprel], [4, 'nsubj']);
    assert.deepEqual([repaired.head(2), repaired.tokens[2].deprel], [4, 'mark']);
  });

  it('leaves a time noun that is the subject with no "after" phrase ("A day of talks ended, officials said")', () => {
    const t = tree('A/DET/DT/det@2 day/NOUN/NN/nsubj@5 of/ADP/IN/case@4 talks/NOUN/NNS/nmod@2 ended/VERB/VBD/root@0 ,/PUNCT/,/punct@8 officials/NOUN/NNS/nsubj@8 said/VERB/VBD/parataxis@5');
    assert.deepEqual(repairTokens(t.tokens), t.tokens);
  });
});

describe('the "by" phrase of a passive hung on its resultative complement', () => {
  it('goes to the verb as its agent ("was shot dead by troops")', () => {
    const t = tree('A/DET/DT/det@2 man/NOUN/NN/nsubj:pass@4 was/AUX/VBD/aux:pass@4 shot/VERB/VBN/root@0 dead/ADJ/JJ/xcomp@4 by/ADP/IN/case@8 Indian/ADJ/JJ/amod@8 troops/NOUN/NNS/obl@5');
    const repaired = createTree({ ...t, start: 0, end: 0, tokens: repairTokens(t.tokens) });
    assert.deepEqual([repaired.head(7), repaired.tokens[7].deprel], [3, 'obl:agent']);
  });

  it('leaves a "by" phrase on the complement of an active verb ("found him dead by the road")', () => {
    const t = tree('Police/NOUN/NNS/nsubj@2 found/VERB/VBD/root@0 him/PRON/PRP/obj@2 dead/ADJ/JJ/xcomp@2 by/ADP/IN/case@7 the/DET/DT/det@7 road/NOUN/NN/obl@4');
    assert.deepEqual(repairTokens(t.tokens), t.tokens);
  });
});

describe('"with visiting X" read as a gerund clause', () => {
  it('makes X the "with" phrase of the verb, "visiting" its modifier ("Ghana met with visiting Togolese officials")', () => {
    const t = tree('Ghana/PROPN/NNP/nsubj@2 met/VERB/VBD/root@0 with/SCONJ/IN/mark@4 visiting/VERB/VBG/advcl@2 Togolese/ADJ/JJ/amod@6 officials/NOUN/NNS/obj@4 on/ADP/IN/case@8 Friday/PROPN/NNP/obl@4');
    const repaired = createTree({ ...t, start: 0, end: 0, tokens: repairTokens(t.tokens) });
    assert.deepEqual([repaired.head(5), repaired.tokens[5].deprel, repaired.head(2), repaired.tokens[2].deprel, repaired.head(3), repaired.tokens[3].deprel, repaired.head(7)], [1, 'obl', 5, 'case', 5, 'amod', 1]);
  });

  it('leaves a gerund clause with a subject of its own', () => {
    const t = tree('Ghana/PROPN/NNP/nsubj@2 met/VERB/VBD/root@0 with/SCONJ/IN/mark@5 officials/NOUN/NNS/nsubj@5 visiting/VERB/VBG/advcl@2 Togo/PROPN/NNP/obj@5');
    assert.deepEqual(repairTokens(t.tokens), t.tokens);
  });
});
