import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { handParsed } from '../../testing/hand-parsed.ts';
import { createTree } from '../../syntax/tree.ts';
import { loadStatusCues } from '../cues.ts';
import { createDocumentTimes } from '../dates.ts';
import { judgeStatus } from '../status.ts';

// One judgement per test, on a tree written by hand (form/UPOS/XPOS/deprel@head, 1-based heads).
const cues = loadStatusCues();

// published: null codes the sentence with no publication date.
function judge(spec: string, trigger: string, published: string | null = '2026-11-26') {
  const doc = handParsed([spec], published ? { published } : {});
  const tree = createTree(doc.sentences![0]);
  const index = tree.tokens.findIndex((token) => token.form === trigger);
  return judgeStatus({ doc, tree, sentence: 0, trigger: index, mentions: [], times: createDocumentTimes(doc) }, cues);
}

describe('status judgements on hand-built trees', () => {
  it('negation: "not" on the event\'s verb', () => {
    const { status } = judge('Iran/PROPN/NNP/nsubj@4 did/AUX/VBD/aux@4 not/PART/RB/advmod@4 negotiate/VERB/VB/root@0 ./PUNCT/./punct@4', 'negotiate');
    assert.equal(status.polarity, 'negative');
    assert.equal(status.evidence.polarity?.rule, 'negation:not');
  });

  it('attribution: the event is the complement of "say"', () => {
    const { status } = judge('Officials/NOUN/NNS/nsubj@2 say/VERB/VBP/root@0 Iran/PROPN/NNP/nsubj@4 negotiated/VERB/VBD/ccomp@2 ./PUNCT/./punct@2', 'negotiated');
    assert.equal(status.reported, true);
    assert.equal(status.speaker?.text, 'Officials');
  });

  it('condition: an "if" clause of the event', () => {
    const { status } = judge('Iran/PROPN/NNP/nsubj@3 will/AUX/MD/aux@3 negotiate/VERB/VB/root@0 if/SCONJ/IN/mark@6 attacks/NOUN/NNS/nsubj@6 stop/VERB/VBP/advcl@3 ./PUNCT/./punct@3', 'negotiate');
    assert.equal(status.conditional, true);
    assert.equal(status.modality, 'future');
  });

  it('modality: "might" makes the event hypothetical', () => {
    const { status } = judge('Iran/PROPN/NNP/nsubj@3 might/AUX/MD/aux@3 negotiate/VERB/VB/root@0 ./PUNCT/./punct@3', 'negotiate');
    assert.equal(status.modality, 'hypothetical');
  });

  it('history: a pluperfect alone is no background (it tells the days before the news as often as earlier years)', () => {
    const { status } = judge('Iran/PROPN/NNP/nsubj@3 had/AUX/VBD/aux@3 negotiated/VERB/VBN/root@0 ./PUNCT/./punct@3', 'negotiated');
    assert.equal(status.historical, false, JSON.stringify(status.evidence));
  });

  it('history: with no publication date, a bare earlier year of a past event is background', () => {
    const { status } = judge('Britain/PROPN/NNP/nsubj@2 imposed/VERB/VBD/root@0 sanctions/NOUN/NNS/obj@2 on/ADP/IN/case@5 Libya/PROPN/NNP/nmod@3 in/ADP/IN/case@7 1992/NUM/CD/obl@2 ./PUNCT/./punct@2', 'imposed', null);
    assert.equal(status.historical, true);
    assert.equal(status.evidence.historical?.rule, 'year:1992');
  });

  it('history: with no publication date, "last year\'s" before a noun event is background', () => {
    const { status } = judge("A/DET/DT/det@2 court/NOUN/NN/nsubj@3 jailed/VERB/VBD/root@0 him/PRON/PRP/obj@3 for/ADP/IN/case@7 his/PRON/PRP$/nmod:poss@7 role/NOUN/NN/obl@3 in/ADP/IN/case@12 last/ADJ/JJ/amod@10 year/NOUN/NN/nmod:poss@12 's/PART/POS/case@10 bombing/NOUN/NN/nmod@7 ./PUNCT/./punct@3", 'bombing', null);
    assert.equal(status.historical, true);
    assert.equal(status.evidence.historical?.rule, 'year-back:last');
  });

  it('history: "during the last year" is the months up to now, no background', () => {
    const { status } = judge('Rebels/NOUN/NNS/nsubj@3 have/AUX/VBP/aux@3 kidnapped/VERB/VBN/root@0 aid/NOUN/NN/compound@5 workers/NOUN/NNS/obj@3 during/ADP/IN/case@9 the/DET/DT/det@9 last/ADJ/JJ/amod@9 year/NOUN/NN/obl@3 ./PUNCT/./punct@3', 'kidnapped', null);
    assert.equal(status.historical, false, JSON.stringify(status.evidence));
  });

  it('dates: a bare weekday in a past report is the last one before publication', () => {
    const result = judge('Iran/PROPN/NNP/nsubj@2 negotiated/VERB/VBD/root@0 on/ADP/IN/case@4 Monday/PROPN/NNP/obl@2 ./PUNCT/./punct@2', 'negotiated');
    assert.equal(result.date, '2026-11-23');
  });

  it('dates: an actual event with no time expression is dated by publication', () => {
    const result = judge('Iran/PROPN/NNP/nsubj@2 negotiated/VERB/VBD/root@0 ./PUNCT/./punct@2', 'negotiated');
    assert.equal(result.date, '2026-11-26');
  });
});
