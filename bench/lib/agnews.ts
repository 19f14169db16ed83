// The AG News dev set (200 real 2004 wire leads with annotated events, ../shared/eval/agnews-dev.jsonl):
// codes every item and scores it with the shared scorer, for the whole set and for each half.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Coder } from '../../src/coder.ts';
import type { Event } from '../../src/core/event.ts';
import { SHARED_ROOT } from '../../src/core/paths.ts';

/** The gold file and its scorer. */
export const AGNEWS_GOLD = join(SHARED_ROOT, 'eval/agnews-dev.jsonl');
const AGNEWS_SCORER = join(SHARED_ROOT, 'eval/agnews-score.mjs');

/** One gold item: the lead and its annotated events. */
export interface AgNewsItem {
  id: string;
  text: string;
  events: {
    cameo: string;
    plover: string | null;
    source: { text: string; code: string }[];
    target: { text: string; code: string }[];
    trigger: string;
    status: string;
    condition: string | null;
  }[];
}

/** The guide's two halves: ids agnews-world-0308..0517 ("a", tune on it) and 1000..1176 ("b", check on it). */
export function halfOf(id: string): 'a' | 'b' {
  return Number(id.replace(/\D/g, '')) < 1000 ? 'a' : 'b';
}

/** The figures the scorer gives for one set. */
export interface AgNewsScores {
  gold_events: number;
  predicted_events: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  status_accuracy: number;
  hard_status_recall: number;
}

/** Reads the gold items. */
export function readAgNews(file = AGNEWS_GOLD): AgNewsItem[] {
  return readFileSync(file, 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as AgNewsItem);
}

/**
 * Reads a set annotated by the guide outside the repository (the dev set's format, one item a line,
 * optionally a `location` on each event as in agnews-dev-geo.jsonl), for `--gold FILE`: throws an
 * error naming the line when one is no item ({id, text, events: [...]}).
 */
export function readExtraGold(file: string): AgNewsItem[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const items: AgNewsItem[] = [];
  lines.forEach((line, index) => {
    if (!line.trim()) return;
    let item: Partial<AgNewsItem>;
    try {
      item = JSON.parse(line) as Partial<AgNewsItem>;
    } catch (error) {
      throw new Error(`line ${index + 1} is not JSON (${(error as Error).message})`);
    }
    if (typeof item.id !== 'string' || typeof item.text !== 'string' || !Array.isArray(item.events)) throw new Error(`line ${index + 1} is no item: it needs a string id, a string text and a list of events`);
    items.push(item as AgNewsItem);
  });
  if (!items.length) throw new Error('it holds no item');
  return items;
}

/** Codes every item; returns the prediction line of each (the events as `parley code --format jsonl` writes them). */
export function codeAgNews(coder: Coder, items: AgNewsItem[]): { id: string; events: unknown[] }[] {
  return items.map((item) => ({ id: item.id, events: coder.code(item.text, { id: item.id }).events ?? [] }));
}

/** Scores predictions against the whole set and each half. */
export function scoreAgNews(items: AgNewsItem[], predictions: { id: string; events: unknown[] }[]): Record<'all' | 'half_a' | 'half_b', AgNewsScores> {
  const folder = mkdtempSync(join(tmpdir(), 'parley-agnews-'));
  try {
    const predFile = join(folder, 'predictions.jsonl');
    writeFileSync(predFile, predictions.map((line) => JSON.stringify(line)).join('\n') + '\n');
    const score = (subset: AgNewsItem[], name: string): AgNewsScores => {
      const goldFile = join(folder, `${name}.jsonl`);
      writeFileSync(goldFile, subset.map((item) => JSON.stringify(item)).join('\n') + '\n');
      const ids = new Set(subset.map((item) => item.id));
      const subsetPredFile = join(folder, `${name}-predictions.jsonl`);
      writeFileSync(subsetPredFile, predictions.filter((line) => ids.has(line.id)).map((line) => JSON.stringify(line)).join('\n') + '\n');
      const result = spawnSync(process.execPath, [realpathSync(AGNEWS_SCORER), goldFile, subsetPredFile, '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      if (result.status !== 0) throw new Error(`the AG News scorer failed: ${result.stderr.trim() || `exit code ${result.status}`}`);
      const report = JSON.parse(result.stdout) as AgNewsScores;
      const round = (value: number) => Math.round(value * 10000) / 10000;
      return {
        gold_events: report.gold_events,
        predicted_events: report.predicted_events,
        matched: report.matched,
        precision: round(report.precision),
        recall: round(report.recall),
        f1: round(report.f1),
        status_accuracy: round(report.status_accuracy),
        hard_status_recall: round(report.hard_status_recall),
      };
    };
    return {
      all: score(items, 'all'),
      half_a: score(items.filter((item) => halfOf(item.id) === 'a'), 'half-a'),
      half_b: score(items.filter((item) => halfOf(item.id) === 'b'), 'half-b'),
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The scorer's reduction of a status to one label (../shared/eval/agnews-score.mjs), by its priority. */
export { guideStatusLabel as statusLabel } from '../../src/testing/guide-label.ts';

type GoldEvent = AgNewsItem['events'][number];

// The scorer's matching rules (../shared/eval/agnews-score.mjs): type (PLOVER, else CAMEO root) and the
// country of each named actor, with its aliases.
const ALIAS: Record<string, string> = { PAL: 'PSE', ROM: 'ROU', UNO: 'IGO', EUR: 'IGO' };
const country = (code: string) => ALIAS[code.slice(0, 3).toUpperCase()] ?? code.slice(0, 3).toUpperCase();

/** Whether a coded event has the gold event's type (PLOVER type, or CAMEO root where the gold has no PLOVER type). */
export function sameType(gold: GoldEvent, event: Event): boolean {
  return gold.plover ? event.plover?.type === gold.plover : event.cameo.code.slice(0, 2) === gold.cameo.slice(0, 2);
}

/** Whether the coded actors cover the gold side: no gold actor, or one coded actor of a gold actor's country. */
export function sameSide(gold: { code: string }[], coded: { code: string }[]): boolean {
  return gold.length === 0 || gold.some((g) => coded.some((p) => country(p.code) === country(g.code)));
}

/** Whether a coded event matches a gold event as the scorer matches them (type, source and target). */
export function matchesGold(gold: GoldEvent, event: Event): boolean {
  return sameType(gold, event) && sameSide(gold.source, event.source) && sameSide(gold.target, event.target);
}
