// Status judgement on the AG News dev set, apart from type and actor matching: every gold event whose
// trigger overlaps the trigger of a coded event (of any type or actors) is compared by status label, so
// that status rules can be tuned on events whose type or actors are still wrong.
//   node --import tsx bench/agnews-status.ts [--half a|b] [--list]
// --list prints each disagreement (tune on half a only; on half b read the totals).
import { createCoder } from '../src/coder.ts';
import { halfOf, readAgNews, statusLabel as label } from './lib/agnews.ts';
import { benchOptions, benchUsageError } from './lib/bench-options.ts';

const SCRIPT = 'bench/agnews-status.ts';

const { values } = benchOptions(SCRIPT, { half: { type: 'string', default: 'a' }, list: { type: 'boolean', default: false } });
if (values.half !== 'a' && values.half !== 'b') benchUsageError(SCRIPT, `--half takes a or b, not "${values.half}"`);

const HARD = new Set(['negated', 'conditional', 'hypothetical', 'intended', 'historical']);

const coder = createCoder();
let aligned = 0;
let right = 0;
let hard = 0;
let hardRight = 0;
const confusion = new Map<string, number>();
for (const item of readAgNews().filter((entry) => halfOf(entry.id) === values.half)) {
  const events = coder.code(item.text, { id: item.id }).events ?? [];
  const lines: string[] = [];
  for (const gold of item.events) {
    const start = item.text.indexOf(gold.trigger);
    if (start < 0) continue;
    const end = start + gold.trigger.length;
    const event = events.find((e) => e.trigger.start < end && e.trigger.end > start);
    if (HARD.has(gold.status)) hard++;
    if (!event) continue;
    aligned++;
    const coded = label(event);
    if (coded === gold.status) {
      right++;
      if (HARD.has(gold.status)) hardRight++;
      continue;
    }
    const key = `${gold.status} -> ${coded}`;
    confusion.set(key, (confusion.get(key) ?? 0) + 1);
    lines.push(`  ${gold.status.padEnd(12)} coded ${coded.padEnd(12)} "${gold.trigger}" (${event.rule}; ${JSON.stringify(Object.fromEntries(Object.entries(event.status.evidence).map(([k, v]) => [k, v.rule])))})`);
  }
  if (values.list && lines.length) console.log(`${item.id}: ${item.text.trim().slice(0, 300)}\n${lines.join('\n')}`);
}
console.log([...confusion].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${n} ${k}`).join('\n'));
console.log(`half ${values.half}: ${aligned} gold events aligned with a coded trigger, status right ${right} (${(right / aligned).toFixed(3)}); hard statuses right ${hardRight} of ${hard} gold`);
