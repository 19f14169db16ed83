// Lists, item by item, the AG News dev gold events the coder misses and the events it codes that match
// no gold event, for tuning on one half and checking on the other:
//   node --import tsx bench/agnews-misses.ts [--half a|b] [--status] [--hard] [--gold FILE]
// --status also lists matched events whose status is wrong; --hard lists only the gold events with a hard
// status (negated, conditional, hypothetical, intended, historical), found or not, with any coded event
// whose trigger overlaps theirs. --gold reads another file in the dev set's format instead (a set annotated
// by the guide outside the repository, to tune on): every item of it, so --half does not apply; a file
// holding items of the dev set's half b is refused.
import { createCoder } from '../src/coder.ts';
import type { Event } from '../src/core/event.ts';
import { halfOf, matchesGold, readAgNews, readExtraGold, statusLabel as label } from './lib/agnews.ts';
import { benchOptions, benchUsageError } from './lib/bench-options.ts';

const SCRIPT = 'bench/agnews-misses.ts';

const { values } = benchOptions(SCRIPT, { half: { type: 'string', default: 'a' }, status: { type: 'boolean', default: false }, hard: { type: 'boolean', default: false }, gold: { type: 'string' } });
if (values.half !== 'a' && values.half !== 'b') benchUsageError(SCRIPT, `--half takes a or b, not "${values.half}"`);
let items: ReturnType<typeof readAgNews>;
try {
  items = values.gold ? readExtraGold(values.gold) : readAgNews().filter((entry) => halfOf(entry.id) === values.half);
} catch (error) {
  benchUsageError(SCRIPT, `--gold ${values.gold}: ${(error as Error).message}`);
}
// half b is read by its figures alone: a --gold file holding any of its items is refused
if (values.gold) {
  const halfB = new Set(readAgNews().filter((entry) => halfOf(entry.id) === 'b').map((entry) => entry.id));
  const seen = items.filter((item) => halfB.has(item.id)).map((item) => item.id);
  if (seen.length) benchUsageError(SCRIPT, `--gold ${values.gold} holds ${seen.length} item(s) of the dev set's half b (${seen[0]}...), which is judged by its figures alone: use --half a for the dev set`);
}

const show = (event: Event) =>
  `${event.plover?.type ?? '-'}:${event.cameo.code}:${event.source.map((a) => a.code).join('+')}>${event.target.map((a) => a.code).join('+')}:${label(event)} "${event.trigger.text}" (${event.rule})`;

const HARD = new Set(['negated', 'conditional', 'hypothetical', 'intended', 'historical']);

const coder = createCoder();
let missed = 0;
let spurious = 0;
let wrongStatus = 0;
for (const item of items) {
  const coded = coder.code(item.text, { id: item.id }).events ?? [];
  const left = [...coded];
  const lines: string[] = [];
  for (const gold of item.events) {
    const index = left.findIndex((event) => matchesGold(gold, event));
    const goldText = `${gold.plover ?? '-'}:${gold.cameo}:${gold.source.map((a) => a.code).join('+')}>${gold.target.map((a) => a.code).join('+')}:${gold.status} "${gold.trigger}"`;
    const hard = HARD.has(gold.status);
    if (index < 0) {
      missed++;
      if (!values.hard) lines.push(`  MISS ${goldText}`);
      else if (hard) {
        const start = item.text.indexOf(gold.trigger);
        const near = coded.filter((event) => event.trigger.start < start + gold.trigger.length && event.trigger.end > start);
        lines.push(`  MISS ${goldText}${near.map((event) => `\n    near ${show(event)} ${JSON.stringify(event.status.evidence)}`).join('')}`);
      }
      continue;
    }
    const [event] = left.splice(index, 1);
    if (label(event) !== gold.status) {
      wrongStatus++;
      if (values.status || (values.hard && hard)) lines.push(`  STATUS ${goldText} coded ${show(event)} ${JSON.stringify(event.status.evidence)}`);
    } else if (values.hard && hard) lines.push(`  OK ${goldText}`);
  }
  for (const event of values.hard ? [] : left) {
    spurious++;
    lines.push(`  EXTRA ${show(event)}`);
  }
  if (lines.length) console.log(`${item.id}: ${item.text.trim().slice(0, 300)}\n${lines.join('\n')}`);
}
console.log(`${values.gold ? values.gold : `half ${values.half}`}: ${missed} gold events missed, ${spurious} coded events match no gold event, ${wrongStatus} matched with the wrong status`);
