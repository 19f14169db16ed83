import type { Event } from '../core/event.ts';

/** A gold event of the AG News dev set, as far as matching needs it. */
export interface AgNewsGoldEvent {
  cameo: string;
  plover: string | null;
  source: { code: string }[];
  target: { code: string }[];
}

/** Code aliases of ../shared/eval/agnews-score.mjs. */
const ALIAS: Record<string, string> = { PAL: 'PSE', ROM: 'ROU', UNO: 'IGO', EUR: 'IGO' };

const country = (code: string) => {
  const three = code.slice(0, 3).toUpperCase();
  return ALIAS[three] ?? three;
};

/** True when the gold side is empty or shares a country code with the predicted side. */
function overlaps(gold: readonly { code: string }[], predicted: readonly { code: string }[]): boolean {
  return gold.length === 0 || gold.some((g) => predicted.some((p) => country(p.code) === country(g.code)));
}

/**
 * Pairs gold events with coded events exactly as ../shared/eval/agnews-score.mjs does: each gold
 * event in order takes the first still unpaired coded event whose PLOVER type agrees (the CAMEO
 * root, for gold events PLOVER does not code) and whose source and target share a country code
 * with the gold ones where gold names them. Returns, for each gold event, the index of its coded
 * event or -1.
 */
export function matchAgNewsEvents(gold: readonly AgNewsGoldEvent[], predicted: readonly Event[]): number[] {
  const free = predicted.map((_, index) => index);
  return gold.map((g) => {
    const at = free.findIndex((index) => {
      const p = predicted[index];
      const typeOk = g.plover ? p.plover?.type === g.plover : p.cameo.code.slice(0, 2) === String(g.cameo).slice(0, 2);
      return typeOk && overlaps(g.source, p.source) && overlaps(g.target, p.target);
    });
    if (at < 0) return -1;
    const [index] = free.splice(at, 1);
    return index;
  });
}
