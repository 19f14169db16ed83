import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { reducedRelativeTagRepairs } from './reduced-relative-tags.ts';

const words = (spec: string) => {
  const parts = spec.split(' ').map((word) => word.split('/'));
  return [parts.map(([form]) => form), parts.map(([, upos]) => upos), parts.map(([, , xpos]) => xpos)] as const;
};

describe('tags of a participle after its noun ("workers kidnapped last week were freed")', () => {
  it('makes the past form a participle when the clause goes on with a finite auxiliary', () => {
    const [forms, upos, xpos] = words('Two/NUM/CD workers/NOUN/NNS kidnapped/VERB/VBD last/ADJ/JJ week/NOUN/NN in/ADP/IN Chad/PROPN/NNP were/AUX/VBD freed/VERB/VBN');
    assert.deepEqual([...reducedRelativeTagRepairs(forms, upos, xpos)], [[2, 'VERB\tVBN']]);
  });

  it('leaves a past tense with an object, a clause, another verb, or a verb of no harm done', () => {
    for (const spec of [
      'Troops/NOUN/NNS killed/VERB/VBD two/NUM/CD rebels/NOUN/NNS who/PRON/WP were/AUX/VBD armed/ADJ/JJ',
      'Rebels/NOUN/NNS attacked/VERB/VBD on/ADP/IN Monday/PROPN/NNP as/SCONJ/IN troops/NOUN/NNS were/AUX/VBD leaving/VERB/VBG',
      'Witnesses/NOUN/NNS said/VERB/VBD at/ADP/IN least/ADJ/JJS four/NUM/CD people/NOUN/NNS were/AUX/VBD killed/VERB/VBN',
      'Police/NOUN/NNS arrested/VERB/VBD ,/PUNCT/, and/CCONJ/CC were/AUX/VBD praised/VERB/VBN',
    ]) {
      const [forms, upos, xpos] = words(spec);
      assert.equal(reducedRelativeTagRepairs(forms, upos, xpos).size, 0, spec);
    }
  });
});
