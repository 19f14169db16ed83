// The bench scripts' command lines: a bad option is one line naming the script and what was wrong,
// with exit code 2, before any work starts (it was a stack trace).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AGNEWS_GOLD } from '../bench/lib/agnews.ts';

function runBench(script: string, args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', `bench/${script}.ts`, ...args], { encoding: 'utf8', timeout: 60_000 });
}

test('an unknown option is named, with the options the script takes, and exits 2', () => {
  const run = runBench('events', ['--jsno']);
  assert.equal(run.status, 2, run.stderr);
  assert.equal(run.stderr.trim(), "bench:events: Unknown option '--jsno' (it takes --json, --passes, --gold)");
  assert.equal(run.stdout, '');
});

test('an option given without its value is named', () => {
  const run = runBench('geo', ['--half']);
  assert.equal(run.status, 2, run.stderr);
  assert.match(run.stderr, /^bench:geo: Option '--half <value>' argument missing \(it takes --json, --misses, --list, --half, --breakdown, --passes, --gold, --gold-geo\)\n$/);
});

test('a number of timed passes out of range is refused before any work', () => {
  const run = runBench('events', ['--passes', '0']);
  assert.equal(run.status, 2, run.stderr);
  assert.equal(run.stderr, 'bench:events: --passes takes a whole number from 1 to 50, not "0"\n');
  assert.equal(run.stdout, '');
});

test('bench:geo lists half a only: asked for half b it refuses before any work', () => {
  const run = runBench('geo', ['--list', '--half', 'b']);
  assert.equal(run.status, 2, run.stderr);
  assert.equal(run.stderr, 'bench:geo: --half takes a only (half b is judged by its figures alone), not "b"\n');
  assert.equal(run.stdout, '');
});

test('a value the script cannot use is named, as before', () => {
  const scale = runBench('scale', ['--docs', 'many']);
  assert.equal(scale.status, 2, scale.stderr);
  assert.equal(scale.stderr, 'bench:scale: --docs takes a whole number of at least 1, not "many"\n');
  const misses = runBench('agnews-misses', ['--half', 'c']);
  assert.equal(misses.status, 2, misses.stderr);
  assert.equal(misses.stderr, 'bench/agnews-misses.ts: --half takes a or b, not "c"\n');
});

test('agnews-misses --gold names a file it cannot read, and refuses one holding items of half b', () => {
  const missing = runBench('agnews-misses', ['--gold', 'no-such-gold.jsonl']);
  assert.equal(missing.status, 2, missing.stderr);
  assert.match(missing.stderr, /^bench\/agnews-misses\.ts: --gold no-such-gold\.jsonl: ENOENT/);
  const dev = runBench('agnews-misses', ['--gold', AGNEWS_GOLD]);
  assert.equal(dev.status, 2, dev.stderr);
  assert.match(dev.stderr, /holds \d+ item\(s\) of the dev set's half b \(agnews-world-1\d{3}\.\.\.\), which is judged by its figures alone/);
  assert.equal(dev.stdout, '');
});

test('corpus-events --empty prints only leads with no coded event, and refuses --diff', () => {
  const run = runBench('corpus-events', ['--empty', '--limit', '2']);
  assert.equal(run.status, 0, run.stderr);
  const lines = run.stdout.trim().split('\n');
  assert.equal(lines.length, 3, run.stdout);
  assert.ok(lines.slice(0, 2).every((line) => /^agnews-world-\d+: /.test(line)), run.stdout);
  assert.match(lines[2], /^2 of \d+ leads coded no event$/);
  const both = runBench('corpus-events', ['--empty', '--diff', 'before.json']);
  assert.equal(both.status, 2, both.stderr);
  assert.equal(both.stderr, 'bench/corpus-events.ts: --empty and --diff do not go together (--diff prints what changed)\n');
});

test('corpus-events --places adds each event\'s location and its reason', () => {
  const run = runBench('corpus-events', ['--places', '--limit', '3']);
  assert.equal(run.status, 0, run.stderr);
  const events = run.stdout.split('\n').filter((line) => line.startsWith('  '));
  assert.ok(events.length > 0, run.stdout);
  assert.ok(events.every((line) => / @ (null|[^/]+\/[A-Z]{3}\/(stated|dateline|implied|actors): .+)$/.test(line)), run.stdout);
  const plain = runBench('corpus-events', ['--limit', '3']);
  assert.ok(!plain.stdout.includes(' @ '), plain.stdout);
});

test('corpus-events leaves out the held-out ranges unless --held-out', () => {
  const ids = (args: string[]) => {
    const run = runBench('corpus-events', ['--limit', '491', ...args]);
    assert.equal(run.status, 0, run.stderr);
    return [...run.stdout.matchAll(/^(agnews-world-\d+): /gm)].map((match) => match[1]);
  };
  const usual = ids([]);
  assert.equal(usual.length, 491);
  assert.ok(!usual.some((id) => /-0[78]\d\d$/.test(id)), 'a held-out lead was printed');
  assert.equal(usual.at(-1), 'agnews-world-0900');
  assert.equal(ids(['--held-out']).at(-1), 'agnews-world-0700');
});

test('--gold of bench:events and bench:geo names a file it cannot use, and the line, before any work', () => {
  const folder = mkdtempSync(join(tmpdir(), 'parley-bench-gold-'));
  try {
    const item = { id: 'own-1', text: 'Chad accused Sudan of shelling a border town.', events: [{ cameo: '112', plover: 'ACCUSE', source: [], target: [], trigger: 'accused', status: 'asserted', condition: null }] };
    const broken = join(folder, 'broken.jsonl');
    writeFileSync(broken, `${JSON.stringify(item)}\n{"id": "own-2", "text": "no events here"}\n`);
    const events = runBench('events', ['--gold', broken]);
    assert.equal(events.status, 2, events.stderr);
    assert.equal(events.stderr, `bench:events: --gold ${broken}: line 2 is no item: it needs a string id, a string text and a list of events\n`);
    assert.equal(events.stdout, '');
    const missing = runBench('events', ['--gold', join(folder, 'absent.jsonl')]);
    assert.equal(missing.status, 2, missing.stderr);
    assert.match(missing.stderr, /^bench:events: --gold .*absent\.jsonl: ENOENT/);
    // bench:geo needs the places: on the events, or in the lines of --gold-geo (which needs --gold)
    const unplaced = join(folder, 'unplaced.jsonl');
    writeFileSync(unplaced, `${JSON.stringify(item)}\n`);
    const geo = runBench('geo', ['--gold', unplaced]);
    assert.equal(geo.status, 2, geo.stderr);
    assert.equal(geo.stderr, `bench:geo: --gold ${unplaced}: no event of it carries a location: give them one, or the lines of --gold-geo\n`);
    const alone = runBench('geo', ['--gold-geo', unplaced]);
    assert.equal(alone.status, 2, alone.stderr);
    assert.equal(alone.stderr, 'bench:geo: --gold-geo needs --gold, the events its lines place\n');
    const badLines = join(folder, 'geo.jsonl');
    writeFileSync(badLines, '{"id": "own-1", "location": null}\n');
    const lines = runBench('geo', ['--gold', unplaced, '--gold-geo', badLines]);
    assert.equal(lines.status, 2, lines.stderr);
    assert.equal(lines.stderr, `bench:geo: --gold ${unplaced}: --gold-geo ${badLines}: line 1 needs an id, an event index and a location (or null)\n`);
    writeFileSync(badLines, '{"id": "own-1", "event": 0, "location": null}\n{"id": "own-1", "event": 1,\n');
    const notJson = runBench('geo', ['--gold', unplaced, '--gold-geo', badLines]);
    assert.equal(notJson.status, 2, notJson.stderr);
    assert.match(notJson.stderr, new RegExp(`^bench:geo: --gold .*: --gold-geo .*geo\\.jsonl: line 2 is not JSON \\(`));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
