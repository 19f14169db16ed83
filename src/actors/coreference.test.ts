import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createGazetteer } from './gazetteer/index.ts';
import { agent, handParsed, name } from '../testing/hand-parsed.ts';
import { findMentions } from './stage.ts';

const gazetteer = createGazetteer({
  names: [
    name('Iran', 'IRN'),
    name('Iranian', 'IRN', { type: 'demonym', actor: 'Iran' }),
    name('Tehran', 'IRN', { type: 'capital', actor: 'Iran' }),
    name('US', 'USA', { type: 'alias', caseSensitive: true, actor: 'United States' }),
    name('Masoud Pezeshkian', 'IRNGOV', { kind: 'person', actor: 'Masoud Pezeshkian', title: 'President', start: '2024-07-28', caseSensitive: true, group: 'pez' }),
    name('Pezeshkian', 'IRNGOV', { kind: 'person', type: 'surname', actor: 'Masoud Pezeshkian', title: 'President', start: '2024-07-28', caseSensitive: true, group: 'pez' }),
  ],
  agents: [agent('President', 'GOV'), agent('president', 'GOV'), agent('officials', 'GOV'), agent('minister', 'GOV'), agent('foreign minister', 'GOV'), agent('rebels', 'REB')],
});

const published = '2026-11-26';
const PEZESHKIAN = 'Iranian/ADJ President/PROPN Masoud/PROPN/nsubj@5 Pezeshkian/PROPN/flat@3 spoke/VERB/root@0';

/** The mention written `text` (the `nth` such), and the text of its antecedent. */
function link(sentences: string[], text: string, options: { dateline?: string; nth?: number } = {}) {
  const mentions = findMentions(handParsed(sentences, { published, dateline: options.dateline }), gazetteer);
  const mention = mentions.filter((m) => m.text === text)[options.nth ?? 0];
  assert.ok(mention, `no mention "${text}" in ${mentions.map((m) => m.text).join(', ')}`);
  return { code: mention.code, antecedent: mention.antecedent === undefined ? undefined : mentions[mention.antecedent].text };
}

describe('resolveCoreference', () => {
  it('links "he" to the person who is the subject of the previous sentence', () => {
    assert.deepEqual(link([PEZESHKIAN, 'He/PRON/nsubj@2 left/VERB/root@0'], 'He'), { code: 'IRNGOV', antecedent: 'Iranian President Masoud Pezeshkian' });
  });

  it('prefers the subject to a nearer object for "he"', () => {
    const sentence = 'Masoud/PROPN/nsubj@3 Pezeshkian/PROPN/flat@1 told/VERB/root@0 the/DET minister/NOUN/obj@3 what/PRON he/PRON/nsubj@8 wanted/VERB';
    assert.deepEqual(link([sentence], 'he'), { code: 'IRNGOV', antecedent: 'Masoud Pezeshkian' });
  });

  it('links "the country" to the country named before and gives "the country\'s foreign minister" its code', () => {
    const sentences = ['Tehran/PROPN —/PUNCT', "Officials/NOUN/NNS met/VERB the/DET country/NOUN 's/PART foreign/ADJ minister/NOUN"];
    assert.deepEqual(link(sentences, 'the country', { dateline: 'Tehran' }), { code: 'IRN', antecedent: 'Tehran' });
    assert.deepEqual(link(sentences, "the country 's foreign minister", { dateline: 'Tehran' }), { code: 'IRNGOV', antecedent: undefined });
  });

  it('links "the Iranian president" to the president named before', () => {
    assert.deepEqual(link([PEZESHKIAN, 'The/DET Iranian/ADJ president/NOUN/nsubj@4 left/VERB/root@0'], 'The Iranian president'), { code: 'IRNGOV', antecedent: 'Iranian President Masoud Pezeshkian' });
  });

  it('links "the president" to the president named before', () => {
    assert.deepEqual(link([PEZESHKIAN, 'the/DET president/NOUN/nsubj@3 left/VERB/root@0'], 'the president'), { code: 'IRNGOV', antecedent: 'Iranian President Masoud Pezeshkian' });
  });

  it('links a bare surname to the full name before it', () => {
    assert.deepEqual(link([PEZESHKIAN, 'Pezeshkian/PROPN/nsubj@2 left/VERB/root@0'], 'Pezeshkian'), { code: 'IRNGOV', antecedent: 'Iranian President Masoud Pezeshkian' });
  });

  it('gives an unknown surname the code of the titled full name before it', () => {
    const sentences = ['Iranian/ADJ President/PROPN Ali/PROPN/nsubj@5 Nobody/PROPN/flat@3 spoke/VERB/root@0', 'Nobody/PROPN/nsubj@2 left/VERB/root@0'];
    assert.deepEqual(link(sentences, 'Nobody'), { code: 'IRNGOV', antecedent: 'Iranian President Ali Nobody' });
  });

  it('links "they" to the plural actor before it', () => {
    assert.deepEqual(link(['Iranian/ADJ rebels/NOUN/NNS/nsubj@3 attacked/VERB/root@0', 'They/PRON/nsubj@2 fled/VERB/root@0'], 'They'), { code: 'IRNREB', antecedent: 'Iranian rebels' });
  });

  it('links "they" to an armed group of no country that is the subject, not to the captives of known country it holds', () => {
    // "Rebels holding two US officials said they talked with Iran": the rebels talked, not the officials.
    const sentence = 'Rebels/NOUN/NNS/nsubj@6 holding/VERB/acl@1 two/NUM/nummod@5 US/PROPN/compound@5 officials/NOUN/NNS/obj@2 said/VERB/root@0 they/PRON/nsubj@8 talked/VERB/ccomp@6';
    assert.equal(link([sentence], 'they').antecedent, 'Rebels');
  });

  it('still links "they" to a plural actor of known country when the only subject of no country is no armed group', () => {
    const sentence = 'officials/NOUN/NNS/nsubj@6 holding/VERB/acl@1 two/NUM/nummod@5 Iranian/ADJ/amod@5 rebels/NOUN/NNS/obj@2 said/VERB/root@0 they/PRON/nsubj@8 talked/VERB/ccomp@6';
    assert.deepEqual(link([sentence], 'they'), { code: 'IRNREB', antecedent: 'two Iranian rebels' });
  });

  it('links an object "them" after an armed group of no country to the captives of known country, not to the group', () => {
    // "Rebels seized two Iranian officials and threatened to kill them": the officials, not the rebels themselves.
    const sentence = 'Rebels/NOUN/NNS/nsubj@2 seized/VERB/root@0 two/NUM/nummod@5 Iranian/ADJ/amod@5 officials/NOUN/NNS/obj@2 and/CCONJ/cc@7 threatened/VERB/conj@2 to/PART/mark@9 kill/VERB/xcomp@7 them/PRON/obj@9';
    assert.deepEqual(link([sentence], 'them'), { code: 'IRNGOV', antecedent: 'two Iranian officials' });
  });

  it('links a possessive "their" after an armed group of no country to the victims of known country', () => {
    // "Two Iranian officials died when rebels attacked their car": the officials' car.
    const sentence = 'Two/NUM/nummod@3 Iranian/ADJ/amod@3 officials/NOUN/NNS/nsubj@4 died/VERB/root@0 when/SCONJ/mark@7 rebels/NOUN/NNS/nsubj@7 attacked/VERB/advcl@4 their/PRON/PRP$/nmod:poss@9 car/NOUN/obj@7';
    assert.deepEqual(link([sentence], 'their'), { code: 'IRNGOV', antecedent: 'Two Iranian officials' });
  });

  it('links a passive subject "they" after an armed group of no country to its captives', () => {
    // "Rebels holding two Iranian officials said they would be freed": the officials are freed.
    const sentence = 'Rebels/NOUN/NNS/nsubj@6 holding/VERB/acl@1 two/NUM/nummod@5 Iranian/ADJ/amod@5 officials/NOUN/NNS/obj@2 said/VERB/root@0 they/PRON/nsubj:pass@10 would/AUX/aux@10 be/AUX/aux:pass@10 freed/VERB/VBN/ccomp@6';
    assert.deepEqual(link([sentence], 'they'), { code: 'IRNGOV', antecedent: 'two Iranian officials' });
  });

  it('links no subject "they" of a relative clause to the noun the clause modifies', () => {
    // (Without the clause, "they" would take the nearest plural actor: "US officials".)
    const sentence = 'Tehran/PROPN/nsubj@2 urged/VERB/root@0 Iranian/ADJ rebels/NOUN/NNS/obj@2 to/PART free/VERB/xcomp@2 the/DET US/PROPN officials/NOUN/NNS/obj@6 they/PRON/nsubj@11 held/VERB/acl:relcl@9';
    assert.deepEqual(link([sentence], 'they'), { code: 'IRNREB', antecedent: 'Iranian rebels' });
  });

  it('links no object "them" to the subject of its own verb, nor to the subject it shares with a verb before it', () => {
    // "Iranian rebels seized US officials and freed them": "them" is the officials, not the rebels
    // (the subject is preferred otherwise: "them" would be "themselves").
    const sentence = 'Iranian/ADJ rebels/NOUN/NNS/nsubj@3 seized/VERB/root@0 US/PROPN officials/NOUN/NNS/obj@3 and/CCONJ/cc@7 freed/VERB/conj@3 them/PRON/obj@7';
    assert.deepEqual(link([sentence], 'them'), { code: 'USAGOV', antecedent: 'US officials' });
  });

  it('links no object of a bare participle to the subject of the clause it adjoins', () => {
    // "Iranian rebels criticised US officials, accusing them of lying": the rebels accuse the officials.
    const sentence = 'Iranian/ADJ rebels/NOUN/NNS/nsubj@3 criticised/VERB/root@0 US/PROPN officials/NOUN/NNS/obj@3 ,/PUNCT/punct@7 accusing/VERB/VBG/advcl@3 them/PRON/iobj@7 of/ADP/case@10 lying/NOUN/obl@7';
    assert.deepEqual(link([sentence], 'them'), { code: 'USAGOV', antecedent: 'US officials' });
  });

  it('links an object "them" to an earlier object before a nearer phrase taken by a preposition', () => {
    // "Iranian rebels mistook US officials for Iranian spies and freed them": the officials.
    const sentence = 'Iranian/ADJ rebels/NOUN/NNS/nsubj@3 mistook/VERB/root@0 US/PROPN officials/NOUN/NNS/obj@3 for/ADP/case@8 Iranian/ADJ/amod@8 officials/NOUN/NNS/obl@3 and/CCONJ/cc@10 freed/VERB/conj@3 them/PRON/obj@10';
    assert.deepEqual(link([sentence], 'them'), { code: 'USAGOV', antecedent: 'US officials' });
  });

  it('links "its" to the country before it', () => {
    assert.deepEqual(link(['Iran/PROPN/nsubj@2 closed/VERB/root@0 its/PRON/PRP$ borders/NOUN/NNS'], 'its'), { code: 'IRN', antecedent: 'Iran' });
  });

  it('drops a pronoun with no compatible antecedent', () => {
    const mentions = findMentions(handParsed(['They/PRON/nsubj@2 fled/VERB/root@0'], { published }), gazetteer);
    assert.deepEqual(mentions, []);
  });
});
