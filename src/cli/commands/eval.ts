import type { Command } from 'commander';
import { createCoder } from '../../coder.ts';
import { parseGold, runScorer, toPredictionLine } from '../../evaluation/event-scorer.ts';
import type { CliOutput } from '../main.ts';
import { readInput } from '../read-input.ts';

/** `parley eval GOLD.jsonl`: codes every gold sentence and prints the scorer's figures. */
export function registerEval(program: Command, output: CliOutput): void {
  program
    .command('eval')
    .description('code a gold file (such as ../shared/eval/plover-gsr-dev.jsonl) and print the scores of its scorer')
    .argument('<gold>', 'gold JSONL: one {id, text, ...} record per line')
    .option('--json', 'print the scorer report as JSON')
    .option('--strict-types', 'do not map the older PLOVER type names of the gold file')
    .option('--scorer <path>', 'the scorer script (default: ../shared/eval/score.mjs)')
    .option('--predictions', 'print the prediction lines instead of scoring them')
    .action(async (goldFile: string, options: { json?: boolean; strictTypes?: boolean; scorer?: string; predictions?: boolean }) => {
      const records = parseGold(await readInput(goldFile), goldFile);
      const coder = createCoder();
      const predictions = records.map((record) => toPredictionLine(record.id, coder.code(record.text, { id: record.id })));
      if (options.predictions) {
        output.out(predictions.map((line) => JSON.stringify(line)).join('\n') + '\n');
        return;
      }
      output.out(runScorer(goldFile, predictions, { json: options.json ?? false, scorer: options.scorer, strictTypes: options.strictTypes }));
    });
}
