import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Document } from '../core/document.ts';
import { ParleyError } from '../core/errors.ts';
import type { Event } from '../core/event.ts';
import { SHARED_ROOT } from '../core/paths.ts';

/** The scorer that ships with the evaluation sets (../shared/eval/score.mjs). */
export const DEFAULT_SCORER = path.join(SHARED_ROOT, 'eval/score.mjs');

/** One gold record as the evaluation reads it (the PLOVER GSR JSONL shape). */
export interface GoldRecord {
  id: string;
  text: string;
}

/** A prediction line for the scorer: the events coded for one gold record. */
export interface PredictionLine {
  id: string;
  events: { event?: string; cameo: string; source: string[]; target: string[] }[];
}

/**
 * Events that say something happened (or was threatened, promised, demanded): not negated,
 * hypothetical or speculative. A refusal or threat recoded from a negated or conditional event
 * ("will not accept refugees", "may halt mediation if ...") is itself asserted.
 */
export function isAssertedEvent(event: Event): boolean {
  if (event.recoded && event.recoded.reason !== 'intent' && event.status.modality !== 'speculative') return true;
  return event.status.polarity === 'positive' && event.status.modality !== 'hypothetical' && event.status.modality !== 'speculative';
}

/** Turns a coded document into the scorer's prediction line. */
export function toPredictionLine(id: string, doc: Document): PredictionLine {
  return {
    id,
    events: (doc.events ?? []).filter(isAssertedEvent).map((event) => ({
      ...(event.plover ? { event: event.plover.type } : {}),
      cameo: event.cameo.code,
      source: event.source.map((actor) => actor.code),
      target: event.target.map((actor) => actor.code),
    })),
  };
}

/** Parses gold JSONL, reporting every malformed line at once. */
export function parseGold(content: string, name: string): GoldRecord[] {
  const records: GoldRecord[] = [];
  const problems: string[] = [];
  for (const [index, line] of content.split(/\r?\n/).entries()) {
    if (line.trim() === '') continue;
    try {
      const record = JSON.parse(line) as Partial<GoldRecord>;
      if (typeof record.id !== 'string' || typeof record.text !== 'string') problems.push(`${name}:${index + 1}: a gold record needs string "id" and "text"`);
      else records.push({ id: record.id, text: record.text });
    } catch (error) {
      problems.push(`${name}:${index + 1}: not JSON: ${(error as Error).message}`);
    }
  }
  if (problems.length) throw new ParleyError('INPUT_INVALID', `${problems.length} bad line(s) in ${name}`, problems);
  return records;
}

/** Runs the shared scorer on predictions; returns its JSON report, or its table when `json` is false. */
export function runScorer(goldFile: string, predictions: PredictionLine[], options: { json: boolean; scorer?: string; strictTypes?: boolean }): string {
  const scorer = options.scorer ?? DEFAULT_SCORER;
  if (!existsSync(scorer)) {
    throw new ParleyError('USAGE', `the scorer ${scorer} does not exist; pass --scorer PATH (it ships as ../shared/eval/score.mjs)`);
  }
  const folder = mkdtempSync(path.join(tmpdir(), 'parley-eval-'));
  try {
    const predFile = path.join(folder, 'predictions.jsonl');
    writeFileSync(predFile, predictions.map((line) => JSON.stringify(line)).join('\n') + '\n');
    // By its real path: the scorer runs only when its path is the module's own, which a symlinked ../shared breaks.
    const args = [realpathSync(scorer), goldFile, predFile, ...(options.json ? ['--json'] : []), ...(options.strictTypes ? ['--strict-types'] : [])];
    const result = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (result.status !== 0) throw new ParleyError('INPUT_INVALID', `the scorer failed: ${result.stderr.trim() || `exit code ${result.status}`}`);
    return result.stdout;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
