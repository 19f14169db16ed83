// Counts the AG News dev errors by class, for each half, without printing any item: which gold events are
// missed because nothing was coded at their trigger, because a coded event there has another type, or
// because its type is right and an actor is wrong; and which coded events match no gold event. Totals only,
// so it may be run on half b (the half nobody reads) to see where the errors are.
//   node --import tsx bench/agnews-classes.ts [--json]
import { createCoder } from '../src/coder.ts';
import type { Event } from '../src/core/event.ts';
import { type AgNewsItem, halfOf, matchesGold, readAgNews, sameSide, sameType, statusLabel as label } from './lib/agnews.ts';
import { benchOptions } from './lib/bench-options.ts';

const { values } = benchOptions('bench/agnews-classes.ts', { json: { type: 'boolean', default: false } });

type Counts = Record<string, number>;

/** Counts one half's errors by class. */
function classify(items: AgNewsItem[], code: (item: AgNewsItem) => Event[]): Counts {
  const counts: Counts = {};
  const add = (key: string) => (counts[key] = (counts[key] ?? 0) + 1);
  for (const item of items) {
    const coded = code(item);
    const left = [...coded];
    const missed: AgNewsItem['events'] = [];
    for (const gold of item.events) {
      const index = left.findIndex((event) => matchesGold(gold, event));
      if (index < 0) {
        missed.push(gold);
        continue;
      }
      const [event] = left.splice(index, 1);
      add(label(event) === gold.status ? 'matched, status right' : `matched, status wrong (gold ${gold.status}, coded ${label(event)})`);
    }
    const atTrigger = (trigger: string) => {
      const start = item.text.indexOf(trigger);
      return (event: Event) => start >= 0 && event.trigger.start < start + trigger.length && event.trigger.end > start;
    };
    for (const gold of missed) {
      const near = coded.filter(atTrigger(gold.trigger));
      const typed = near.find((event) => sameType(gold, event));
      if (typed) {
        const wrong = [sameSide(gold.source, typed.source) ? '' : 'source', sameSide(gold.target, typed.target) ? '' : 'target'].filter(Boolean);
        add(`missed: type right at the trigger, wrong ${wrong.join(' and ') || 'pairing (taken by another gold event)'}`);
      } else if (near.length) add('missed: another type at the trigger');
      else if (coded.some((event) => sameType(gold, event))) add('missed: the type coded elsewhere in the item');
      else add('missed: nothing of its type coded');
      add(`missed, by gold status: ${gold.status}`);
      add(`missed, by gold type: ${gold.plover ?? `CAMEO ${gold.cameo.slice(0, 2)}`}`);
    }
    for (const event of left) {
      const onGold = item.events.some((gold) => atTrigger(gold.trigger)(event));
      add(onGold ? 'extra: on a gold trigger (type or actors wrong)' : 'extra: where no gold event is');
      if (!onGold) add(`extra where no gold event is, by status: ${label(event)}`);
    }
    if (item.events.length && !coded.length) add('items with gold events and nothing coded');
  }
  return counts;
}

const coder = createCoder();
const items = readAgNews();
const code = (item: AgNewsItem) => coder.code(item.text, { id: item.id }).events ?? [];
const report = {
  half_a: classify(items.filter((item) => halfOf(item.id) === 'a'), code),
  half_b: classify(items.filter((item) => halfOf(item.id) === 'b'), code),
};
if (values.json) console.log(JSON.stringify(report, null, 2));
else {
  const keys = [...new Set([...Object.keys(report.half_a), ...Object.keys(report.half_b)])].sort();
  const width = Math.max(...keys.map((key) => key.length));
  console.log(`${'class'.padEnd(width)}  half a  half b`);
  for (const key of keys) console.log(`${key.padEnd(width)}  ${String(report.half_a[key] ?? 0).padStart(6)}  ${String(report.half_b[key] ?? 0).padStart(6)}`);
}
