// Lists the PLOVER gold records the coder gets wrong, for tuning on the dev set:
//   node --import tsx bench/gsr-misses.ts [type|triple]
// "type": records whose event type no predicted event has; "triple": type right, actors wrong.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCoder } from '../src/coder.ts';
import { SHARED_ROOT } from '../src/core/paths.ts';
import { toPredictionLine } from '../src/evaluation/event-scorer.ts';

const mode = process.argv[2] === 'triple' ? 'triple' : 'type';
const LEGACY: Record<string, string> = { DEMAND: 'REQUEST', DISAPPROVE: 'ACCUSE', INVESTIGATE: 'ACCUSE', FIGHT: 'ASSAULT' };
const current = (type = '') => LEGACY[type.toUpperCase()] ?? type.toUpperCase();
const country = (codes: string[]) => codes.map((code) => code.slice(0, 3));

interface GoldRecord { id: string; text: string; event: string; trigger: string; source: { code: string }[]; target: { code: string }[] }
const gold = readFileSync(join(SHARED_ROOT, 'eval/plover-gsr-dev.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as GoldRecord);
const coder = createCoder();
let shown = 0;
for (const record of gold) {
  const type = current(record.event);
  const events = toPredictionLine(record.id, coder.code(record.text, { id: record.id })).events;
  const sources = record.source.map((a) => a.code);
  const targets = record.target.map((a) => a.code);
  const typed = events.filter((event) => current(event.event) === type);
  const tripleRight = typed.some((event) => {
    const source = sources.length ? country(event.source).some((c) => sources.includes(c)) : event.source.length === 0;
    const target = targets.length ? country(event.target).some((c) => targets.includes(c)) : country(event.target).every((c) => sources.includes(c));
    return source && target;
  });
  if (mode === 'type' ? typed.length > 0 : typed.length === 0 || tripleRight) continue;
  shown++;
  const coded = events.map((e) => `${e.event ?? '-'}:${e.cameo}:${e.source.join('+')}>${e.target.join('+')}`).join(' ');
  console.log(`${type} ${sources.join('+')} > ${targets.join('+')} | ${record.trigger} | ${coded}\n    ${record.text.slice(0, 220)}`);
}
console.log(`${shown} of ${gold.length} records missed (${mode})`);
