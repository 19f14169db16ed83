// Reads a PETRARCH verb dictionary (CAMEO.2.0.txt, PETR.Validate.verbs.txt) and compiles what maps
// cleanly onto Parley's pattern format: the verb alone, verb + object noun, verb + preposition,
// verb + particle, with synonym sets (&NAME) expanded. Everything else is skipped and counted.

import { IMPORTED_TARGET_ROLES, importedTargetRoles, type Pattern } from '../events/patterns.ts';

/** Words PETRARCH writes after a verb that Parley's parser attaches as verb particles. */
const PARTICLES = new Set(['up', 'down', 'out', 'off', 'back', 'away', 'over', 'in', 'on', 'forward', 'apart', 'aside', 'through', 'around']);
/** Prepositions a multi-word verb may end with ("ASK_FOR"). */
const PREPOSITIONS = new Set(['for', 'with', 'to', 'against', 'on', 'from', 'into', 'at', 'of', 'about', 'upon', 'by', 'after', 'in']);
const LEMMA = /^[a-z][a-z'-]*$/;

/** One verb line of a block: its lemma, the particle or preposition of a multi-word verb, its own code. */
export interface VerbEntry {
  lemma: string;
  particle?: string;
  prep?: string;
  /** The verb's own code ("[020]"); undefined when it has none (the block's code applies). */
  code?: string;
  line: number;
}

/** One pattern line ("- * SANCTIONS [163]") with where it is. */
export interface VerbPatternLine {
  text: string;
  line: number;
}

/** A verb synonym block: "--- ASK [---] ---", its verbs and its patterns. */
export interface VerbBlock {
  name: string;
  code: string;
  line: number;
  verbs: VerbEntry[];
  multiWord: { text: string; line: number }[];
  patterns: VerbPatternLine[];
}

/** A parsed verb dictionary: synonym sets (already expanded) and verb blocks. */
export interface VerbDictionary {
  synsets: Map<string, string[]>;
  blocks: VerbBlock[];
  /** Transformation lines ("~ a (a b ATTACK) SAY = a b 015"): not compiled. */
  transformations: number;
}

/** A compiled pattern, in the shape of a line of data/events/petrarch/*.jsonl. */
export interface CompiledPattern {
  id: string;
  code: string;
  trigger: string;
  object?: string;
  /** Words that must modify the object, one group each ("diplomatic", "military|economic"). */
  modifier?: string[];
  prep?: string;
  particle?: string;
  /** Words around the verb in order, for what the fields above cannot say (see readSequence). */
  sequence?: string[];
  /** Where the target is, when the line marks it ("* AT ^ +": the "at" phrase). */
  target?: string[];
  /** The code of the same act seen from the target's side ("[032:033]": a visit, and being visited). */
  reverse?: string;
  /** "%" before the verb: the subject is several actors, and the act is between them. */
  compound?: boolean;
  dictionary: string;
}

/** What compiling gives: the patterns and, per reason, how many pattern lines were skipped. */
export interface VerbCompilation {
  patterns: CompiledPattern[];
  skipped: Map<string, number>;
}

function stripComment(line: string): string {
  if (line.trimStart().startsWith('<!--')) return '';
  const at = line.indexOf('#');
  return (at < 0 ? line : line.slice(0, at)).trimEnd();
}

/** Parses the text of a verb dictionary. Lines keep their numbers for the ids. */
export function parseVerbDictionary(text: string): VerbDictionary {
  const rawSynsets = new Map<string, string[]>();
  const blocks: VerbBlock[] = [];
  let synset: string[] | undefined;
  let block: VerbBlock | undefined;
  let transformations = 0;
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = stripComment(raw).trim();
    const number = index + 1;
    if (line === '') {
      synset = undefined;
      continue;
    }
    if (line.startsWith('####')) continue;
    if (line.startsWith('---')) {
      const match = /^---\s*(.*?)\s*\[([^\]]*)\]/.exec(line);
      block = { name: (match?.[1] ?? line.replace(/-/g, '').trim()).toLowerCase(), code: match?.[2]?.trim() ?? '---', line: number, verbs: [], multiWord: [], patterns: [] };
      blocks.push(block);
      synset = undefined;
      continue;
    }
    if (line.startsWith('&')) {
      synset = [];
      rawSynsets.set(line.split(/\s+/)[0], synset);
      block = undefined;
      continue;
    }
    if (synset && line.startsWith('+')) {
      synset.push(line.slice(1).trim());
      continue;
    }
    if (line.startsWith('~')) {
      transformations++;
      continue;
    }
    if (!block) continue;
    if (line.startsWith('-')) {
      block.patterns.push({ text: line.slice(1).trim(), line: number });
      continue;
    }
    const code = /\[([^\]]*)\]/.exec(line)?.[1]?.trim();
    const word = line.replace(/\{[^}]*\}/g, ' ').replace(/\[[^\]]*\]/g, ' ').trim().split(/\s+/)[0];
    if (!word) continue;
    const verb = readVerb(word);
    if (verb) block.verbs.push({ ...verb, code, line: number });
    else block.multiWord.push({ text: word, line: number });
  }
  const synsets = new Map<string, string[]>();
  const expand = (name: string, seen: Set<string>): string[] => {
    const key = rawSynsets.has(name) ? name : rawSynsets.has(`${name}_`) ? `${name}_` : name;
    if (seen.has(key)) return [];
    const members = rawSynsets.get(key) ?? [];
    return members.flatMap((member) => (member.startsWith('&') ? expand(member.split(/\s+/)[0], new Set([...seen, key])) : [member]));
  };
  for (const name of rawSynsets.keys()) synsets.set(name.replace(/_$/, ''), expand(name, new Set()));
  return { synsets, blocks, transformations };
}

/** A verb word: "ASK", "+ASK_FOR" (verb + preposition), "+CORDON_OFF" (verb + particle). */
function readVerb(word: string): Omit<VerbEntry, 'code' | 'line'> | undefined {
  const parts = word.toLowerCase().split('_').filter(Boolean);
  if (parts.length === 1) {
    const lemma = parts[0].replace(/^\+/, '');
    return LEMMA.test(lemma) ? { lemma } : undefined;
  }
  if (parts.length !== 2 || !parts[0].startsWith('+')) return undefined;
  const lemma = parts[0].slice(1);
  if (!LEMMA.test(lemma)) return undefined;
  if (PARTICLES.has(parts[1]) && !PREPOSITIONS.has(parts[1])) return { lemma, particle: parts[1] };
  if (PREPOSITIONS.has(parts[1])) return { lemma, prep: parts[1] };
  return undefined;
}

/** Every verb lemma of a dictionary's blocks. */
export function verbLemmas(dictionary: VerbDictionary): Set<string> {
  return new Set(dictionary.blocks.flatMap((block) => block.verbs.map((verb) => verb.lemma)));
}

/**
 * The codes of "[042:043]": the act's, and the target's side of it (PETRARCH's paired codes, kept
 * when it is a code); undefined with the reason for "[---]", "[:173]", "[080!]".
 */
function primaryCode(text: string): { code?: string; reverse?: string; reason?: string } {
  const [first, second] = text.split(':').map((part) => part.trim());
  if (first === '---') return { reason: 'null code [---]' };
  if (first === '') return { reason: 'no code for the verb\'s own event ([:NNN])' };
  if (!/^\d{2,4}$/.test(first)) return { reason: 'code not of the form NNN' };
  return { code: first, ...(second && /^\d{2,4}$/.test(second) && { reverse: second }) };
}

/** Singular and plural lemmas of a PETRARCH noun ("SANCTIONS" → sanction|sanctions). */
function nounLemmas(word: string): string[] {
  const lower = word.toLowerCase().replace(/_$/, '');
  const forms = [lower];
  if (lower.endsWith('ies') && lower.length > 4) forms.push(`${lower.slice(0, -3)}y`);
  else if (lower.endsWith('sses')) forms.push(lower.slice(0, -2));
  else if (lower.endsWith('s') && !lower.endsWith('ss') && lower.length > 3) forms.push(lower.slice(0, -1));
  return forms.filter((form) => LEMMA.test(form));
}

/** Splits the part after "*" into tokens, keeping "{...}" and "(...)" groups whole. */
function tokens(text: string): string[] {
  return text.match(/\{[^}]*\}|\([^)]*\)|\S+/g) ?? [];
}

interface Constraints {
  object?: string[];
  /** Word groups that must each modify the object ("* DIPLOMATIC TIES": [[diplomatic]]). */
  modifier?: string[][];
  prep?: string;
  particle?: string;
}

/** The constraints of a pattern's post-verb part, or the reason it does not map. */
function readPostVerb(text: string, synsets: Map<string, string[]>): Constraints | string {
  const result: Constraints = {};
  for (const token of tokens(text)) {
    if (/^[$+^%]$/.test(token) || /[$^%]/.test(token)) return 'source/target markers ($ + ^ %)';
    if (token.startsWith('{')) return 'multi-word noun phrase {...}';
    if (token.startsWith('(')) {
      const words = token.slice(1, -1).trim().split(/\s+/).filter(Boolean);
      if (words.length !== 1 || words[0].startsWith('&')) return 'noun inside a prepositional phrase (PREP NOUN)';
      if (result.prep) return 'more than one prepositional phrase';
      const prep = words[0].toLowerCase();
      if (!/^[a-z]+$/.test(prep)) return 'noun inside a prepositional phrase (PREP NOUN)';
      result.prep = prep;
      continue;
    }
    if (result.prep) return 'words after a prepositional phrase';
    if (token.startsWith('&')) {
      const members = synsets.get(token.replace(/_$/, ''));
      if (!members) return 'undefined synonym set';
      const lemmas = members.filter((member) => !/[_ ]/.test(member)).flatMap(nounLemmas);
      if (!lemmas.length) return 'synonym set of multi-word phrases only';
      if (result.object) return 'more than one noun after the verb';
      result.object = lemmas;
      continue;
    }
    if (token.includes('_')) return 'multi-word noun phrase A_B';
    const word = token.toLowerCase();
    if (!result.object && !result.particle && PARTICLES.has(word)) {
      result.particle = word;
      continue;
    }
    if (result.object) return 'more than one noun after the verb';
    const lemmas = nounLemmas(token);
    if (!lemmas.length) return 'word not a plain lemma';
    result.object = lemmas;
  }
  return result;
}

const WORD = /^[a-z][a-z'-]*$/;

/**
 * Like readPostVerb, but a noun phrase of several words ("* DIPLOMATIC TIES", "* {ECONOMIC AID}",
 * "* NEW_&TIETYPES_RELATIONS") is read as its head, the last word, with the words before it as
 * modifiers the object must have. A synonym set at the head with phrases of several words
 * ("&CURRENCY": dollars, austrian florin) gives one alternative per such phrase.
 */
function readPostVerbPhrases(text: string, synsets: Map<string, string[]>): Constraints[] | string {
  let prep: string | undefined;
  let particle: string | undefined;
  const positions: string[][][] = [];
  const position = (word: string): string[][] | string => {
    if (!word.startsWith('&')) return [[word.toLowerCase()]];
    const members = synsets.get(word.replace(/_$/, ''));
    if (!members) return 'undefined synonym set';
    return members.map((member) => member.toLowerCase().split(/[_\s]+/).filter(Boolean));
  };
  for (const token of tokens(text)) {
    if (/^[$+^%]$/.test(token) || /[$^%]/.test(token)) return 'source/target markers ($ + ^ %)';
    if (token.startsWith('(')) {
      const words = token.slice(1, -1).trim().split(/\s+/).filter(Boolean);
      if (words.length !== 1 || words[0].startsWith('&')) return 'noun inside a prepositional phrase (PREP NOUN)';
      if (prep) return 'more than one prepositional phrase';
      if (!/^[a-z]+$/i.test(words[0])) return 'noun inside a prepositional phrase (PREP NOUN)';
      prep = words[0].toLowerCase();
      continue;
    }
    if (prep) return 'words after a prepositional phrase';
    const words = token.replace(/^\{|\}$/g, ' ').trim().split(/[_\s]+/).filter(Boolean);
    if (!positions.length && !particle && words.length === 1 && PARTICLES.has(words[0].toLowerCase())) {
      particle = words[0].toLowerCase();
      continue;
    }
    for (const word of words) {
      const alternatives = position(word);
      if (typeof alternatives === 'string') return alternatives;
      positions.push(alternatives);
    }
  }
  if (!positions.length) return [{ prep, particle }];
  // Modifiers: the single words of each position before the head.
  const modifier: string[][] = [];
  for (const alternatives of positions.slice(0, -1)) {
    const group = alternatives.filter((words) => words.length === 1).map(([word]) => word);
    if (!group.length) return 'synonym set of multi-word phrases only';
    if (!group.every((word) => WORD.test(word))) return 'word not a plain lemma';
    modifier.push(group);
  }
  const head = positions.at(-1)!;
  const results: Constraints[] = [];
  const singles = head.filter((words) => words.length === 1).flatMap(([word]) => nounLemmas(word));
  if (singles.length) results.push({ object: singles, ...(modifier.length && { modifier }) });
  for (const words of head.filter((phrase) => phrase.length > 1)) {
    const lemmas = nounLemmas(words.at(-1)!);
    const before = words.slice(0, -1);
    if (!lemmas.length || !before.every((word) => WORD.test(word))) continue;
    results.push({ object: lemmas, modifier: [...modifier, ...before.map((word) => [word])] });
  }
  if (!results.length) return 'word not a plain lemma';
  return results.map((result) => ({ ...result, ...(prep && { prep }), ...(particle && { particle }) }));
}

/** A sequence, its target phrase and whether the subject is a compound, or the reason it does not map. */
type SequenceReading = { sequence: string[]; target?: string[]; compound?: boolean } | string;

/** Prepositions a sequence's phrase after the verb may start with ("* OVER EFFORTS"). */
const SEQUENCE_PREPOSITIONS = new Set([...PREPOSITIONS, 'over', 'near', 'toward', 'towards', 'across', 'through', 'between', 'among', 'under']);

/**
 * Where a pattern read as PETRARCH reads it (the verb alone, a sequence) looks for its target: the
 * imported roles, then phrases PETRARCH also takes the first actor after the verb from ("warned
 * of", "fired shells at", "broke into", "arrived in").
 */
const SURFACE_TARGET_ROLES = [...IMPORTED_TARGET_ROLES, 'at', 'of', 'about', 'into', 'over', 'in'];

/** At most this many alternatives for one position of a sequence (synonym sets multiply). */
const MAX_ALTERNATIVES = 64;

/**
 * A pattern line read as PETRARCH matches it: words in order around the verb ("INDICATED WOULD *
 * NOW", "* OVER EFFORTS", "&NEGATVAUXVRB EVER *"), other words allowed between them, "_" joining
 * words that must be adjacent ("MOST_CERTAINLY_&NEGATVAUXVRB *", "RECENTLY_*"). Written as a list:
 * "*" for the verb ("_*" / "*_" when the word before / after must touch it), each other position
 * its alternatives joined by "|", the words of one alternative by spaces. Markers: "+" after a
 * preposition names the target's phrase ("IN ^ +": a later phrase than that one, "^" skipping the
 * phrase after "in"), "%" before the verb a compound subject;
 * a line with "$" (the source placed elsewhere) or "+" before the verb is not read.
 */
export function readSequence(body: string, synsets: Map<string, string[]>): SequenceReading {
  type Position = { words: string[][]; touchesNext: boolean };
  const positions: (Position | '*' | '+' | '^')[] = [];
  let compound = false;
  let starTouchesBefore = false;
  let starTouchesAfter = false;
  const flat = body.replace(/[{}()]/g, ' ');
  for (const token of flat.split(/\s+/).filter(Boolean)) {
    const parts = token.split('_');
    let merged: Position | undefined;
    parts.forEach((part, index) => {
      const joinedBefore = index > 0;
      const joinedAfter = index < parts.length - 1 && parts[index + 1] !== '';
      if (part === '') return;
      if (part === '*') {
        if (joinedBefore && merged) starTouchesBefore = true;
        if (joinedAfter) starTouchesAfter = true;
        merged = undefined;
        positions.push('*');
        return;
      }
      if (part === '^') {
        positions.push('^');
        return;
      }
      if (part === '%') {
        if (!positions.includes('*')) compound = true;
        return;
      }
      if (part === '$' || part === '+') {
        positions.push(part as '+');
        return;
      }
      const words = part.startsWith('&')
        ? (synsets.get(part.replace(/_$/, '')) ?? []).map((member) => member.toLowerCase().split(/[_\s]+/).filter(Boolean))
        : [[part.toLowerCase()]];
      if (!words.length) {
        merged = undefined;
        positions.push({ words: [], touchesNext: false });
        return;
      }
      if (merged && joinedBefore) {
        merged.words = merged.words.flatMap((left) => words.map((right) => [...left, ...right])).slice(0, MAX_ALTERNATIVES);
      } else {
        merged = { words, touchesNext: false };
        positions.push(merged);
      }
    });
  }
  if (positions.includes('$' as never)) return 'source/target markers ($ + ^ %)';
  const star = positions.indexOf('*');
  if (star < 0 || positions.lastIndexOf('*') !== star) return 'no verb position (*)';
  if (positions.slice(0, star).includes('+')) return 'source/target markers ($ + ^ %)';
  let target: string[] | undefined;
  const sequence: string[] = [];
  for (const [index, position] of positions.entries()) {
    if (position === '^') continue;
    if (position === '+') {
      // "IN ^ +": "^" skips the phrase after "in", so the target is in a later phrase, not that one.
      const skips = positions.slice(0, index).reverse().findIndex((earlier) => earlier !== '^');
      const before = positions[index - 1 - skips];
      const word = typeof before === 'object' && before.words.length === 1 && before.words[0].length === 1 ? before.words[0][0] : undefined;
      if (word && SEQUENCE_PREPOSITIONS.has(word)) target = skips ? SURFACE_TARGET_ROLES.filter((role) => role !== word) : [...new Set([word, ...SURFACE_TARGET_ROLES])];
      continue;
    }
    if (position === '*') {
      sequence.push(`${starTouchesBefore ? '_' : ''}*${starTouchesAfter ? '_' : ''}`);
      continue;
    }
    if (!position.words.length) return 'undefined synonym set';
    if (!position.words.every((words) => words.every((word) => /^[a-z][a-z'-]*$|^n't$/.test(word)))) return 'word not a plain lemma';
    sequence.push(position.words.map((words) => words.join(' ')).join('|'));
  }
  if (sequence.length < 2 && !compound) return 'no constraint after the verb (the block\'s verbs alone)';
  // Without a marked target, the prepositions after the verb name where it is ("* OVER EFFORTS").
  const after = sequence.slice(star + 1).flatMap((position) => position.split('|')).filter((words) => SEQUENCE_PREPOSITIONS.has(words));
  target ??= [...new Set([...SURFACE_TARGET_ROLES, ...after])];
  return { sequence, ...(target ? { target } : {}), ...(compound ? { compound } : {}) };
}

/** Options for `compileVerbPatterns`. */
export interface VerbCompileOptions {
  /** Label of the source in ids and `dictionary` ("petrarch2"). */
  prefix: string;
  /** File name for the `dictionary` field ("CAMEO.2.0.txt"). */
  file: string;
  /** Codes that may be used (the CAMEO ontology's); others are skipped. */
  isCode: (code: string) => boolean;
  /** Which kinds to compile (default all): bare verbs, verb + object, verb + preposition, verb + particle. */
  kinds?: ReadonlySet<PatternKind>;
  /** Other lemmas the parser may give a verb's forms (see lemma-variants.ts); added to its triggers. */
  variants?: (verb: string) => string[];
  /** Read noun phrases of several words as head + modifiers (readPostVerbPhrases). */
  nounPhrases?: boolean;
  /** Keep the second code of "[032:033]" (`reverse`: the act coded from the target's side too). */
  pairedCodes?: boolean;
  /** Also read each pattern line as words in order around the verb (readSequence): kind "sequence". */
  sequences?: boolean;
}

/** The kinds of compiled pattern, measured separately. */
export type PatternKind = 'verb' | 'object' | 'prep' | 'particle' | 'sequence';

/** The kind of a compiled pattern: the most telling constraint it has. */
export function kindOf(pattern: Pick<CompiledPattern, 'object' | 'prep' | 'particle' | 'sequence'>): PatternKind {
  return pattern.sequence ? 'sequence' : pattern.object ? 'object' : pattern.particle ? 'particle' : pattern.prep ? 'prep' : 'verb';
}

/** Compiles the blocks of a verb dictionary into Parley patterns, counting what it skips and why. */
export function compileVerbPatterns(dictionary: VerbDictionary, options: VerbCompileOptions): VerbCompilation {
  const patterns: CompiledPattern[] = [];
  const skipped = new Map<string, number>();
  const skip = (reason: string, count = 1) => skipped.set(reason, (skipped.get(reason) ?? 0) + count);
  const add = (pattern: Omit<CompiledPattern, 'dictionary' | 'id'>, blockName: string, line: number, alternative: number | 'seq' = 0) => {
    if (options.kinds && !options.kinds.has(kindOf(pattern))) return skip(`kind "${kindOf(pattern)}" not selected`);
    if (!options.isCode(pattern.code)) return skip('code not in the ontology');
    if (pattern.reverse && (!options.pairedCodes || !options.isCode(pattern.reverse))) {
      skip('second code of a pair ([032:033]) dropped, the pattern kept');
      delete pattern.reverse;
    }
    patterns.push({
      id: `${options.prefix}.${blockName.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'block'}.l${line}${alternative === 'seq' ? '.seq' : alternative ? `.${alternative + 1}` : ''}`,
      ...pattern,
      dictionary: `${options.prefix}/${options.file}:${line}`,
    });
  };
  const withVariants = (lemmas: string[]) => [...new Set(lemmas.flatMap((lemma) => [lemma, ...(options.variants?.(lemma) ?? [])]))].join('|');
  skip('transformation lines (~)', dictionary.transformations);
  for (const block of dictionary.blocks) {
    // The verb alone: its own code, else the block's.
    for (const verb of block.verbs) {
      const { code, reverse, reason } = primaryCode(verb.code ?? block.code);
      if (!code) {
        if (verb.code !== undefined || block.code !== '---') skip(`verb alone: ${reason}`);
        continue;
      }
      const surface = options.sequences && !verb.prep && !verb.particle ? { target: SURFACE_TARGET_ROLES } : {};
      add({ code, ...(reverse ? { reverse } : {}), trigger: withVariants([verb.lemma]), ...(verb.prep && { prep: verb.prep }), ...(verb.particle && { particle: verb.particle }), ...surface }, block.name, verb.line);
    }
    if (block.multiWord.length) skip('multi-word verb not of the form +VERB_PARTICLE', block.multiWord.length);
    // Patterns apply to every single-word verb of the block.
    const triggers = withVariants(block.verbs.filter((verb) => !verb.prep && !verb.particle).map((verb) => verb.lemma));
    for (const pattern of block.patterns) {
      const codeText = /\[([^\]]*)\]\s*$/.exec(pattern.text)?.[1];
      if (codeText === undefined) {
        skip('no code');
        continue;
      }
      const { code, reverse, reason } = primaryCode(codeText);
      if (!code) {
        skip(reason!);
        continue;
      }
      // Statement verbs ("say", "report": blocks coded 01) with a noun of another root code the
      // content of what is said ("said ... sanctions"); Parley codes that content from its own clause.
      if (block.code.startsWith('01') && !code.startsWith('01')) {
        skip('statement verb coding what is said (block 01, pattern of another root)');
        continue;
      }
      const body = pattern.text.replace(/\[[^\]]*\]\s*$/, '').trim();
      const star = body.indexOf('*');
      if (star < 0) {
        skip('no verb position (*)');
        continue;
      }
      if (!triggers) {
        skip('block has no single-word verb');
        continue;
      }
      // Words before the verb, or after it in a way the dependency fields cannot say: the words in
      // order (kind "sequence"). A line the fields can say is also kept as a sequence, after them.
      const surface = body.slice(0, star).trim() !== '' || /_\*|\*_/.test(body);
      const read = surface ? 'words before the verb (subject constraint)' : options.nounPhrases ? readPostVerbPhrases(body.slice(star + 1).trim(), dictionary.synsets) : readPostVerb(body.slice(star + 1).trim(), dictionary.synsets);
      const sequence: SequenceReading = options.sequences ? readSequence(body, dictionary.synsets) : 'sequences not read';
      const addSequence = () => typeof sequence !== 'string' && add({ code, ...(reverse ? { reverse } : {}), trigger: triggers, ...sequence }, block.name, pattern.line, 'seq');
      if (typeof read === 'string') {
        if (typeof sequence === 'string') skip(surface && options.sequences ? sequence : read);
        addSequence();
        continue;
      }
      for (const [alternative, constraints] of (Array.isArray(read) ? read : [read]).entries()) {
        if (!constraints.object && !constraints.prep && !constraints.particle) {
          skip('no constraint after the verb (the block\'s verbs alone)');
          continue;
        }
        add(
          {
            code,
            ...(reverse ? { reverse } : {}),
            trigger: triggers,
            ...(constraints.object && { object: [...new Set(constraints.object)].join('|') }),
            ...(constraints.modifier && { modifier: constraints.modifier.map((group) => [...new Set(group)].join('|')) }),
            ...(constraints.prep && { prep: constraints.prep }),
            ...(constraints.particle && { particle: constraints.particle }),
          },
          block.name,
          pattern.line,
          alternative,
        );
      }
      addSequence();
    }
  }
  return { patterns: dedupe(patterns, skip), skipped };
}

/** Drops later patterns with the same code, triggers and constraints as an earlier one. */
function dedupe(patterns: CompiledPattern[], skip: (reason: string) => void): CompiledPattern[] {
  const seen = new Set<string>();
  return patterns.filter((pattern) => {
    const key = [pattern.code, pattern.trigger, pattern.object, pattern.modifier?.join(';'), pattern.prep, pattern.particle, pattern.sequence?.join(';')].join('\t');
    if (seen.has(key)) {
      skip('duplicate of an earlier pattern');
      return false;
    }
    seen.add(key);
    return true;
  });
}

/** A compiled pattern as the engine takes it (what reading its JSON line gives, without the schema's code check). */
export function toPattern(compiled: CompiledPattern): Pattern {
  return {
    id: compiled.id,
    code: compiled.code,
    trigger: compiled.trigger.split('|'),
    pos: 'verb',
    ...(compiled.object && { object: compiled.object.split('|') }),
    ...(compiled.modifier && { modifier: compiled.modifier.map((group) => group.split('|')) }),
    ...(compiled.prep && { prep: compiled.prep }),
    ...(compiled.particle && { particle: compiled.particle }),
    ...(compiled.sequence && { sequence: compiled.sequence }),
    ...(compiled.reverse && { reverse: compiled.reverse }),
    ...(compiled.compound && { compound: true }),
    source: ['subject'],
    target: compiled.target ?? importedTargetRoles(Boolean(compiled.object)),
    dictionary: compiled.dictionary,
    origin: compiled.dictionary,
  };
}
