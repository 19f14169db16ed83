import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { makeEvent } from '../../test/store-helpers.ts';
import { classifyStatus } from '../core/status-class.ts';
import { chooseGroup, DEFAULT_MERGE_OPTIONS, eventDay, mergeKey, placeInMergedEvent, type MergeGroup } from './merge.ts';
import type { StoreWriter } from './store.ts';

const group = (id: number, firstDay: string, lastDay: string, overrides: Partial<MergeGroup> = {}): MergeGroup => ({
  id,
  source: 'IRNGOV',
  target: 'USA',
  family: '03',
  statusClass: 'actual',
  firstDay,
  lastDay,
  ...overrides,
});

describe('classifyStatus', () => {
  for (const [status, expected] of [
    [{}, 'actual'],
    [{ polarity: 'negative' as const, historical: true }, 'negated'],
    [{ historical: true, conditional: true }, 'historical'],
    [{ conditional: true, modality: 'intended' as const }, 'conditional'],
    [{ modality: 'speculative' as const }, 'speculative'],
    [{ reported: true }, 'actual'],
  ] as const) {
    it(`classes ${JSON.stringify(status)} as ${expected}`, () => {
      assert.equal(classifyStatus(makeEvent('e', 'IRNGOV', 'USA', '036', { status })), expected);
    });
  }
});

describe('mergeKey', () => {
  it('uses the CAMEO root as the family by default, the full code on request', () => {
    const event = makeEvent('e', 'IRNGOV', 'USA', '036');
    assert.equal(mergeKey(event, '2026-11-26')?.family, '03');
    assert.equal(mergeKey(event, '2026-11-26', { family: 'code', windowDays: 2 })?.family, '036');
  });

  it('places an event on its own date before the publication date', () => {
    assert.equal(eventDay(makeEvent('e', 'A', 'B', '036', { date: '2026-11-20' }), '2026-11-26'), '2026-11-20');
    assert.equal(eventDay(makeEvent('e', 'A', 'B', '036', { date: '2018' }), '2026-11-26'), null);
  });

  it('gives no key to an event without a target or a day', () => {
    assert.equal(mergeKey(makeEvent('e', 'IRNGOV', 'USA', '036', { target: [] }), '2026-11-26'), null);
    assert.equal(mergeKey(makeEvent('e', 'IRNGOV', 'USA', '036'), undefined), null);
  });
});

describe('chooseGroup', () => {
  const key = { source: 'IRNGOV', target: 'USA', family: '03', statusClass: 'actual' as const, day: '2026-11-26' };

  it('joins the group whose first day is closest', () => {
    assert.equal(chooseGroup(key, [group(1, '2026-11-24', '2026-11-24'), group(2, '2026-11-25', '2026-11-26')])?.id, 2);
  });

  it('does not let a group grow past the window', () => {
    assert.equal(chooseGroup(key, [group(1, '2026-11-23', '2026-11-25')]), null);
    assert.equal(chooseGroup(key, [group(1, '2026-11-24', '2026-11-25')])?.id, 1);
  });

  it('never joins a group of another status class, even on the same day', () => {
    assert.equal(chooseGroup(key, [group(1, '2026-11-26', '2026-11-26', { statusClass: 'negated' })]), null);
  });
});

describe('placeInMergedEvent', () => {
  /** A writer holding merged events in a list, recording what the service asks of it. */
  function listWriter(groups: MergeGroup[]) {
    const calls: string[] = [];
    const writer = {
      findMergedEvents: async (_key: unknown, fromDay: string, toDay: string) => {
        calls.push(`find ${fromDay}..${toDay}`);
        return groups.filter((stored) => stored.firstDay >= fromDay && stored.firstDay <= toDay);
      },
      insertMergedEvent: async (merged: { firstDay: string | null }) => {
        calls.push(`insert ${merged.firstDay}`);
        return 100;
      },
      widenMergedEvent: async (id: number, firstDay: string, lastDay: string) => void calls.push(`widen ${id} ${firstDay}..${lastDay}`),
    } as unknown as StoreWriter;
    return { writer, calls };
  }

  it('widens the group it joins, looking only within the window', async () => {
    const { writer, calls } = listWriter([group(1, '2026-11-25', '2026-11-25')]);
    assert.equal(await placeInMergedEvent(writer, makeEvent('e', 'IRNGOV', 'USA', '036'), '2026-11-26', DEFAULT_MERGE_OPTIONS), 1);
    assert.deepEqual(calls, ['find 2026-11-24..2026-11-28', 'widen 1 2026-11-25..2026-11-26']);
  });

  it('starts a group when none fits, and a group of its own for an event without a day', async () => {
    const { writer, calls } = listWriter([]);
    assert.equal(await placeInMergedEvent(writer, makeEvent('e', 'IRNGOV', 'USA', '036'), '2026-11-26', DEFAULT_MERGE_OPTIONS), 100);
    assert.equal(await placeInMergedEvent(writer, makeEvent('e', 'IRNGOV', 'USA', '036'), undefined, DEFAULT_MERGE_OPTIONS), 100);
    assert.deepEqual(calls, ['find 2026-11-24..2026-11-28', 'insert 2026-11-26', 'insert null']);
  });
});
