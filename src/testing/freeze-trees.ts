// Freezes the trained parser's trees of the status and role cases into CoNLL-U fixtures, so that
// the rules over the parse are tested on fixed trees (src/events/*.test.ts) and retraining the
// parser cannot flip them. Only cases without a tree are parsed and appended; a frozen tree is
// never rewritten (correct one by hand when the parser got it wrong).
// Run: node --import tsx src/testing/freeze-trees.ts
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createParser } from '../coder.ts';
import { ParleyError } from '../core/errors.ts';
import { formatConllu } from '../syntax/conllu.ts';
import { conlluDocuments } from './conllu-documents.ts';
import { ROLE_CASES } from './role-cases.ts';
import { STATUS_SUITES } from './status-cases.ts';

/** The fixture file of the status cases' trees. */
export const STATUS_TREES = fileURLToPath(new URL('fixtures/status.conllu', import.meta.url));
/** The fixture file of the role cases' trees. */
export const ROLE_TREES = fileURLToPath(new URL('fixtures/event-roles.conllu', import.meta.url));

/** Appends the parser's trees of the texts that `file` has no tree for; returns how many it added. */
export function freezeTrees(file: string, texts: readonly string[], prefix: string): number {
  const content = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const frozen = conlluDocuments(content, file);
  const parser = createParser();
  const added: string[] = [];
  for (const text of new Set(texts)) {
    if (frozen.has(text)) continue;
    const doc = parser.code(text);
    const id = `${prefix}-${frozen.size + added.length + 1}`;
    const block = `# newdoc id = ${id}\n` + (doc.sentences ?? []).map((sentence, s) => formatConllu(sentence, text, `${id}.${s + 1}`)).join('\n');
    if (!conlluDocuments(block, id).has(text)) throw new ParleyError('DATA_INVALID', `${id}: the words of "${text}" do not rebuild its text; write its tree by hand`);
    added.push(block);
  }
  if (added.length) writeFileSync(file, content + (content && !content.endsWith('\n\n') ? '\n' : '') + added.join('\n'));
  return added.length;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const status = freezeTrees(STATUS_TREES, STATUS_SUITES.flatMap(([, cases]) => cases.map((c) => c.text)), 'status');
  const roles = freezeTrees(ROLE_TREES, ROLE_CASES.map(([, text]) => text), 'roles');
  console.log(`${status} status tree(s) and ${roles} role tree(s) added`);
}
