import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { makeEvent } from './store-helpers.ts';
import { eventPairHref } from '../web/src/pair-link.ts';

describe('eventPairHref (the dashboard\'s pair link of an event)', () => {
  it('links the full codes, so IGOEUN is not cut to IGO', () => {
    assert.equal(eventPairHref(makeEvent('e', 'IGOEUN', 'USAGOV', '036')), '/pair/IGOEUN/USAGOV');
  });

  it('gives no link without a source or a target', () => {
    const event = makeEvent('e', 'IRN', 'USA', '036');
    assert.equal(eventPairHref({ ...event, target: [] }), undefined);
  });
});
