import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument, makeEvent } from '../../test/store-helpers.ts';
import type { Event } from '../core/event.ts';
import type { DocumentFocus, EventLocation, PlaceMention } from '../core/place.ts';
import { contentHash } from './minhash.ts';
import { recountBy } from './breakdown-recount.ts';
import { BREAKDOWNS, EVENT_SORTS, type BreakdownRow, type DocumentRecord, type EventQuery, type EventStore } from './store.ts';

const LONG_REPORT =
  'Iranian President Masoud Pezeshkian has instructed the foreign minister to explore negotiations with the United States, ' +
  'provided that such talks take place in an atmosphere free from threats, coercion and unreasonable expectations, officials said on Tuesday in Tehran.';

/** Search input that is FTS5 syntax, or broken syntax, and must be read as plain words. */
const HOSTILE_TEXTS = [
  '"unbalanced',
  '"',
  '""',
  '*',
  'accused*',
  'NEAR(accused Iran)',
  'accused AND',
  'OR',
  'NOT accused',
  '(accused',
  '^accused',
  '-accused',
  'title:accused',
  '{title text}: accused',
  "'; DROP TABLE events; --",
  '\u0000',
  '   ',
];

function record(id: string, text: string, events: Event[] = [makeEvent(`${id}-e1`, 'IRNGOV', 'USA', '036')], published = '2026-11-26', outlet?: string): DocumentRecord {
  return { document: makeDocument(id, text, events, published), origin: `test:${id}`, outlet };
}

const FILTER_RECORDS = [
  record('a', 'Iran offered talks to the United States.', [makeEvent('a1', 'IRNGOV', 'USA', '036')], '2026-11-01'),
  record('b', 'The United States accused Iran.', [makeEvent('b1', 'USAGOV', 'IRN', '112')], '2026-11-10'),
  record('c', 'Iran denied meeting Britain.', [makeEvent('c1', 'IRN', 'GBR', '040', { status: { polarity: 'negative' } })], '2026-11-20'),
];

/** What a back end's test file can do beside the port, for the suite's tests that need it. */
export interface ConformanceOptions {
  /** Deletes events by id from the store opened last, outside the port (as an administrator's SQL would); without it, the deletions are not tested. */
  deleteEvents?: (ids: readonly string[]) => Promise<void>;
}

/** A breakdown's rows in one order, for comparing them whatever order ties came in. */
function byKey(rows: readonly BreakdownRow[]): BreakdownRow[] {
  return [...rows].sort((a, b) => String(a.key).localeCompare(String(b.key)));
}

/** Filters whose counts a store may keep rather than count: none, an actor either way, a pair, a root, a type, a status, undated only. */
const KEPT_COUNT_FILTERS: readonly EventQuery[] = [
  {},
  { source: 'IRN', eitherDirection: true },
  { source: 'USA', target: 'IRN', eitherDirection: true },
  { target: 'GBR' },
  { root: '03' },
  { ploverType: 'ACCUSE' },
  { status: ['reported', 'negated'] },
  { dated: false },
  { source: 'IRN', status: ['actual'], dated: true },
];

/**
 * Asserts that the store's counts (`counts().events`, `countEvents`, `countBy` by every breakdown) equal a fresh count
 * of the events `queryEvents` gives, for filters whose counts a store may keep; `step` names the moment in messages.
 */
export async function assertCountsAsRecounted(store: EventStore, step: string): Promise<void> {
  assert.equal((await store.counts()).events, (await store.queryEvents({})).length, `${step}: counts().events`);
  for (const query of KEPT_COUNT_FILTERS) {
    const events = await store.queryEvents(query);
    assert.equal(await store.countEvents(query), events.length, `${step}: countEvents(${JSON.stringify(query)})`);
    for (const by of BREAKDOWNS) {
      assert.deepEqual(byKey(await store.countBy(query, by, 1000)), byKey(recountBy(events, by)), `${step}: countBy(${JSON.stringify(query)}, ${by})`);
    }
  }
}

/**
 * The behaviour every `EventStore` back end must show, as one suite (as hono runs one router
 * suite against every router): call it from a test file with a function that opens an empty,
 * writable store.
 */
export function describeEventStore(name: string, openEmptyStore: () => EventStore | Promise<EventStore>, options: ConformanceOptions = {}): void {
  /** Runs `test` on a fresh store, closing it afterwards. */
  const withStore = (test: (store: EventStore) => Promise<void>) => async () => {
    const store = await openEmptyStore();
    try {
      await test(store);
    } finally {
      await store.close();
    }
  };
  const eventIds = async (store: EventStore, query: EventQuery) => (await store.queryEvents(query)).map((stored) => stored.event.id);

  describe(`EventStore conformance: ${name}`, () => {
    it(
      'counts nothing in an empty store',
      withStore(async (store) => {
        assert.deepEqual(await store.counts(), { documents: 0, sentences: 0, mentions: 0, events: 0, mergedEvents: 0, mergedGroups: 0, nearDuplicates: 0 });
        assert.deepEqual(await store.queryEvents({}), []);
        assert.deepEqual(await store.actorCounts(), []);
        assert.equal(await store.getDocument('none'), undefined);
      }),
    );

    it(
      'gives back a stored document with its sentences, mentions and events',
      withStore(async (store) => {
        const event = makeEvent('e1', 'IRNGOV', 'USA', '036', { date: '2026-11-25', status: { conditional: true, condition: { start: 30, end: 40 } } });
        await store.addDocuments([{ ...record('d1', LONG_REPORT, [event]), title: 'Talks', url: 'http://example.test/a', outlet: 'Wire' }]);
        const stored = await store.getDocument('d1');
        assert.ok(stored);
        assert.deepEqual(await store.getDocumentText('d1'), { text: LONG_REPORT, sentences: stored.document.sentences });
        assert.equal(await store.getDocumentText('none'), undefined);
        assert.equal(stored.document.text, LONG_REPORT);
        assert.equal(stored.document.published, '2026-11-26');
        assert.deepEqual(stored.document.events, [event]);
        assert.equal(stored.document.mentions?.[0].code, 'IRNGOV');
        assert.deepEqual(stored.document.sentences, [{ start: 0, end: LONG_REPORT.length, tokens: [] }]);
        assert.deepEqual([stored.title, stored.url, stored.outlet, stored.origin], ['Talks', 'http://example.test/a', 'Wire', 'test:d1']);
      }),
    );

    it(
      "gives back a stored document's place mentions and focus (the places layer), and none for a document without them",
      withStore(async (store) => {
        const tehran = LONG_REPORT.lastIndexOf('Tehran');
        const place: PlaceMention = {
          start: tehran, end: tehran + 6, text: 'Tehran', sentence: 0, cue: 'phrase', preposition: 'in', candidates: 1, choice: 'the only place of that name (test)',
          place: { name: 'Tehran', country: 'IRN', admin1: '26', lat: 35.69, lon: 51.42, geonameid: 112931, kind: 'city', population: 7153309 },
        };
        const focus: DocumentFocus = { country: { code: 'IRN', name: 'Iran', mentions: 1 }, city: { name: 'Tehran', country: 'IRN', geonameid: 112931, lat: 35.69, lon: 51.42, mentions: 1 } };
        const placed = record('p1', LONG_REPORT);
        placed.document = { ...placed.document, layers: [...placed.document.layers, 'places'], places: [place], focus };
        await store.addDocuments([placed, record('p2', 'Iran offered talks to the United States.')]);
        const stored = (await store.getDocument('p1'))?.document;
        assert.deepEqual(stored?.places, [place]);
        assert.deepEqual(stored?.focus, focus);
        assert.ok(stored?.layers.includes('places'));
        const bare = (await store.getDocument('p2'))?.document;
        assert.equal(bare?.places, undefined);
        assert.equal(bare?.focus, undefined);
        assert.ok(!bare?.layers.includes('places'));
      }),
    );

    it(
      'knows the content hashes of stored texts',
      withStore(async (store) => {
        await store.addDocuments([record('d1', LONG_REPORT)]);
        assert.deepEqual(await store.knownHashes([contentHash(LONG_REPORT), contentHash('another text')]), new Set([contentHash(LONG_REPORT)]));
      }),
    );

    it(
      'adds nothing when the same text is stored again, under any id',
      withStore(async (store) => {
        await store.addDocuments([record('d1', LONG_REPORT)]);
        const again = await store.addDocuments([record('d1', LONG_REPORT), record('other-id', LONG_REPORT)]);
        assert.equal(again.added, 0);
        assert.equal(again.duplicates, 2);
        const counts = await store.counts();
        assert.equal(counts.documents, 1);
        assert.equal(counts.events, 1);
      }),
    );

    it(
      'refuses a known id with a different text, naming where it came from',
      withStore(async (store) => {
        await store.addDocuments([record('d1', LONG_REPORT)]);
        const result = await store.addDocuments([record('d1', 'A different text altogether.')]);
        assert.equal(result.added, 0);
        assert.match(result.conflicts[0], /^test:d1: document id "d1" is stored already with a different text/);
      }),
    );

    it(
      'takes concurrent batches one after the other',
      withStore(async (store) => {
        const results = await Promise.all([store.addDocuments([record('a', LONG_REPORT)]), store.addDocuments([record('b', LONG_REPORT), record('c', 'Another report.')])]);
        assert.deepEqual(
          results.map((result) => [result.added, result.duplicates]),
          [
            [1, 0],
            [1, 1],
          ],
        );
        assert.equal((await store.counts()).documents, 2);
      }),
    );

    it(
      'counts by every breakdown what a fresh count of the events gives, after inserts, re-ingests, merges and deletions',
      withStore(async (store) => {
        const sameAsRecount = (step: string) => assertCountsAsRecounted(store, step);
        const first = [
          ...FILTER_RECORDS,
          record('r', 'Officials in Tehran said the envoy relayed an offer of talks.', [makeEvent('r1', 'IRNGOV', 'USA', '036', { status: { reported: true } })], '2026-11-02'),
          { document: makeDocument('u', 'Iran and Britain may talk again, at some point.', [makeEvent('u1', 'IRN', 'GBR', '040', { plover: null })]), origin: 'test:u' },
          record('n', 'Protesters gathered outside a ministry in Baghdad.', [{ ...makeEvent('n1', 'IRQ', 'IRQ', '141'), source: [], target: [] }], '2026-11-03'),
        ];
        await store.addDocuments(first);
        await sameAsRecount('after the first inserts');
        await store.addDocuments(first);
        await sameAsRecount('after re-ingesting the same documents');
        // reports of stored events a day later: merged into them
        await store.addDocuments([
          record('m1', 'Iran repeated its offer of talks to Washington on Monday.', [makeEvent('m1e', 'IRNGOV', 'USA', '036')], '2026-11-02'),
          record('m2', 'Washington again accused Tehran of stalling.', [makeEvent('m2e', 'USAGOV', 'IRN', '112')], '2026-11-11'),
        ]);
        assert.ok((await store.counts()).mergedGroups >= 2, 'the new reports merged with stored ones');
        await sameAsRecount('after merging reports');
        if (options.deleteEvents) {
          await options.deleteEvents(['b1', 'u1', 'm2e', 'n1']);
          assert.equal((await store.counts()).events, 4);
          await sameAsRecount('after deleting events');
        }
      }),
    );

    it(
      'merges reports of one event in two documents within the date window',
      withStore(async (store) => {
        await store.addDocuments([
          record('a', 'Iran said it would explore talks with Washington.', [makeEvent('a1', 'IRNGOV', 'USA', '036')], '2026-11-26', 'Wire A'),
          record('b', 'Tehran is ready to negotiate with the United States, its president said.', [makeEvent('b1', 'IRNGOV', 'USA', '031')], '2026-11-27', 'Wire B'),
          record('c', 'Iran again offered talks to the US, weeks later.', [makeEvent('c1', 'IRNGOV', 'USA', '036')], '2026-12-20', 'Wire A'),
        ]);
        const events = await store.queryEvents({});
        assert.equal(events.length, 3);
        const [a, b, c] = events;
        assert.equal(a.merged.id, b.merged.id);
        assert.notEqual(a.merged.id, c.merged.id);
        assert.deepEqual([a.merged.mentions, a.merged.documents, a.merged.outlets, a.merged.independentSources], [2, 2, 2, 2]);
        assert.deepEqual([a.merged.firstDay, a.merged.lastDay], ['2026-11-26', '2026-11-27']);
        const counts = await store.counts();
        assert.deepEqual([counts.mergedEvents, counts.mergedGroups], [2, 1]);
      }),
    );

    it(
      'stores a batch as it stores its documents one at a time: merges with stored and with its own reports, near-duplicates, actor counts',
      async () => {
        const first = record('a', LONG_REPORT, [makeEvent('a1', 'IRNGOV', 'USA', '036')], '2026-11-26', 'Wire');
        const batch = [
          record('b', `${LONG_REPORT} (Reporting by a stringer.)`, [makeEvent('b1', 'IRNGOV', 'USA', '036')], '2026-11-27', 'Daily Paper'),
          record('c', 'Iran and the United States held a second round of talks.', [makeEvent('c1', 'IRNGOV', 'USA', '036'), makeEvent('c2', 'USA', 'IRN', '112')], '2026-11-28'),
          record('d', 'Iranian envoys had met American officials a day before the talks.', [makeEvent('d1', 'IRNGOV', 'USA', '036')], '2026-11-25'),
          record('e', 'Washington accused Tehran of stalling, a day later.', [makeEvent('e1', 'USA', 'IRN', '112')], '2026-11-29'),
          record('a-again', LONG_REPORT, [makeEvent('a-again-1', 'IRNGOV', 'USA', '036')], '2026-11-26'),
        ];
        /** Each event with the events of its merged event and its day range, each document's near-duplicate link, the actor counts. */
        const shape = async (store: EventStore) => {
          const events = await store.queryEvents({});
          const groups = new Map<number, string[]>();
          for (const stored of events) groups.set(stored.merged.id, [...(groups.get(stored.merged.id) ?? []), stored.event.id]);
          return {
            events: events.map((stored) => [stored.event.id, groups.get(stored.merged.id), stored.merged.firstDay, stored.merged.lastDay]),
            duplicates: await Promise.all(['a', 'b', 'c', 'd', 'e'].map(async (id) => (await store.getDocument(id))?.duplicateOf)),
            actors: await store.actorCounts(),
            counts: await store.counts(),
          };
        };
        const batched = await openEmptyStore();
        const single = await openEmptyStore();
        try {
          await batched.addDocuments([first]);
          const result = await batched.addDocuments(batch);
          assert.deepEqual([result.added, result.duplicates, result.events, result.nearDuplicates], [4, 1, 5, 1]);
          for (const one of [first, ...batch]) await single.addDocuments([one]);
          const expected = await shape(single);
          assert.deepEqual(await shape(batched), expected);
          // a and b are one event (b near-duplicates a), c joins it, d starts its own (one day too early), c2 and e1 are one
          assert.deepEqual(expected.counts.mergedEvents, 3);
        } finally {
          await batched.close();
          await single.close();
        }
      },
    );

    for (const [label, status] of [
      ['negated', { polarity: 'negative' as const }],
      ['hypothetical', { modality: 'hypothetical' as const }],
      ['speculative', { modality: 'speculative' as const }],
      ['historical', { historical: true }],
    ] as const) {
      it(
        `keeps a ${label} report apart from an actual one`,
        withStore(async (store) => {
          await store.addDocuments([
            record('a', 'Iran held talks with the United States on Monday.', [makeEvent('a1', 'IRNGOV', 'USA', '036')]),
            record('b', 'Iran did not hold talks with the United States, or may, or did long ago.', [makeEvent('b1', 'IRNGOV', 'USA', '036', { status })]),
          ]);
          const [a, b] = await store.queryEvents({});
          assert.notEqual(a.merged.id, b.merged.id);
          assert.equal(b.statusClass, label);
        }),
      );
    }

    it(
      'does not merge across CAMEO roots, dyads or directions',
      withStore(async (store) => {
        await store.addDocuments([
          record('a', 'one text here', [makeEvent('a1', 'IRNGOV', 'USA', '036'), makeEvent('a2', 'IRNGOV', 'USA', '111'), makeEvent('a3', 'USA', 'IRNGOV', '036')]),
          record('b', 'two text here', [makeEvent('b1', 'IRNGOV', 'GBR', '036')]),
        ]);
        const ids = new Set((await store.queryEvents({})).map((stored) => stored.merged.id));
        assert.equal(ids.size, 4);
      }),
    );

    it(
      'counts a syndicated copy as a second document but not as an independent source',
      withStore(async (store) => {
        await store.addDocuments([
          record('a', LONG_REPORT, [makeEvent('a1', 'IRNGOV', 'USA', '036')], '2026-11-26', 'Wire'),
          record('b', `${LONG_REPORT} (Reporting by a stringer.)`, [makeEvent('b1', 'IRNGOV', 'USA', '036')], '2026-11-26', 'Daily Paper'),
        ]);
        const [first] = await store.queryEvents({});
        assert.deepEqual([first.merged.documents, first.merged.outlets, first.merged.independentSources], [2, 2, 1]);
        assert.equal((await store.getDocument('b'))?.duplicateOf, 'a');
        assert.equal((await store.counts()).nearDuplicates, 1);
      }),
    );

    it(
      'filters events by actor prefix, direction, code, status, dates and words of the text',
      withStore(async (store) => {
        await store.addDocuments(FILTER_RECORDS);
        const ids = (query: EventQuery) => eventIds(store, query);
        assert.deepEqual(await ids({ source: 'irn' }), ['a1', 'c1']);
        assert.deepEqual(await ids({ source: 'IRN', target: 'USA' }), ['a1']);
        assert.deepEqual(await ids({ source: 'IRN', target: 'USA', eitherDirection: true }), ['a1', 'b1']);
        assert.deepEqual(await ids({ target: 'IRN', eitherDirection: true }), ['a1', 'b1', 'c1']);
        assert.deepEqual(await ids({ cameo: '11' }), ['b1']);
        assert.deepEqual(await ids({ root: '04' }), ['c1']);
        assert.deepEqual(await ids({ ploverType: 'accuse' }), ['b1']);
        assert.deepEqual(await ids({ status: ['negated'] }), ['c1']);
        assert.deepEqual(await ids({ from: '2026-11-05', to: '2026-11-15' }), ['b1']);
        assert.deepEqual(await ids({ text: 'accused' }), ['b1']);
        assert.deepEqual(await ids({ limit: 1 }), ['a1']);
      }),
    );

    it(
      'filters events by where they happened: country, a box on the map (also across the 180th meridian), located or not',
      withStore(async (store) => {
        const at = (name: string, country: string, lat: number, lon: number): EventLocation => ({ start: 0, end: 4, text: name, name, country, lat, lon, kind: 'city', basis: 'stated', reason: 'test' });
        await store.addDocuments([
          record('g1', 'Gunmen attacked a post in Mosul.', [makeEvent('m1', 'IRQINS', 'IRQCOP', '190', { location: at('Mosul', 'IRQ', 36.34, 43.13) })], '2026-11-01'),
          record('g2', 'Rebels shelled a village near Suva.', [makeEvent('s1', 'FJIREB', 'FJICVL', '190', { location: at('Suva', 'FJI', -18.14, 178.44) })], '2026-11-02'),
          record('g3', 'The two leaders agreed to meet.', [makeEvent('n1', 'IRN', 'USA', '036', { location: null })], '2026-11-03'),
        ]);
        const ids = (query: EventQuery) => eventIds(store, query);
        assert.deepEqual(await ids({ country: 'irq' }), ['m1']);
        assert.deepEqual(await ids({ bbox: { west: 38, south: 29, east: 49, north: 38 } }), ['m1']);
        assert.deepEqual(await ids({ bbox: { west: 170, south: -25, east: -170, north: -10 } }), ['s1']);
        assert.deepEqual(await ids({ located: true }), ['m1', 's1']);
        assert.deepEqual(await ids({ located: false }), ['n1']);
        assert.deepEqual((await store.getDocument('g1'))?.document.events?.[0].location, at('Mosul', 'IRQ', 36.34, 43.13));
      }),
    );

    it(
      'finds the events of documents holding every word of the text, in any case',
      withStore(async (store) => {
        await store.addDocuments(FILTER_RECORDS);
        const ids = (text: string) => eventIds(store, { text });
        assert.deepEqual(await ids('United States'), ['a1', 'b1']);
        assert.deepEqual(await ids('united ACCUSED'), ['b1']);
        assert.deepEqual(await ids('Iran Britain'), ['c1']);
        assert.deepEqual(await ids('Iran OR Britain'), [], 'OR is a word, and no text holds it');
      }),
    );

    for (const text of HOSTILE_TEXTS) {
      it(
        `reads the search text ${JSON.stringify(text)} as plain words, without an error`,
        withStore(async (store) => {
          await store.addDocuments(FILTER_RECORDS);
          const found = await eventIds(store, { text });
          const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
          // only "accused" alone (with punctuation around it) names a word of a stored text
          assert.deepEqual(found, words.length === 1 && words[0] === 'accused' ? ['b1'] : []);
        }),
      );
    }

    it(
      'pages events with an offset, oldest or newest first',
      withStore(async (store) => {
        await store.addDocuments(FILTER_RECORDS);
        const ids = (query: EventQuery) => eventIds(store, query);
        assert.deepEqual(await ids({ limit: 2, offset: 1 }), ['b1', 'c1']);
        assert.deepEqual(await ids({ order: 'newest', limit: 2 }), ['c1', 'b1']);
        assert.deepEqual(await ids({ order: 'newest', offset: 2 }), ['a1']);
      }),
    );

    it(
      "pages an actor's events in either direction as it pages all of them, in every sort, also with the actor on both sides",
      withStore(async (store) => {
        const pairs = [['IRNGOV', 'USA'], ['USA', 'IRN'], ['IRN', 'IRNMIL'], ['GBR', 'USA'], ['IRN', 'GBR'], ['USAGOV', 'IRNGOV']];
        await store.addDocuments(
          pairs.map(([source, target], i) =>
            record(`p${i}`, `Report ${i} of a meeting between two governments.`, [makeEvent(`p${i}`, source, target, ['036', '112', '190'][i % 3])], `2026-11-${10 + (i % 4)}`),
          ),
        );
        const involves = (code: string) => code.startsWith('IRN');
        for (const sort of EVENT_SORTS) {
          for (const order of ['oldest', 'newest'] as const) {
            const all = (await store.queryEvents({ sort, order })).filter((stored) => involves(stored.event.source[0].code) || involves(stored.event.target[0].code));
            for (const [offset, limit] of [[0, 2], [1, 3], [3, 10]]) {
              const page = await store.queryEvents({ source: 'IRN', eitherDirection: true, sort, order, offset, limit });
              assert.deepEqual(page.map((stored) => stored.event.id), all.slice(offset, offset + limit).map((stored) => stored.event.id), `${sort} ${order} ${offset} ${limit}`);
            }
          }
        }
      }),
    );

    it(
      'streams the same events as it lists',
      withStore(async (store) => {
        await store.addDocuments(FILTER_RECORDS);
        const streamed = [];
        for await (const stored of store.streamEvents({ source: 'IRN', eitherDirection: true })) streamed.push(stored);
        assert.deepEqual(streamed, await store.queryEvents({ source: 'IRN', eitherDirection: true }));
      }),
    );

    it(
      'gives a weekly time series of a pair by quad class, counting actual merged events by default',
      withStore(async (store) => {
        await store.addDocuments([
          // Monday 2026-11-02 and Tuesday 2026-11-03: one merged event (two reports)
          record('a', 'first report of talks', [makeEvent('a1', 'IRNGOV', 'USA', '036')], '2026-11-02'),
          record('b', 'second report of the same talks', [makeEvent('b1', 'IRNGOV', 'USA', '036')], '2026-11-03'),
          record('c', 'an accusation that week', [makeEvent('c1', 'USA', 'IRNGOV', '112')], '2026-11-05'),
          record('d', 'a denied attack', [makeEvent('d1', 'IRNGOV', 'USA', '190', { status: { polarity: 'negative' } })], '2026-11-05'),
          record('e', 'an attack the week after', [makeEvent('e1', 'IRNGOV', 'USA', '190')], '2026-11-12'),
        ]);
        const series = await store.timeSeries({ source: 'IRN', target: 'USA', eitherDirection: true, interval: 'week' });
        assert.deepEqual(series, [
          { period: '2026-11-02', events: 2, quadClass: { 1: 1, 2: 0, 3: 1, 4: 0 }, goldsteinSum: -2, goldsteinMean: -1 },
          { period: '2026-11-09', events: 1, quadClass: { 1: 0, 2: 0, 3: 0, 4: 1 }, goldsteinSum: -5, goldsteinMean: -5 },
        ]);
        const monthly = await store.timeSeries({ source: 'IRN', target: 'USA', interval: 'month', status: ['actual', 'negated'], merged: false });
        assert.deepEqual(
          monthly.map((point) => [point.period, point.events]),
          [['2026-11', 4]],
        );
      }),
    );

    it(
      "gives a pair's events and series in either direction once each: codes that match both ways, an actor with itself, prefixes shorter than a country",
      withStore(async (store) => {
        // one event a day, each its own merged event, all actual
        const coded = [['USAGOV', 'USAGOV'], ['USA', 'IRNGOV'], ['IRN', 'USAMIL'], ['USAGOV', 'USA'], ['GBR', 'USA'], ['USAMIL', 'IRN'], ['IRNGOV', 'IRN'], ['USA', 'USAGOV']];
        await store.addDocuments(
          coded.map(([source, target], i) =>
            record(`q${i}`, `Report ${i} of talks between two delegations.`, [makeEvent(`q${i}`, source, target, ['036', '112', '190'][i % 3])], `2026-11-${10 + i}`),
          ),
        );
        const all = await store.queryEvents({});
        const starts = (code: string | undefined, prefix: string) => (code ?? '').startsWith(prefix.toUpperCase());
        for (const [a, b] of [['USA', 'USAGOV'], ['USA', 'USA'], ['usa', 'irn'], ['IRN', 'USA'], ['US', 'IR'], ['USAGOV', 'IRN'], ['IRNGOV', 'GBR']]) {
          const expected = all.filter(({ event }) => {
            const [source, target] = [event.source[0]?.code, event.target[0]?.code];
            return (starts(source, a) && starts(target, b)) || (starts(source, b) && starts(target, a));
          });
          const pair = { source: a, target: b, eitherDirection: true };
          for (const order of ['oldest', 'newest'] as const) {
            const ordered = order === 'oldest' ? expected : [...expected].reverse();
            for (const [offset, limit] of [[0, 2], [1, 3], [0, 20]]) {
              const page = await eventIds(store, { ...pair, order, offset, limit });
              assert.deepEqual(page, ordered.slice(offset, offset + limit).map((stored) => stored.event.id), `${a} ${b} ${order} ${offset} ${limit}`);
            }
          }
          const series = await store.timeSeries({ ...pair, interval: 'day' });
          assert.deepEqual(series.map((point) => [point.period, point.events]), expected.map((stored) => [stored.day, 1]), `series of ${a} ${b}`);
          assert.equal(await store.countEvents(pair), expected.length, `count of ${a} ${b}`);
        }
      }),
    );

    it(
      'keeps reported claims apart: status reported selects them, actual, intended and future leave them out',
      withStore(async (store) => {
        await store.addDocuments([
          record('a', 'talks held', [makeEvent('a1', 'IRNGOV', 'USA', '036')], '2026-11-02'),
          record('b', 'talks held, officials said', [makeEvent('b1', 'IRNGOV', 'USA', '190', { status: { reported: true } })], '2026-11-03'),
          record('c', 'talks will be held, officials said', [makeEvent('c1', 'IRNGOV', 'USA', '040', { status: { reported: true, modality: 'future' } })], '2026-11-04'),
          record('d', 'talks not held, officials said', [makeEvent('d1', 'IRNGOV', 'USA', '112', { status: { reported: true, polarity: 'negative' } })], '2026-11-05'),
        ]);
        assert.deepEqual(await eventIds(store, { status: ['actual'] }), ['a1']);
        assert.deepEqual(await eventIds(store, { status: ['reported'] }), ['b1', 'c1']);
        assert.deepEqual(await eventIds(store, { status: ['future', 'negated'] }), ['d1']);
        const series = await store.timeSeries({ source: 'IRN', target: 'USA', interval: 'month' });
        assert.deepEqual(series.map((point) => [point.period, point.events]), [['2026-11', 1]]);
      }),
    );

    it(
      'counts every actor of the stored events, once per event and side, most frequent first',
      withStore(async (store) => {
        const both = makeEvent('b1', 'USAGOV', 'IRN', '112');
        both.source.push({ ...both.source[0], code: 'GBR' }, { ...both.source[0] });
        both.target.push({ ...both.target[0], code: 'USAGOV' });
        await store.addDocuments([FILTER_RECORDS[0], record('b', 'The United States and Britain accused Iran.', [both], '2026-11-10'), FILTER_RECORDS[2]]);
        assert.deepEqual(await store.actorCounts(), [
          { code: 'GBR', events: 2, asSource: 1, asTarget: 1 },
          { code: 'IRN', events: 2, asSource: 1, asTarget: 1 },
          { code: 'IRNGOV', events: 1, asSource: 1, asTarget: 0 },
          { code: 'USA', events: 1, asSource: 0, asTarget: 1 },
          { code: 'USAGOV', events: 1, asSource: 1, asTarget: 1 },
        ]);
      }),
    );

    it(
      'counts the events of any filter, whatever the page',
      withStore(async (store) => {
        await store.addDocuments(FILTER_RECORDS);
        for (const query of [{}, { source: 'IRN' }, { source: 'IRN', eitherDirection: true }, { status: ['negated' as const] }, { ploverType: 'accuse' }, { from: '2026-11-05' }, { text: 'Britain' }]) {
          assert.equal(await store.countEvents({ ...query, limit: 1, offset: 1 }), (await store.queryEvents(query)).length, JSON.stringify(query));
        }
      }),
    );

    it(
      'counts events by quad class, PLOVER type, status, root, actor and pair, most first',
      withStore(async (store) => {
        const noPlover = makeEvent('d1', 'IRNGOV', 'USA', '010', { plover: null, status: { reported: true } });
        await store.addDocuments([...FILTER_RECORDS, record('d', 'Iran said it talked to the US, officials said.', [noPlover], '2026-11-21')]);
        assert.deepEqual(await store.countBy({}, 'quadClass', 10), [
          { key: '1', events: 3 },
          { key: '3', events: 1 },
        ]);
        assert.deepEqual(await store.countBy({}, 'plover', 10), [
          { key: 'CONSULT', events: 2 },
          { key: 'ACCUSE', events: 1 },
          { key: null, events: 1 },
        ]);
        assert.deepEqual(await store.countBy({}, 'status', 10), [
          { key: 'actual', events: 2 },
          { key: 'negated', events: 1 },
          { key: 'reported', events: 1 },
        ]);
        assert.deepEqual(await store.countBy({}, 'actor', 4), [
          { key: 'IRN', events: 2 },
          { key: 'IRNGOV', events: 2 },
          { key: 'USA', events: 2 },
          { key: 'GBR', events: 1 },
        ]);
        assert.deepEqual(await store.countBy({ source: 'IRN' }, 'pair', 10), [
          { key: 'IRNGOV USA', events: 2 },
          { key: 'IRN GBR', events: 1 },
        ]);
        assert.deepEqual(await store.countBy({ source: 'USA' }, 'root', 10), [{ key: '11', events: 1 }]);
        assert.deepEqual(await store.countBy({ source: 'USA' }, 'target', 10), [{ key: 'IRN', events: 1 }]);
      }),
    );

    it(
      'sorts all events by a field before it pages them, and picks dated or undated ones',
      withStore(async (store) => {
        const undated = { document: makeDocument('e', 'Iran offered talks, at some time.', [makeEvent('e1', 'IRNGOV', 'GBR', '036')]), origin: 'test:e' };
        await store.addDocuments([...FILTER_RECORDS, undated]);
        const ids = (query: EventQuery) => eventIds(store, query);
        assert.deepEqual(await ids({ sort: 'goldstein', order: 'oldest', limit: 1 }), ['b1']);
        assert.deepEqual(await ids({ sort: 'target', order: 'newest', limit: 2 }), ['a1', 'b1']);
        assert.deepEqual(await ids({ sort: 'cameo', limit: 2, offset: 1 }), ['e1', 'c1']);
        assert.deepEqual(await ids({ order: 'newest', limit: 1 }), ['c1'], 'events without a day come last');
        assert.deepEqual(await ids({ dated: false }), ['e1']);
        assert.equal(await store.countEvents({ dated: true }), 3);
      }),
    );

    it(
      'gives the time series of any filter, not only a pair',
      withStore(async (store) => {
        await store.addDocuments(FILTER_RECORDS);
        const ofIran = await store.timeSeries({ source: 'IRN', eitherDirection: true, interval: 'day', status: ['actual', 'negated'] });
        assert.deepEqual(ofIran.map((point) => [point.period, point.events]), [['2026-11-01', 1], ['2026-11-10', 1], ['2026-11-20', 1]]);
        const accusations = await store.timeSeries({ ploverType: 'ACCUSE', interval: 'month' });
        assert.deepEqual(accusations.map((point) => [point.period, point.events]), [['2026-11', 1]]);
      }),
    );
  });
}
