import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ParleyError } from '../core/errors.ts';
import { REPOSITORY_ROOT } from '../core/paths.ts';
import { parseTsv } from '../core/tsv.ts';
import type { Ontology } from './ontology.ts';

/** Where the shipped pattern files are: one JSON-lines file per CAMEO root. */
export const DEFAULT_PATTERN_DIR = path.join(REPOSITORY_ROOT, 'data/events/patterns');
/** Where the patterns compiled from the field's dictionaries are (`npm run import:dictionaries`). */
export const DEFAULT_IMPORTED_PATTERN_DIRS = [path.join(REPOSITORY_ROOT, 'data/events/petrarch')];
/** Where an imported pattern looks for its target when its line names no roles; last, the subject of its clausal complement ("believes Israel will ..."). */
export const IMPORTED_TARGET_ROLES = ['object', 'iobj', 'with', 'to', 'against', 'on', 'from', 'for', 'complement'];
/**
 * Where an imported pattern whose line names what the object is looks for its target: the object
 * is then the thing acted with, and the one it goes to comes first ("sent troops to Iraq", "sent
 * an envoy to Pyongyang": Iraq and North Korea, not the troops or the envoy).
 */
export const IMPORTED_OBJECT_TARGET_ROLES = ['to', 'into', 'object', 'iobj', 'with', 'against', 'on', 'from', 'for', 'complement'];

/** The target roles of an imported line that names none, by whether it names what the object is. */
export function importedTargetRoles(namesObject: boolean): string[] {
  return namesObject ? IMPORTED_OBJECT_TARGET_ROLES : IMPORTED_TARGET_ROLES;
}
/** Where the shipped frame table is. */
export const DEFAULT_FRAME_FILE = path.join(REPOSITORY_ROOT, 'data/events/frames.tsv');

/**
 * Where an event's source or target is found, relative to the trigger:
 * - `subject`: the subject (for a passive verb, the "by" agent; for a noun, its possessor,
 *   a compound or demonym modifier, or "by");
 * - `object`: the direct object (for a passive verb, its subject; for a noun, its "of" phrase);
 * - `iobj`: the indirect object;
 * - `complement`: the subject of the trigger's clausal complement ("said that Iraq must ...": Iraq),
 *   or of a noun's content clause ("allegations that Iran had ...": Iran);
 * - a preposition ("with", "on", "against" ...): a phrase introduced by it.
 */
export type Role = string;

/** Frames: a verb or noun that takes another event as its complement ("urged X to negotiate"). */
export type Frame = 'appeal' | 'demand' | 'intent' | 'reject' | 'threaten' | 'transparent';

const LEMMAS = /^[a-z][a-z' -]*(\|[a-z][a-z' -]*)*$/;
const ROLE = /^(subject|object|iobj|[a-z]+)$/;

const patternSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'ids are lower case letters, digits, ".", "_" and "-"'),
    code: z.string().regex(/^(0[1-9]|1\d|20)\d{0,2}$/, 'expected a CAMEO code such as "036" or "1041"'),
    trigger: z.string().regex(LEMMAS, 'expected lemmas separated by "|"'),
    pos: z.enum(['verb', 'noun', 'adj']).default('verb'),
    object: z.string().regex(LEMMAS).optional(),
    person: z.boolean().optional(),
    modifier: z.array(z.string().regex(LEMMAS)).optional(),
    prep: z.string().regex(/^[a-z]+$/).optional(),
    destination: z.boolean().optional(),
    particle: z.string().regex(/^[a-z]+$/).optional(),
    modal: z.string().regex(LEMMAS).optional(),
    verdict: z.string().regex(LEMMAS).optional(),
    sequence: z.array(z.string().regex(/^(_?\*_?|[a-z'-]+( [a-z'-]+)*(\|[a-z'-]+( [a-z'-]+)*)*)$/, 'expected "*" or words, alternatives joined by "|"')).optional(),
    reverse: z.string().regex(/^(0[1-9]|1\d|20)\d{0,2}$/, 'expected a CAMEO code such as "033"').optional(),
    compound: z.boolean().optional(),
    reciprocal: z.boolean().optional(),
    passive: z.boolean().optional(),
    gerund: z.boolean().optional(),
    clause: z.boolean().optional(),
    subjectOf: z.string().regex(LEMMAS).optional(),
    amidViolence: z.boolean().optional(),
    dated: z.boolean().optional(),
    absorbs: z.boolean().optional(),
    placeTarget: z.boolean().optional(),
    foreignTarget: z.boolean().optional(),
    frame: z.enum(['appeal', 'demand', 'intent', 'reject', 'threaten', 'transparent']).optional(),
    source: z.array(z.string().regex(ROLE)).default(['subject']),
    target: z.array(z.string().regex(ROLE)).default(['object']),
    example: z.string().min(5).optional(),
    expect: z.tuple([z.string().regex(/^([A-Z]{3})?$/), z.string().regex(/^([A-Z]{3})?$/)]).optional(),
    needsTarget: z.boolean().optional(),
    sourceSectors: z.array(z.string().regex(/^[A-Z]{3}$/)).optional(),
    note: z.string().optional(),
    /** Set on patterns compiled from another project's dictionary: where the line came from. */
    dictionary: z.string().regex(/^[a-z0-9]+\/[^:]+:\d+$/, 'expected "<source>/<file>:<line>"').optional(),
  })
  .strict()
  .superRefine((pattern, context) => {
    // Parley's own patterns test themselves through their example; imported ones have none.
    if (pattern.dictionary) return;
    if (pattern.example === undefined) context.addIssue({ code: 'custom', path: ['example'], message: 'a pattern of Parley\'s own needs an example' });
    if (pattern.expect === undefined) context.addIssue({ code: 'custom', path: ['expect'], message: 'a pattern of Parley\'s own needs expect' });
  });

/** One event pattern: a trigger over the parse, the roles that give source and target, a CAMEO code. */
export interface Pattern {
  id: string;
  code: string;
  /** Lemmas that trigger the pattern. */
  trigger: string[];
  pos: 'verb' | 'noun' | 'adj';
  /** Lemmas one of which the trigger's direct object must have ("impose" + "sanction"). */
  object?: string[];
  /** The direct object (a passive verb's subject) must name a person or people ("seized two Americans"), not a place or a thing. */
  person?: boolean;
  /** The verb has no direct object and a plural or coordinated subject: the act is between the subject's members ("Russian and Ukrainian presidents met"). */
  reciprocal?: boolean;
  /** The verb is passive or a participle hung on the noun it was done to, with no object left ("were charged on Monday", "suspects charged in the plot", not "police charged the crowd", "were charged a fee"). */
  passive?: boolean;
  /** The verb takes a gerund clause of an act as its complement ("denied killing the hostages", "admitted abducting"): the act stands, coded on its own. */
  gerund?: boolean;
  /** The verb takes a finite clause with a subject as its complement, with or without "that" ("denied its troops had crossed the border"). */
  clause?: boolean;
  /** Verbs one of which the (noun) trigger must be the subject of: it is an event only when it happens or holds ("a truce took effect"). */
  subjectOf?: string[];
  /** The sentence must show violence: an actor who bears arms, or counted casualties ("an explosion ..., killing five"); not "a mysterious explosion". */
  amidViolence?: boolean;
  /** The noun must name its year or decade ("the 1998 border war", "the war of 1998", "fought a war in the 1980s"): a dated event is a specific one, where the bare noun is a topic ("the war in Iraq"). */
  dated?: boolean;
  /** The object noun the `object` constraint names is part of this act, whatever its own code ("lodged a protest": a complaint, not a demonstration). */
  absorbs?: boolean;
  /** The target must be a country or place as such, no body or group ("withdrawal from Lebanon", not "from the European Union"). */
  placeTarget?: boolean;
  /** The verb's object must name a country or place, and no target be a source's own country ("troops left Iraq", not "left Nigeria for Darfur", "left their base"). */
  foreignTarget?: boolean;
  /** Word groups that must each modify that object, before it ("abandon" + "diplomatic" "ties"): lemmas or forms. */
  modifier?: string[][];
  /** A preposition the trigger must govern ("call" + "for"). */
  prep?: string;
  /**
   * The `prep` phrase must be a noun phrase that names an actor, a country or a place, the end of a
   * trip ("flew to Kabul", "headed to the White House"), not an infinitive or a thing ("went to vote",
   * "is going to resign", "went to prison", "go to war").
   */
  destination?: boolean;
  /** A particle the verb must have ("step" + "up"). */
  particle?: string;
  /**
   * Words in order around the trigger ("*"), others allowed between them; "_*" / "*_": the word
   * before / after touches the trigger; alternatives joined by "|", the words of one by spaces
   * (compiled from PETRARCH's "INDICATED WOULD * NOW", src/dictionaries/verbs.ts readSequence).
   */
  sequence?: string[];
  /** The code of the act seen from the target's side, coded too with the roles swapped ("[032:033]"). */
  reverse?: string;
  /** The subject is several actors and the act is between them: one event each way per pair. */
  compound?: boolean;
  /** Modal auxiliaries one of which the trigger's clausal complement must have ("said X must ..."). */
  modal?: string[];
  /** Lemmas one of which must head the trigger's clausal complement: a judgment of it ("said the resolution was unfair", "warned the plan would hurt ..."). */
  verdict?: string[];
  /** Code nothing when no target is found ("said that any dialogue must be fair" demands nothing of anyone). */
  needsTarget?: boolean;
  /** Code nothing unless every source is an actor of one of these sectors or an international body ("ministers gathered", not "villagers gathered"). */
  sourceSectors?: string[];
  /** Set when the trigger frames another event ("urge X to ..."). */
  frame?: Frame;
  source: Role[];
  target: Role[];
  /** A sentence the pattern codes, and the country codes its source and target resolve to (Parley's own patterns). */
  example?: string;
  expect?: [string, string];
  /** For a pattern compiled from another project's dictionary: "petrarch2/CAMEO.2.0.txt:943". */
  dictionary?: string;
  /** "file:line", for messages. */
  origin: string;
}

/** How a frame combines with the event it frames: frame + code prefix → code. */
export interface FrameRule {
  frame: Frame;
  prefix: string;
  code: string;
  /** Whose target the framed event takes: the frame's own ("urged Iran to ...": Iran) or the framed event's. */
  target: 'frame' | 'framed';
  origin: string;
}

/** The pattern lexicon, indexed by trigger lemma. */
export interface PatternLexicon {
  patterns: Pattern[];
  frames: FrameRule[];
  /** Patterns whose trigger is `lemma` with part of speech `pos`, most specific first. */
  lookup(lemma: string, pos: Pattern['pos']): Pattern[];
  /** The code a frame gives to a framed event of `code`, or undefined when no rule applies. */
  frameCode(frame: Frame, code: string): FrameRule | undefined;
}

const specificity = (pattern: Pattern) =>
  (pattern.modal ? 2 : 0) + (pattern.verdict ? 2 : 0) + (pattern.object ? 2 : 0) + (pattern.person ? 3 : 0) + (pattern.reciprocal ? 1 : 0) + (pattern.gerund ? 2 : 0) + (pattern.clause ? 2 : 0) + (pattern.subjectOf ? 2 : 0) + (pattern.amidViolence ? 1 : 0) + (pattern.dated ? 1 : 0) + (pattern.modifier?.length ?? 0) + (pattern.prep ? 2 : 0) + (pattern.particle ? 2 : 0) + (pattern.trigger.some((t) => t.includes(' ')) ? 1 : 0) + sequenceWords(pattern.sequence) + (pattern.compound ? 1 : 0);

/**
 * How many words a sequence asks for: the fewest of each position's alternatives, and two more when a word
 * must touch the trigger ("_*", "*_"), a constraint as strict as a preposition's: "a mortar shell slammed
 * into" (194.shell-lands) outranks "slammed into" (111.slam-into).
 */
function sequenceWords(sequence: readonly string[] | undefined): number {
  const touching = (sequence ?? []).some((position) => position === '_*' || position === '*_') ? 2 : 0;
  return touching + (sequence ?? []).filter((position) => !position.includes('*')).reduce((sum, position) => sum + Math.min(...position.split('|').map((words) => words.split(' ').length)), 0);
}

/** What `lookup` gives a lemma no pattern has (shared: callers only read it). */
const NO_PATTERNS: Pattern[] = [];

/**
 * Builds the lexicon from checked patterns and frame rules (pure: tests hand it a few rows).
 * Parley's own patterns for a lemma are tried before imported ones, each most specific first.
 */
export function createPatternLexicon(patterns: Pattern[], frames: FrameRule[] = []): PatternLexicon {
  // by part of speech, then lemma: asked for every token of every sentence, so no key string is built per question
  const index = new Map<Pattern['pos'], Map<string, Pattern[]>>();
  for (const pattern of patterns) {
    let byLemma = index.get(pattern.pos);
    if (!byLemma) index.set(pattern.pos, (byLemma = new Map()));
    for (const lemma of pattern.trigger) {
      const list = byLemma.get(lemma) ?? [];
      list.push(pattern);
      byLemma.set(lemma, list);
    }
  }
  const imported = (pattern: Pattern) => (pattern.dictionary ? 1 : 0);
  for (const byLemma of index.values()) for (const list of byLemma.values()) list.sort((a, b) => imported(a) - imported(b) || specificity(b) - specificity(a));
  const sortedFrames = [...frames].sort((a, b) => b.prefix.length - a.prefix.length);
  return {
    patterns,
    frames,
    lookup: (lemma, pos) => index.get(pos)?.get(lemma) ?? NO_PATTERNS,
    frameCode: (frame, code) => sortedFrames.find((rule) => rule.frame === frame && code.startsWith(rule.prefix)),
  };
}

/** Parses one pattern file (JSON lines; `#` lines are comments). Problems go to `problems`. */
export function parsePatternFile(text: string, label: string, problems: string[]): Pattern[] {
  const patterns: Pattern[] = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const origin = `${label}:${index + 1}`;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (error) {
      problems.push(`${origin}: not valid JSON (${(error as Error).message})`);
      continue;
    }
    const parsed = patternSchema.safeParse(json);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${origin}: ${issue.path.join('.') || 'pattern'}: ${issue.message}`);
      continue;
    }
    const { trigger, object, modal, verdict, modifier, subjectOf, ...rest } = parsed.data;
    // An imported line that names no roles looks for its target where imported patterns do.
    const target = rest.dictionary && !(json as { target?: unknown }).target ? importedTargetRoles(object !== undefined) : rest.target;
    patterns.push({ ...rest, target, trigger: trigger.split('|'), object: object?.split('|'), ...(modifier && { modifier: modifier.map((group) => group.split('|')) }), modal: modal?.split('|'), ...(verdict && { verdict: verdict.split('|') }), ...(subjectOf && { subjectOf: subjectOf.split('|') }), origin });
  }
  return patterns;
}

const cameoCode = z.string().regex(/^\d{2,4}$/, 'expected a CAMEO code such as "04" or "0356"');
const frameRowSchema = z.object({
  frame: z.enum(['appeal', 'demand', 'intent', 'reject', 'threaten']),
  framed: cameoCode,
  code: cameoCode,
  target: z.enum(['frame', 'framed']),
});

/** Parses the frame table: frame, code prefix, resulting code, whose target. */
export function parseFrameFile(text: string, label: string, problems: string[]): FrameRule[] {
  return parseTsv(text, label, frameRowSchema, problems, { exactCells: true }).map(({ value, source }) => ({
    frame: value.frame,
    prefix: value.framed,
    code: value.code,
    target: value.target,
    origin: source,
  }));
}

/**
 * Reads every pattern file (Parley's own, then the imported folders) and the frame table, checks
 * ids are unique and codes exist in the ontology, and reports all problems at once.
 */
export function loadPatternLexicon(
  ontology: Ontology,
  directory = DEFAULT_PATTERN_DIR,
  frameFile = DEFAULT_FRAME_FILE,
  importedDirectories: readonly string[] = DEFAULT_IMPORTED_PATTERN_DIRS,
): PatternLexicon {
  const problems: string[] = [];
  const relative = (file: string) => path.relative(process.cwd(), file) || file;
  const readFolder = (folder: string, imported: boolean) => {
    let files: string[];
    try {
      files = readdirSync(folder).filter((name) => name.endsWith('.jsonl')).sort();
    } catch (error) {
      throw new ParleyError('DATA_INVALID', `cannot read the event patterns in ${relative(folder)}: ${(error as Error).message}`);
    }
    return files.flatMap((name) => {
      const file = path.join(folder, name);
      const found = parsePatternFile(readFileSync(file, 'utf8'), relative(file), problems);
      for (const pattern of found) {
        if (imported !== Boolean(pattern.dictionary)) problems.push(`${pattern.origin}: ${imported ? 'an imported pattern needs "dictionary"' : '"dictionary" marks imported patterns, which belong in their own folder'}`);
      }
      return found;
    });
  };
  const patterns = [directory, ...importedDirectories].flatMap((folder, index) => readFolder(folder, index > 0));
  let frames: FrameRule[] = [];
  try {
    frames = parseFrameFile(readFileSync(frameFile, 'utf8'), relative(frameFile), problems);
  } catch (error) {
    problems.push(`${relative(frameFile)}: ${(error as Error).message}`);
  }
  problems.push(...checkPatterns(patterns, frames, ontology));
  if (problems.length) throw new ParleyError('DATA_INVALID', `${problems.length} problem(s) in the event patterns`, problems);
  return createPatternLexicon(patterns, frames);
}

/** Cross-row checks: unique ids, codes known to the ontology. */
export function checkPatterns(patterns: readonly Pattern[], frames: readonly FrameRule[], ontology: Ontology): string[] {
  const problems: string[] = [];
  const ids = new Map<string, string>();
  for (const pattern of patterns) {
    const earlier = ids.get(pattern.id);
    if (earlier) problems.push(`${pattern.origin}: id "${pattern.id}" is already used at ${earlier}`);
    else ids.set(pattern.id, pattern.origin);
    if (!ontology.isCode(pattern.code)) problems.push(`${pattern.origin}: code "${pattern.code}" is not a CAMEO code`);
  }
  for (const rule of frames) {
    if (!ontology.isCode(rule.code)) problems.push(`${rule.origin}: code "${rule.code}" is not a CAMEO code`);
  }
  return problems;
}
