import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ParleyError } from '../core/errors.ts';
import { REPOSITORY_ROOT } from '../core/paths.ts';
import { LEXICON } from '../lexicon/index.ts';

/** Where the shipped status cue lists are. */
export const DEFAULT_CUES_FILE = path.join(REPOSITORY_ROOT, 'data/events/cues.json');

const words = z.array(z.string().min(1)).min(1);
const cuesSchema = z.object({
  _comment: z.string().optional(),
  negation: words,
  negatingVerbs: words,
  unrefusingVerbs: words,
  claimNouns: words,
  dateNouns: words,
  evidenceNouns: words,
  supportVerbs: words,
  yetVerbs: words,
  future: words,
  futureFrames: words,
  futureTimeWords: words,
  futureMarkers: words,
  hypothetical: words,
  hypotheticalModifiers: words,
  openModifiers: words,
  prospectNouns: words,
  intent: words,
  weighing: words,
  excluding: words,
  commitments: words,
  purposeParticiples: words,
  purposeNouns: words,
  reasonVerbs: words,
  planningVerbs: words,
  intendedModifiers: words,
  scheduleVerbs: words,
  motionVerbs: words,
  enablingVerbs: words,
  ordinals: words,
  questionMarkers: words,
  timeMarkers: words,
  expectations: words,
  startVerbs: words,
  definiteDeterminers: words,
  settingPrepositions: words,
  settingNouns: words,
  itineraryNouns: words,
  inclusionVerbs: words,
  presupposingPrepositions: words,
  evaluationVerbs: words,
  aftermathNouns: words,
  agentNouns: words,
  kindNouns: words,
  madeActs: words,
  presentingVerbs: words,
  preventingVerbs: words,
  delayingVerbs: words,
  stoppingVerbs: words,
  dangerVerbs: words,
  dangerNamingVerbs: words,
  speech: words,
  belief: words,
  pastBeliefs: words,
  reportAdverbs: words,
  reportAdjectives: words,
  accusations: words,
  unnamedSources: words,
  conditions: words,
  futureConditions: words,
  notConditionHeads: words,
  historicalMarkers: words,
  historicalAdverbs: words,
  historicalUnits: words,
  yearBackModifiers: words,
  recentUnits: words,
  memoryWords: words,
});

/** The word lists that decide an event's status, as sets. */
export type StatusCues = { [K in Exclude<keyof z.infer<typeof cuesSchema>, '_comment'>]: Set<string> };

/** Builds the cue sets from the file's content (pure, for tests). */
export function createStatusCues(data: unknown, source = 'cues'): StatusCues {
  const parsed = cuesSchema.safeParse(data);
  if (!parsed.success) {
    throw new ParleyError(
      'DATA_INVALID',
      `${source}: the status cue lists are malformed`,
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    );
  }
  const { _comment, ...lists } = parsed.data;
  void _comment;
  const sets = Object.fromEntries(Object.entries(lists).map(([key, list]) => [key, new Set(list)])) as StatusCues;
  // The nouns of an effort are purpose nouns too ("efforts to", "a bid to"): one list, effort-nouns.txt.
  for (const noun of LEXICON.effortNouns) sets.purposeNouns.add(noun);
  return sets;
}

/** Reads the status cue lists. */
export function loadStatusCues(file = DEFAULT_CUES_FILE): StatusCues {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ParleyError('DATA_INVALID', `${path.relative(process.cwd(), file)}: ${(error as Error).message}`);
  }
  return createStatusCues(data, path.relative(process.cwd(), file));
}
