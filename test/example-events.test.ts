import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createCoder } from '../src/coder.ts';
import type { Event } from '../src/core/event.ts';

const text = readFileSync(new URL('../examples/iran-us-talks.txt', import.meta.url), 'utf8');
const doc = createCoder().code(text, { id: 'iran-us-talks', published: '2026-11-26' });
const events = doc.events ?? [];

const countries = (actors: Event['source']) => actors.map((actor) => actor.country);
const sentenceOf = (event: Event) => text.slice(doc.sentences![event.sentence].start, doc.sentences![event.sentence].end);
const describe_ = (event: Event) => `${event.cameo.code} ${event.trigger.text} ${countries(event.source)} -> ${countries(event.target)}`;
const listing = () => events.map(describe_).join('\n');

/** Events of the sentence that contains `words`. */
function eventsIn(words: string): Event[] {
  return events.filter((event) => sentenceOf(event).includes(words));
}

describe('the example report: events', () => {
  it('codes Iran (government) → United States, CAMEO 036, PLOVER AGREE, conditional on talks free from threats', () => {
    const event = events.find((e) => e.cameo.code === '036' && countries(e.source).includes('IRN') && countries(e.target).includes('USA'));
    assert.ok(event, `no IRN → USA 036 event among:\n${listing()}`);
    assert.ok(event.source.some((actor) => actor.sector === 'GOV'));
    assert.equal(event.plover?.type, 'AGREE');
    assert.equal(event.status.conditional, true);
    assert.ok(event.status.condition, 'the condition has a span');
    const condition = text.slice(event.status.condition.start, event.status.condition.end);
    assert.ok(condition.includes('free from threats, coercion, and what he described as unreasonable expectations'), condition);
    assert.equal(event.status.polarity, 'positive');
    assert.equal(event.status.historical, false);
  });

  it('codes the regional governments\' appeal to Iran to negotiate (CAMEO 02 family), reported', () => {
    const appeals = events.filter((e) => e.cameo.root === '02' && e.source.some((a) => a.sector === 'GOV' && a.country === null) && countries(e.target).includes('IRN'));
    const event = appeals.find((e) => e.cameo.code === '026');
    assert.ok(event, `no appeal to meet or negotiate by regional governments to Iran among:\n${listing()}`);
    for (const appeal of appeals) assert.equal(appeal.status.reported, true, describe_(appeal));
  });

  it('codes the US president\'s proposal to Iran (CAMEO 03 family), reported', () => {
    const event = events.find((e) => e.cameo.root === '03' && countries(e.source).includes('USA') && countries(e.target).includes('IRN'));
    assert.ok(event, `no USA → IRN proposal among:\n${listing()}`);
    assert.ok(event.source.some((actor) => actor.code === 'USAGOV'));
    assert.equal(event.status.reported, true);
  });

  it('codes the reimposition of US sanctions on Iran as CAMEO 163, historical, with the crosswalk\'s PLOVER type', () => {
    const event = events.find((e) => e.cameo.code === '163' && countries(e.source).includes('USA') && countries(e.target).includes('IRN'));
    assert.ok(event, `no USA → IRN 163 event among:\n${listing()}`);
    assert.equal(event.plover?.type, 'COERCE');
    assert.equal(event.status.historical, true);
    assert.ok(event.status.anchor, 'the background has an anchor span');
  });

  for (const words of ['analysts believe', 'International observers note', 'Experts say', 'any future talks would face']) {
    it(`codes nothing as actual, positive and new in the sentence with "${words}"`, () => {
      for (const event of eventsIn(words)) {
        const asserted = event.status.polarity === 'positive' && event.status.modality === 'actual' && !event.status.historical;
        assert.ok(!asserted, `asserted event in a sentence of opinion: ${describe_(event)}`);
      }
    });
  }

  it('gives negative polarity to what "US officials have not publicly responded" codes', () => {
    const found = eventsIn('have not publicly responded');
    for (const event of found) assert.equal(event.status.polarity, 'negative', describe_(event));
  });

  it('gives every event the evidence behind it: a trigger span, a rule and deterministic id', () => {
    assert.ok(events.length > 0);
    const again = createCoder().code(text, { id: 'iran-us-talks', published: '2026-11-26' }).events ?? [];
    assert.deepEqual(again.map((e) => e.id), events.map((e) => e.id));
    for (const event of events) {
      assert.equal(text.slice(event.trigger.start, event.trigger.end), event.trigger.text);
      assert.ok(event.rule.length > 0);
      for (const actor of [...event.source, ...event.target]) assert.equal(text.slice(actor.start, actor.end), actor.text);
    }
    const keys = events.map((e) => [e.sentence, e.trigger.start, e.trigger.end, e.cameo.code, e.source.map((a) => a.code), e.target.map((a) => a.code)].join('|'));
    assert.equal(new Set(keys).size, keys.length, 'no duplicate events');
  });
});
