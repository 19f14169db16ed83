// Geolocation: where Parley places events, against the hand-placed AG News dev set
// (../shared/eval/agnews-dev-geo.jsonl, scored on the events Parley matches as agnews-score.mjs
// matches them; whole set and each half) and the location fields of the PLOVER GSR sentences;
// the place lookup's load time and memory; and the whole pipeline's speed with and without the
// places stage, timed alternately in the same run (the median of several passes; --passes N, 3 by default).
// Run: npm run bench:geo -- [--json] [--misses] [--list] [--half a] [--breakdown] [--passes N]   (--misses: half a's disagreements; --list: every paired event
// of half a, right ones marked +; half b is judged by its figures alone, so --half b is refused; --breakdown: each half's misses counted by kind and basis, no sentences)
// --gold FILE [--gold-geo GEOFILE]: also scores a set annotated outside the repository (the dev set's format), its locations
// on each event (`location`) or in GEOFILE (agnews-dev-geo.jsonl's lines): extra_gold, figures only
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nameKey } from '../src/actors/gazetteer/normalise.ts';
import { readGazetteerData } from '../src/actors/gazetteer/index.ts';
import { createCoder } from '../src/coder.ts';
import type { Event } from '../src/core/event.ts';
import type { EventLocation } from '../src/core/place.ts';
import { SHARED_ROOT } from '../src/core/paths.ts';
import { matchAgNewsEvents } from '../src/evaluation/agnews-match.ts';
import { samePlace, scoreLocations, type GoldLocation } from '../src/evaluation/geo-scorer.ts';
import { sharedPlaceLookup } from '../src/geo/shared-lookup.ts';
import { halfOf, readAgNews, readExtraGold } from './lib/agnews.ts';
import { benchOptions, benchUsageError } from './lib/bench-options.ts';
import { median, passCount, timePass } from './lib/passes.ts';

const { values } = benchOptions('bench:geo', { json: { type: 'boolean', default: false }, misses: { type: 'boolean', default: false }, list: { type: 'boolean', default: false }, half: { type: 'string', default: 'a' }, breakdown: { type: 'boolean', default: false }, passes: { type: 'string' }, gold: { type: 'string' }, 'gold-geo': { type: 'string' } });
const passes = passCount('bench:geo', values.passes);
// half b is the check half: its items and misses are never shown, only its figures
if (values.half !== 'a') benchUsageError('bench:geo', `--half takes a only (half b is judged by its figures alone), not "${values.half}"`);
if (values['gold-geo'] !== undefined && values.gold === undefined) benchUsageError('bench:geo', '--gold-geo needs --gold, the events its lines place');
/** The extra set (--gold) and where its events happened, keyed "id#event index"; read before any work. */
const extra = values.gold === undefined ? undefined : readExtraSet(values.gold, values['gold-geo']);

function readExtraSet(file: string, geoFile: string | undefined): { items: ReturnType<typeof readExtraGold>; places: Map<string, GoldLocation | null> } {
  try {
    const items = readExtraGold(file);
    const places = new Map<string, GoldLocation | null>();
    if (geoFile === undefined) {
      for (const item of items) item.events.forEach((event, index) => {
        if ('location' in event) places.set(`${item.id}#${index}`, (event as { location: GoldLocation | null }).location);
      });
      if (!places.size) throw new Error('no event of it carries a location: give them one, or the lines of --gold-geo');
    } else {
      readFileSync(geoFile, 'utf8').split('\n').forEach((line, index) => {
        if (!line.trim()) return;
        let entry: { id?: unknown; event?: unknown; location?: GoldLocation | null };
        try {
          entry = JSON.parse(line) as typeof entry;
        } catch (error) {
          throw new Error(`--gold-geo ${geoFile}: line ${index + 1} is not JSON (${(error as Error).message})`);
        }
        if (typeof entry.id !== 'string' || typeof entry.event !== 'number' || entry.location === undefined) throw new Error(`--gold-geo ${geoFile}: line ${index + 1} needs an id, an event index and a location (or null)`);
        places.set(`${entry.id}#${entry.event}`, entry.location);
      });
    }
    return { items, places };
  } catch (error) {
    benchUsageError('bench:geo', `--gold ${file}: ${(error as Error).message}`);
  }
}

// the lookup first, alone, for its load time and memory
const gazetteer = readGazetteerData();
const rssBefore = process.memoryUsage().rss;
const lookup = sharedPlaceLookup(gazetteer);
const rssMb = Math.round((process.memoryUsage().rss - rssBefore) / 1e5) / 10;

const coder = createCoder({ places: lookup });
const plain = createCoder({ places: false });

// AG News dev: pair gold events with coded ones, then score the locations of the pairs
const geoLines = readFileSync(join(SHARED_ROOT, 'eval/agnews-dev-geo.jsonl'), 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as { id: string; event: number; trigger: string; location: GoldLocation | null });
const goldGeo = new Map(geoLines.map((line) => [`${line.id}#${line.event}`, line]));
const items = readAgNews();
const pairs: { half: 'a' | 'b'; id: string; trigger: string; gold: GoldLocation | null; predicted: EventLocation | null; event: Event }[] = [];
for (const item of items) {
  const events = coder.code(item.text, { id: item.id }).events ?? [];
  matchAgNewsEvents(item.events, events).forEach((index, g) => {
    const gold = goldGeo.get(`${item.id}#${g}`);
    if (index < 0 || !gold) return;
    pairs.push({ half: halfOf(item.id), id: item.id, trigger: gold.trigger, gold: gold.location, predicted: events[index].location ?? null, event: events[index] });
  });
}
// --gold: the extra set's matched events and their locations, figures only
const extraPairs: { gold: GoldLocation | null; predicted: EventLocation | null }[] = [];
for (const item of extra?.items ?? []) {
  const events = coder.code(item.text, { id: item.id }).events ?? [];
  matchAgNewsEvents(item.events, events).forEach((index, g) => {
    const key = `${item.id}#${g}`;
    if (index >= 0 && extra!.places.has(key)) extraPairs.push({ gold: extra!.places.get(key)!, predicted: events[index].location ?? null });
  });
}
const agnews = {
  all: scoreLocations(pairs, lookup),
  half_a: scoreLocations(pairs.filter((pair) => pair.half === 'a'), lookup),
  half_b: scoreLocations(pairs.filter((pair) => pair.half === 'b'), lookup),
};

// PLOVER GSR: the records with a location; a record counts when an event of its sentence is placed there
const gsrRecords = readFileSync(join(SHARED_ROOT, 'eval/plover-gsr-dev.jsonl'), 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as { id: string; text: string; location?: { name: string; country_code?: string } });
let gsrPlaced = 0;
let gsrRight = 0;
for (const record of gsrRecords) {
  if (!record.location) continue;
  gsrPlaced++;
  // names compared by their letters alone ("Sāmarrā’" is "Samarra"); "town of Rafah" names Rafah
  const letters = (name: string) => nameKey(name).replace(/[^a-z ]/g, '');
  const want = letters(record.location.name);
  const locations = (coder.code(record.text, { id: record.id }).events ?? []).map((event) => event.location).filter((location): location is EventLocation => !!location);
  if (locations.some((location) => [letters(location.name), letters(location.text)].some((got) => want === got || want.endsWith(` ${got}`)))) gsrRight++;
}

// speed: the same leads through the pipeline with and without the places stage, alternately in
// runs of 20 leads, the one that goes first changing every run: with runs of 150, a pause of the
// machine or the garbage collector inside one run moved the two figures apart by as much as the
// places stage costs, and the first run paid for what was still being compiled; and the figures are
// the medians of several such passes over the same leads, as one pass was still moved by the load of
// other processes on a shared machine
const corpus = readFileSync(join(SHARED_ROOT, 'corpora/agnews-world.jsonl'), 'utf8').split('\n').filter((line) => line.trim()).slice(0, 600).map((line) => JSON.parse(line) as { text: string });
for (const item of corpus.slice(0, 60)) (coder.code(item.text), plain.code(item.text));
const RUN = 20;
const timedPasses = Array.from({ length: passes }, () => {
  const timed = { with: { sentences: 0, ms: 0, cpuMs: 0 }, without: { sentences: 0, ms: 0, cpuMs: 0 } };
  for (let at = 0; at < corpus.length; at += RUN) {
    const order: ['with' | 'without', typeof coder][] = (at / RUN) % 2 ? [['without', plain], ['with', coder]] : [['with', coder], ['without', plain]];
    for (const [name, which] of order) {
      const run = timePass(() => corpus.slice(at, at + RUN).reduce((sum, item) => sum + (which.code(item.text).sentences?.length ?? 0), 0));
      timed[name].sentences += run.value;
      timed[name].ms += run.ms;
      timed[name].cpuMs += run.cpuMs;
    }
  }
  return timed;
});
const perSecond = (t: { sentences: number; ms: number }) => Math.round(t.sentences / (t.ms / 1000));
const withPlaces = timedPasses.map((timed) => perSecond(timed.with));
const withoutPlaces = timedPasses.map((timed) => perSecond(timed.without));

const result = {
  ...agnews.all,
  load_ms: lookup.stats.loadMs,
  rss_mb: rssMb,
  sentences_per_second: Math.round(median(withPlaces)),
  sentences_per_second_without_places: Math.round(median(withoutPlaces)),
  sentences_per_second_passes: withPlaces,
  sentences_per_second_without_places_passes: withoutPlaces,
  // the CPU time of this process in each pass, with and without places: less moved than the clock by other processes
  cpu_seconds_passes: timedPasses.map((timed) => Math.round(timed.with.cpuMs / 10) / 100),
  cpu_seconds_without_places_passes: timedPasses.map((timed) => Math.round(timed.without.cpuMs / 10) / 100),
  agnews_dev: agnews,
  gsr_dev: { records_with_location: gsrPlaced, place_accuracy: gsrPlaced ? Math.round((gsrRight / gsrPlaced) * 10000) / 10000 : 0 },
  lookup: { cities: lookup.stats.cities, own_names: lookup.stats.ownNames },
  ...(extra ? { extra_gold: { file: values.gold!, ...scoreLocations(extraPairs, lookup) } } : {}),
};
if (values.list || values.misses) {
  for (const pair of pairs.filter((p) => p.half === 'a')) {
    const { gold, predicted } = pair;
    const ok = gold ? !!predicted && samePlace(gold, predicted) : !predicted;
    if (ok && !values.list) continue;
    const show = (l: GoldLocation | EventLocation | null) => (l ? `${l.name}/${l.country}/${l.kind}/${l.basis}` : 'null');
    console.log(`${values.list ? (ok ? '+ ' : '- ') : ''}${pair.id} "${pair.trigger}" ${pair.event.cameo.code}: gold ${show(gold)}  got ${show(predicted)}${predicted ? ` (${predicted.reason})` : ''}`);
  }
}
if (values.breakdown) {
  // the misses of each half as counts only (gold kind and basis -> predicted kind and basis, and whether the country is right): figures, no sentences
  for (const half of ['a', 'b'] as const) {
    const counts = new Map<string, number>();
    for (const { gold, predicted } of pairs.filter((p) => p.half === half)) {
      if (!gold || (predicted && samePlace(gold, predicted))) continue;
      const key = `${gold.kind}/${gold.basis} -> ${predicted ? `${predicted.kind}/${predicted.basis}${predicted.country === gold.country ? ' same country' : ' other country'}` : 'null'}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    for (const [key, count] of [...counts].sort((x, y) => y[1] - x[1])) console.log(`half ${half}: ${count} ${key}`);
  }
}
if (values.json) console.log(JSON.stringify(result));
else {
  for (const [name, scores] of Object.entries(agnews)) {
    console.log(`AG News dev ${name.padEnd(6)}: ${scores.events} matched events, ${scores.placed} placed by gold; country ${scores.country_accuracy.toFixed(3)}, place ${scores.place_accuracy.toFixed(3)}, within 161 km ${scores.within_161km.toFixed(3)}, null precision ${scores.null_precision.toFixed(3)}, null recall ${scores.null_recall.toFixed(3)}`);
  }
  if (result.extra_gold) {
    const scores = result.extra_gold;
    console.log(`--gold ${scores.file}: ${scores.events} matched events, ${scores.placed} placed by gold; country ${scores.country_accuracy.toFixed(3)}, place ${scores.place_accuracy.toFixed(3)}, within 161 km ${scores.within_161km.toFixed(3)}, null precision ${scores.null_precision.toFixed(3)}, null recall ${scores.null_recall.toFixed(3)}`);
  }
  console.log(`PLOVER GSR dev: ${gsrRight} of ${gsrPlaced} located records placed at the gold place`);
  console.log(`lookup: ${lookup.stats.cities} GeoNames places and ${lookup.stats.ownNames} own names in ${result.load_ms} ms, ${rssMb} MB`);
  console.log(`speed: ${result.sentences_per_second} sentences/s with places, ${result.sentences_per_second_without_places} without (medians of ${passes} passes: ${withPlaces.join(', ')} with, ${withoutPlaces.join(', ')} without; same ${corpus.length} leads, alternately, one thread)`);
}
