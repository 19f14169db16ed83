// Actor accuracy on the PLOVER gold-standard dev set, and the actors stage's share of the time.
// Usage: npm run bench:actors [-- --json]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadGazetteer } from '../src/actors/gazetteer/index.ts';
import { findMentions } from '../src/actors/stage.ts';
import { createCoder } from '../src/coder.ts';
import { createDocument, type Document, type Mention } from '../src/core/document.ts';
import { SHARED_ROOT } from '../src/core/paths.ts';
import { createPipeline } from '../src/core/pipeline.ts';

interface GoldActor {
  text: string;
  code: string;
}
interface GoldRecord {
  id: string;
  text: string;
  source: GoldActor[];
  target: GoldActor[];
}

const asJson = process.argv.includes('--json');
const goldFile = path.join(SHARED_ROOT, 'eval/plover-gsr-dev.jsonl');
const records: GoldRecord[] = readFileSync(goldFile, 'utf8').trim().split('\n').map((line) => JSON.parse(line));

const gazetteer = loadGazetteer();
const coder = createCoder({ gazetteer });
// The stages before the actors stage (text, syntax), to time what the actors stage adds to them.
// Later stages (events) need the actors layer and are left out of both sides of the timing.
const actorsAt = coder.pipeline.stages.findIndex((stage) => stage.name === 'actors');
const before = createPipeline(coder.pipeline.stages.slice(0, actorsAt));

/**
 * Where the gold text is in the sentence: one span, or one per part when the gold text skips
 * words with "..." ("Sierra Leonean ... refugees"). Undefined when it is not in the sentence.
 */
function goldSpans(text: string, gold: string): { start: number; end: number }[] | undefined {
  const spans: { start: number; end: number }[] = [];
  let from = 0;
  for (const part of gold.split(/\s*\.\.\.\s*/).filter(Boolean)) {
    const at = text.indexOf(part, from);
    if (at < 0) return undefined;
    spans.push({ start: at, end: at + part.length });
    from = at + part.length;
  }
  return spans;
}

/**
 * The head noun phrase of a gold text, as character offsets: the gold text's head word (the word
 * of it whose parse head lies outside it; a noun or pronoun first) and the words of the gold
 * text before it, less leading prepositions, and the rest of a name after it ("Judge Maria
 * Okafor", whose parse head is "Judge"). "Kurdish villagers in the border town of Zakho" →
 * "Kurdish villagers"; "in central Baghdad" → "central Baghdad"; "Turkish jets and drones" →
 * "Israeli helicopters". A gold text that skips words ("Bosnian Serbs ... forces") is judged on
 * its first part. A gold text the parse does not cover word for word keeps its whole span.
 */
function headPhrase(doc: Document, hull: { start: number; end: number }): { start: number; end: number } {
  for (const sentence of doc.sentences ?? []) {
    if (sentence.end <= hull.start || sentence.start >= hull.end) continue;
    const tokens = sentence.tokens;
    const inside = tokens.map((token, i) => i).filter((i) => tokens[i].start >= hull.start && tokens[i].end <= hull.end);
    if (inside.length === 0) break;
    const first = inside[0];
    const last = inside[inside.length - 1];
    const roots = inside.filter((i) => (tokens[i].head ?? -1) < first || (tokens[i].head ?? -1) > last);
    const nominal = roots.find((i) => ['NOUN', 'PROPN', 'PRON', 'NUM'].includes(tokens[i].upos ?? ''));
    const head = nominal ?? roots[0] ?? last;
    let start = first;
    while (start < head && tokens[start].upos === 'ADP') start++;
    let end = head;
    while (end < last && (NAME_RELATIONS.has(tokens[end + 1].deprel ?? '') || tokens[end + 1].form === '-' || tokens[end].form === '-')) end++;
    return { start: tokens[start].start, end: tokens[end].end };
  }
  return hull;
}

/** Relations that continue a name or title to the right ("Laurent" → "Gbagbo"). */
const NAME_RELATIONS = new Set(['flat', 'flat:name', 'compound', 'list', 'nmod:desc']);

const ORGANISATIONS = new Set(['IGO', 'NGO']);

/**
 * The mention resolved to the gold code: the same country letters, or both IGO/NGO (the gold
 * data codes the Red Cross and Amnesty International IGO; Parley has the ICRC IGO, Amnesty NGO).
 */
function sameCode(mention: Mention, gold: string): boolean {
  const country = mention.code.slice(0, 3);
  return country === gold || (ORGANISATIONS.has(country) && ORGANISATIONS.has(gold));
}

// The GSR date is a placeholder (2000-01-01) for events of many years: code without a date,
// so that an office holder matches any of his terms.
//
// A gold actor counts three ways, each a mention with the gold code (country letters, or IGO/NGO):
// - covered (gsr_dev_actor_accuracy): the mention contains the head noun phrase of the gold text
//   (headPhrase above). A mention is a base noun phrase ("Kurdish villagers"), not the gold
//   annotator's whole span with its modifiers ("... in the border town of Zakho");
// - whole span (gsr_dev_actor_full_span_accuracy): the mention contains all of the gold text;
// - overlapped (gsr_dev_actor_overlap_accuracy): the mention shares a character with it.
let total = 0;
let covered = 0;
let wholeSpan = 0;
let overlapped = 0;
let missingText = 0;
const misses: string[] = [];
for (const record of records) {
  const doc = coder.code(record.text, { id: record.id });
  const mentions = doc.mentions ?? [];
  for (const gold of [...record.source, ...record.target]) {
    total++;
    const spans = goldSpans(record.text, gold.text);
    if (!spans) {
      missingText++;
      misses.push(`${record.id}  ${gold.code}  "${gold.text}" is not in the sentence`);
      continue;
    }
    const hull = { start: spans[0].start, end: spans[spans.length - 1].end };
    const right = mentions.filter((mention) => sameCode(mention, gold.code));
    const head = headPhrase(doc, spans[0]);
    const isCovered = right.some((mention) => mention.start <= head.start && head.end <= mention.end);
    const isWhole = right.some((mention) => mention.start <= hull.start && hull.end <= mention.end);
    const isOverlapped = right.some((mention) => spans.some((span) => mention.start < span.end && span.start < mention.end));
    if (isCovered) covered++;
    if (isWhole) wholeSpan++;
    if (isOverlapped) overlapped++;
    if (!isCovered) {
      const found = mentions.map((mention) => `${mention.text}=${mention.code}`).join(', ');
      const headText = record.text.slice(head.start, head.end);
      misses.push(`${record.id}  ${gold.code}  "${gold.text}"${headText !== gold.text ? ` (head phrase "${headText}")` : ''}${isOverlapped ? ' (overlapped)' : ''}\n    ${record.text}\n    found: ${found || 'nothing'}`);
    }
  }
}

// Time: the actors stage against the stages before it, per sentence, on wire leads. One warm-up
// pass, so that neither side pays for the JIT, then three timed passes; each side keeps its
// fastest pass, so that other work on the machine inflates neither figure.
const corpus = readFileSync(path.join(SHARED_ROOT, 'corpora/agnews-world.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as { id: string; text: string });
let sentences = 0;
let restMs = Infinity;
let actorsMs = Infinity;
for (const pass of [0, 1, 2, 3]) {
  let rest = 0;
  let actors = 0;
  let count = 0;
  for (const item of corpus) {
    const t0 = performance.now();
    const parsed = before.run(createDocument(item.text, { id: item.id }));
    const t1 = performance.now();
    findMentions(parsed, gazetteer);
    const t2 = performance.now();
    rest += t1 - t0;
    actors += t2 - t1;
    count += parsed.sentences?.length ?? 0;
  }
  if (pass === 0) continue;
  sentences = count;
  restMs = Math.min(restMs, rest);
  actorsMs = Math.min(actorsMs, actors);
}

const figures = {
  gsr_dev_actor_accuracy: round(covered / total),
  gsr_dev_actor_overlap_accuracy: round(overlapped / total),
  gsr_dev_actor_full_span_accuracy: round(wholeSpan / total),
  gold_actors: total,
  covered,
  whole_span: wholeSpan,
  overlapped,
  gold_text_not_in_sentence: missingText,
  timed_sentences: sentences,
  actors_ms_per_sentence: round(actorsMs / sentences),
  rest_of_pipeline_ms_per_sentence: round(restMs / sentences),
  actors_time_share: round(actorsMs / restMs),
};

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}

if (asJson) {
  process.stdout.write(JSON.stringify(figures) + '\n');
} else {
  process.stdout.write(`Misses (head phrase of the gold text not in a mention with the gold code):\n\n${misses.join('\n')}\n\n`);
  process.stdout.write(
    `Gold actors covered (head phrase in a mention with the gold code): ${covered}/${total} = ${figures.gsr_dev_actor_accuracy}\n` +
      `  overlapping: ${figures.gsr_dev_actor_overlap_accuracy}; whole gold text in the mention: ${figures.gsr_dev_actor_full_span_accuracy}\n` +
      `Actors stage: ${figures.actors_ms_per_sentence} ms per sentence, ${(figures.actors_time_share * 100).toFixed(1)}% of the rest of the pipeline (${figures.rest_of_pipeline_ms_per_sentence} ms)\n`,
  );
}
