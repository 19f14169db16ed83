// Codes the corpus leads that are not in the AG News dev set (../shared/corpora/agnews-world.jsonl
// outside the guide's two read ranges) and prints, lead by lead, what Parley codes: for reading the
// coder's output on text nobody tuned on, and for seeing what a change does there.
//   node --import tsx bench/corpus-events.ts [--grep REGEX] [--limit N] [--save FILE] [--diff FILE] [--empty] [--places] [--held-out]
// --grep keeps the leads whose text matches (case-insensitive); --save writes the coded events as JSON;
// --diff prints only the leads whose events differ from a file --save wrote, with both sides;
// --empty prints only the leads Parley codes no event in (--limit then counts the leads printed), to read
// what the coder misses entirely (with --save every lead is still coded and saved); --places adds each
// event's location (name/country/basis, and its reason), so that --save and --diff compare places too.
// Two ranges are held out for blind measures annotated outside the repository (agnews-world-0700..0899
// and 1700..1899): they are left out unless --held-out is given, so that reading the output while
// working on rules does not tune on them.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCoder } from '../src/coder.ts';
import { SHARED_ROOT } from '../src/core/paths.ts';
import type { Event } from '../src/core/event.ts';
import { statusLabel } from './lib/agnews.ts';
import { benchOptions, benchUsageError } from './lib/bench-options.ts';

const SCRIPT = 'bench/corpus-events.ts';
const { values } = benchOptions(SCRIPT, {
  grep: { type: 'string' },
  limit: { type: 'string' },
  save: { type: 'string' },
  diff: { type: 'string' },
  empty: { type: 'boolean', default: false },
  places: { type: 'boolean', default: false },
  'held-out': { type: 'boolean', default: false },
});

// The guide's read ranges (taken and skipped items alike): agnews-world-0308..0517 and 1000..1176.
const READ_FOR_DEV = (id: string) => {
  const n = Number(id.replace(/\D/g, ''));
  return (n >= 308 && n <= 517) || (n >= 1000 && n <= 1176);
};
const HELD_OUT = (id: string) => {
  const n = Number(id.replace(/\D/g, ''));
  return (n >= 700 && n <= 899) || (n >= 1700 && n <= 1899);
};

let pattern: RegExp | undefined;
try {
  pattern = values.grep ? new RegExp(values.grep, 'i') : undefined;
} catch (error) {
  benchUsageError(SCRIPT, `--grep: ${(error as Error).message}`);
}
const limit = values.limit === undefined ? Infinity : Number(values.limit);
if (!(limit > 0)) benchUsageError(SCRIPT, `--limit takes a positive number, not "${values.limit}"`);
if (values.empty && values.diff) benchUsageError(SCRIPT, '--empty and --diff do not go together (--diff prints what changed)');

const leads = readFileSync(join(SHARED_ROOT, 'corpora/agnews-world.jsonl'), 'utf8')
  .split('\n').filter((line) => line.trim())
  .map((line) => JSON.parse(line) as { id: string; text: string })
  .filter((lead) => !READ_FOR_DEV(lead.id) && (values['held-out'] || !HELD_OUT(lead.id)) && (!pattern || pattern.test(lead.text)))
  .slice(0, values.empty ? Infinity : limit);

const show = (event: Event) =>
  `${event.cameo.code} ${event.plover?.type ?? '-'} ${event.source.map((a) => a.code).join('+') || '_'} > ${event.target.map((a) => a.code).join('+') || '_'} ` +
  `${statusLabel(event)} "${event.trigger.text}" (${event.rule})` +
  (values.places ? ` @ ${event.location ? `${event.location.name}/${event.location.country}/${event.location.basis}: ${event.location.reason}` : 'null'}` : '');

let before: Record<string, string[]> = {};
if (values.diff) {
  try {
    before = JSON.parse(readFileSync(values.diff, 'utf8')) as Record<string, string[]>;
  } catch (error) {
    benchUsageError(SCRIPT, `--diff: cannot read ${values.diff}: ${(error as Error).message}`);
  }
}

const coder = createCoder();
const saved: Record<string, string[]> = {};
let changed = 0;
let empty = 0;
for (const lead of leads) {
  const events = (coder.code(lead.text, { id: lead.id }).events ?? []).map(show);
  saved[lead.id] = events;
  if (values.empty) {
    if (events.length) continue;
    if (empty >= limit) continue;
    console.log(`${lead.id}: ${lead.text}`);
    if (++empty >= limit && !values.save) break;
    continue;
  }
  if (values.diff) {
    const old = before[lead.id] ?? [];
    if (old.join('\n') === events.join('\n')) continue;
    changed++;
    console.log(`${lead.id}: ${lead.text}`);
    for (const line of old.filter((entry) => !events.includes(entry))) console.log(`  - ${line}`);
    for (const line of events.filter((entry) => !old.includes(entry))) console.log(`  + ${line}`);
    continue;
  }
  console.log(`${lead.id}: ${lead.text}`);
  for (const line of events) console.log(`  ${line}`);
}
if (values.diff) console.log(`${changed} of ${leads.length} leads changed`);
if (values.empty) console.log(`${empty} of ${Object.keys(saved).length} leads coded no event`);
if (values.save) writeFileSync(values.save, JSON.stringify(saved));
