import { useEffect, useState } from 'preact/hooks';
import { api } from './api.ts';

// The names behind the codes (GET /api/codebook), fetched once per page load and shared by every
// label, picker and help text.

/** The codebook as the API gives it. */
export interface Codebook {
  cameo: { code: string; name: string; goldstein: number; quadClass: 1 | 2 | 3 | 4; plover: string | null }[];
  plover: { type: string; description: string }[];
  quadClasses: Record<string, string>;
  statuses: { status: string; description: string }[];
  sectors: Record<string, string>;
  actors: Record<string, string>;
}

let loading: Promise<Codebook> | null = null;
let loaded: Codebook | null = null;

/** How long to wait before each new try after a failed fetch (a busy server may answer 503 or time out). */
const RETRY_DELAYS_MS = [500, 1_000, 2_000, 4_000, 8_000, 15_000];

/** Fetches the codebook once for the page, trying again after failures; rejects when every try failed. */
function fetchCodebook(): Promise<Codebook> {
  loading ??= (async () => {
    for (let attempt = 0; ; attempt++) {
      try {
        return (loaded = await api<Codebook>('/api/codebook'));
      } catch (failure) {
        if (attempt >= RETRY_DELAYS_MS.length) {
          loading = null;
          throw failure;
        }
        await new Promise((resolve) => setTimeout(resolve, RETRY_DELAYS_MS[attempt]));
      }
    }
  })();
  return loading;
}

/** The codebook, or null until it has arrived (labels show bare codes meanwhile). */
export function useCodebook(): Codebook | null {
  const [codebook, setCodebook] = useState<Codebook | null>(loaded);
  useEffect(() => {
    if (loaded) {
      setCodebook(loaded);
      return;
    }
    let mounted = true;
    fetchCodebook().then(
      (body) => mounted && setCodebook(body),
      () => undefined,
    );
    return () => {
      mounted = false;
    };
  }, []);
  return codebook;
}

const GROUPS: Record<string, string> = { IGO: 'intergovernmental organisation', NGO: 'non-governmental organisation', IMG: 'multinational armed group', UNK: 'unknown country' };

/** The name of an actor code ("Iran: government"), or undefined when the codebook does not know it. */
export function actorName(codebook: Codebook | null, code: string): string | undefined {
  if (!codebook) return undefined;
  const own = codebook.actors[code];
  if (own) return own;
  const country = codebook.actors[code.slice(0, 3)] ?? GROUPS[code.slice(0, 3)];
  if (!country) return undefined;
  if (code.length <= 3) return country;
  const sector = codebook.sectors[code.slice(3, 6)];
  if (sector) return `${country}: ${sector}${code.length > 6 ? ` (${code.slice(6)})` : ''}`;
  const organisation = codebook.actors[code.slice(0, 6)];
  return organisation ? `${organisation} (${code.slice(6)})` : `${country} (${code.slice(3)})`;
}

/** A CAMEO code's codebook line for a tooltip: name, Goldstein weight, quad class and PLOVER type. */
export function cameoHelp(codebook: Codebook | null, code: string): string | undefined {
  const entry = codebook?.cameo.find((row) => row.code === code);
  if (!entry || !codebook) return undefined;
  return `CAMEO ${entry.code}: ${entry.name}\nGoldstein ${entry.goldstein} (−10 most conflictual, +10 most cooperative)\nquad class ${entry.quadClass}: ${codebook.quadClasses[entry.quadClass]}${entry.plover ? `\nPLOVER ${entry.plover}` : ''}`;
}
