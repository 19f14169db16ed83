// Event coding accuracy on the PLOVER gold sentences and on the AG News dev set of real wire leads
// (whole set and each half, with the shared scorers), and the speed of the whole pipeline, text to
// coded events, on 1,900 real news leads, one thread (the median of several timed passes after a
// warm-up; the passes listed as sentences_per_second_passes); and the time to code a 200,000-character
// text with no sentence break (runon_200k_ms).
// Run: npm run bench:events -- [--json] [--passes N] [--gold FILE]   (N timed passes over the leads, 3 by default;
// --gold also scores FILE, a set in the dev set's format annotated by the guide outside the repository, as a whole: extra_gold)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCoder } from '../src/coder.ts';
import { SHARED_ROOT } from '../src/core/paths.ts';
import { parseGold, runScorer, toPredictionLine } from '../src/evaluation/event-scorer.ts';
import { codeAgNews, readAgNews, readExtraGold, scoreAgNews } from './lib/agnews.ts';
import { benchOptions, benchUsageError } from './lib/bench-options.ts';
import { median, passCount, timePass } from './lib/passes.ts';

const { values } = benchOptions('bench:events', { json: { type: 'boolean', default: false }, passes: { type: 'string' }, gold: { type: 'string' } });
const passes = passCount('bench:events', values.passes);
// (read before any work, so that a file it cannot use is named at once)
let extraItems: ReturnType<typeof readExtraGold> | undefined;
try {
  extraItems = values.gold === undefined ? undefined : readExtraGold(values.gold);
} catch (error) {
  benchUsageError('bench:events', `--gold ${values.gold}: ${(error as Error).message}`);
}
const goldFile = join(SHARED_ROOT, 'eval/plover-gsr-dev.jsonl');
const corpusFile = join(SHARED_ROOT, 'corpora/agnews-world.jsonl');

const coder = createCoder();
const gold = parseGold(readFileSync(goldFile, 'utf8'), goldFile);
const predictions = gold.map((record) => toPredictionLine(record.id, coder.code(record.text, { id: record.id })));
const report = JSON.parse(runScorer(goldFile, predictions, { json: true })) as {
  metrics: Record<string, { value: number }>;
};

const agnewsItems = readAgNews();
const agnews = scoreAgNews(agnewsItems, codeAgNews(coder, agnewsItems));
const extra = extraItems && { file: values.gold!, ...scoreAgNews(extraItems, codeAgNews(coder, extraItems)).all };

const corpus = readFileSync(corpusFile, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as { id?: string; text: string; published?: string });
// One warm-up pass over a tenth of the corpus, then the timed passes over all of it: the figure is
// their median (one pass on a shared machine is moved by a pause of another process).
for (const item of corpus.slice(0, 190)) coder.code(item.text);
let sentences = 0;
let events = 0;
const timedPasses = Array.from({ length: passes }, () => {
  const pass = timePass(() => {
    let passSentences = 0;
    let passEvents = 0;
    for (const item of corpus) {
      const doc = coder.code(item.text, { published: item.published });
      passSentences += doc.sentences?.length ?? 0;
      passEvents += doc.events?.length ?? 0;
    }
    return { sentences: passSentences, events: passEvents };
  });
  ({ sentences, events } = pass.value);
  return { perSecond: Math.round(sentences / (pass.ms / 1000)), seconds: pass.ms / 1000, cpuSeconds: pass.cpuMs / 1000 };
});
const seconds = median(timedPasses.map((pass) => pass.seconds));

// A 200,000-character text with no sentence break (the leads joined, their full stops, question
// and exclamation marks and line breaks dropped): over-long sentences are cut at a token limit,
// so this stays linear in the text's length.
const runOn = corpus
  .map((item) => item.text.replace(/[.!?\u2026]+(?=\s|$)|\s*\n\s*/g, ' '))
  .join(' and ')
  .slice(0, 200_000);
const runOnStarted = performance.now();
coder.code(runOn);
const runOnMs = Math.round(performance.now() - runOnStarted);

const round = (value: number) => Math.round(value * 10000) / 10000;
const result = {
  gsr_dev: {
    type_accuracy: round(report.metrics.type_accuracy.value),
    source_accuracy: round(report.metrics.source_accuracy.value),
    target_accuracy: round(report.metrics.target_accuracy.value),
    triple_accuracy: round(report.metrics.triple_accuracy.value),
  },
  agnews_dev: agnews,
  sentences_per_second: Math.round(median(timedPasses.map((pass) => pass.perSecond))),
  sentences_per_second_passes: timedPasses.map((pass) => pass.perSecond),
  // the CPU time of this process in each pass: less moved than the clock by other processes on the machine
  cpu_seconds_passes: timedPasses.map((pass) => Math.round(pass.cpuSeconds * 100) / 100),
  runon_200k_ms: runOnMs,
  corpus: { documents: corpus.length, sentences, events },
  ...(extra ? { extra_gold: extra } : {}),
};
if (values.json) {
  console.log(JSON.stringify(result));
} else {
  console.log(runScorer(goldFile, predictions, { json: false }));
  for (const [name, scores] of Object.entries(agnews)) {
    console.log(`AG News dev ${name.padEnd(6)}: event P ${scores.precision.toFixed(3)} R ${scores.recall.toFixed(3)} F1 ${scores.f1.toFixed(3)} (${scores.matched} of ${scores.gold_events} gold, ${scores.predicted_events} predicted); status accuracy ${scores.status_accuracy.toFixed(3)}; hard-status recall ${scores.hard_status_recall.toFixed(3)}`);
  }
  if (extra) console.log(`--gold ${extra.file}: event P ${extra.precision.toFixed(3)} R ${extra.recall.toFixed(3)} F1 ${extra.f1.toFixed(3)} (${extra.matched} of ${extra.gold_events} gold, ${extra.predicted_events} predicted); status accuracy ${extra.status_accuracy.toFixed(3)}; hard-status recall ${extra.hard_status_recall.toFixed(3)}`);
  console.log(`speed: ${result.sentences_per_second} sentences/s, whole pipeline, one thread, median of ${passes} passes (${result.sentences_per_second_passes.join(', ')}) (${corpus.length} documents, ${sentences} sentences, ${events} events in ${seconds.toFixed(1)} s a pass)`);
}
