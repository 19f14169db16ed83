import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createCoder } from '../src/coder.ts';

// What the status makes of the code (src/events/stage.ts recodeByStatus), through the whole pipeline.
const coder = createCoder();
const codeAt = (text: string, word: string) => coder.code(text, { published: '2026-11-26' }).events?.find((event) => event.trigger.text.includes(word))?.cameo.code;

describe('status and code', () => {
  it('force its own side announces for the future is a threat', () => {
    assert.match(codeAt('Israel will attack the rebel camps in Lebanon.', 'attack') ?? '', /^13/);
  });

  it('force others expect or plan stays force, intended: nobody threatened', () => {
    assert.match(codeAt('British troops moved north to free up American forces for a widely expected attack on the city.', 'attack') ?? '', /^19/);
  });

  it('cooperation that may come, or comes on a condition, is an intent (PLOVER AGREE); an undecided question is not', () => {
    assert.match(codeAt('The Greek and Cypriot leaders could meet in Athens next month.', 'meet') ?? '', /^03/);
    assert.match(codeAt('Bolivia would resume talks with Chile once the border dispute is settled.', 'talks') ?? '', /^03/);
    assert.match(codeAt('The Mexican Senate will debate whether the Mexican ambassador should resign.', 'resign') ?? '', /^08/);
  });

  it('a planned act in the present with its day is scheduled; a deed in the headline present is not', () => {
    const statusAt = (text: string, word: string) => coder.code(text, { published: '2026-11-26' }).events?.find((event) => event.trigger.text.includes(word))?.status.modality;
    assert.equal(statusAt('The Polish president meets the Lithuanian president in Vilnius on Friday.', 'meets'), 'future');
    assert.equal(statusAt('Turkish troops shell Kurdish militant positions on Monday.', 'shell'), 'actual');
    // A plural subject's present tagged as the base form, and a present verb tagged as a plural noun.
    assert.equal(statusAt('Chile and Peru sign a trade pact in Lima on Thursday.', 'sign'), 'future');
    assert.equal(statusAt('The Kenyan president hosts his Ugandan counterpart at a summit on Friday.', 'hosts'), 'future');
  });

  it('a refused act is a refusal (12); a denied one keeps its code and is negated', () => {
    const eventAt = (text: string, word: string) => coder.code(text, { published: '2026-11-26' }).events?.find((event) => event.trigger.text.includes(word));
    assert.match(codeAt('Ukraine declined to send troops to the Balkans.', 'send') ?? '', /^12/);
    const denied = eventAt('Belarus denied sending troops into Moldova.', 'sending');
    assert.match(denied?.cameo.code ?? '', /^06/);
    assert.equal(denied?.status.polarity, 'negative');
    assert.equal(eventAt('Armenia denied it had sent weapons to the rebels.', 'sent')?.status.polarity, 'negative');
  });
});
