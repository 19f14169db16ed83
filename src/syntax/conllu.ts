import { readFileSync } from 'node:fs';
import type { Sentence } from '../core/document.ts';
import { ParleyError } from '../core/errors.ts';

/** One syntactic word of a CoNLL-U sentence; `head` is 1-based, 0 for the root. */
export interface ConlluWord {
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  head: number;
  deprel: string;
  spaceAfter: boolean;
}

/** A multiword token ("don't" over the words "do" and "n't"): first and last word index, 0-based. */
export interface ConlluMultiword {
  first: number;
  last: number;
  form: string;
  spaceAfter: boolean;
}

/** One CoNLL-U sentence with the comments that place it in its document. */
export interface ConlluSentence {
  id: string;
  text: string;
  newDocument: boolean;
  newParagraph: boolean;
  words: ConlluWord[];
  multiwords: ConlluMultiword[];
}

/** Parses CoNLL-U text. Empty nodes (ids such as 8.1) are skipped; `source` names the input in errors. */
export function parseConllu(content: string, source = 'input'): ConlluSentence[] {
  const sentences: ConlluSentence[] = [];
  let current = emptySentence();
  const lines = content.split('\n');
  for (let lineIndex = 0; lineIndex < lines.length; lineIndex++) {
    const line = lines[lineIndex].replace(/\r$/, '');
    if (line === '') {
      if (current.words.length) sentences.push(current);
      current = emptySentence();
      continue;
    }
    if (line.startsWith('#')) {
      const match = /^#\s*([^=]+?)\s*=\s?(.*)$/.exec(line);
      if (match) {
        const [, key, value] = match;
        if (key === 'sent_id') current.id = value;
        else if (key === 'text') current.text = value;
        else if (key.startsWith('newdoc')) current.newDocument = true;
        else if (key.startsWith('newpar')) current.newParagraph = true;
      } else if (/^#\s*newdoc/.test(line)) current.newDocument = true;
      else if (/^#\s*newpar/.test(line)) current.newParagraph = true;
      continue;
    }
    const cols = line.split('\t');
    if (cols.length !== 10) {
      throw new ParleyError('DATA_INVALID', `${source}:${lineIndex + 1}: expected 10 tab-separated columns, found ${cols.length}`);
    }
    const id = cols[0];
    const spaceAfter = !cols[9].split('|').includes('SpaceAfter=No');
    if (id.includes('.')) continue;
    if (id.includes('-')) {
      const [first, last] = id.split('-').map(Number);
      current.multiwords.push({ first: first - 1, last: last - 1, form: cols[1], spaceAfter });
      continue;
    }
    const head = cols[6] === '_' ? 0 : Number(cols[6]);
    if (!Number.isInteger(head)) {
      throw new ParleyError('DATA_INVALID', `${source}:${lineIndex + 1}: head "${cols[6]}" is not a number`);
    }
    current.words.push({
      form: cols[1],
      lemma: cols[2],
      upos: cols[3],
      xpos: cols[4],
      feats: cols[5],
      head,
      deprel: cols[7],
      spaceAfter,
    });
  }
  if (current.words.length) sentences.push(current);
  return sentences;
}

/** Reads and parses a CoNLL-U file; a missing or unreadable file is a DATA_INVALID error naming it. */
export function readConllu(path: string): ConlluSentence[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ParleyError('DATA_INVALID', `cannot read the treebank file ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message} (is --ud the folder that holds the UD treebanks?)`);
  }
  return parseConllu(text, path);
}

/** Whether whitespace follows word `index`, taking multiword tokens into account. */
export function wordSpaceAfter(sentence: ConlluSentence, index: number): boolean {
  const multiword = sentence.multiwords.find((m) => m.first <= index && index <= m.last);
  if (multiword) return index === multiword.last ? multiword.spaceAfter : false;
  return sentence.words[index].spaceAfter;
}

/** Formats a parsed sentence of a Parley document as CoNLL-U, with its text and character offsets. */
export function formatConllu(sentence: Sentence, originalText: string, id: string): string {
  const lines = [`# sent_id = ${id}`, `# text = ${originalText.slice(sentence.start, sentence.end).replace(/\s+/g, ' ')}`];
  sentence.tokens.forEach((token, index) => {
    const misc = [`TokenRange=${token.start}:${token.end}`];
    if (!token.spaceAfter) misc.unshift('SpaceAfter=No');
    lines.push(
      [
        index + 1,
        conlluField(token.form),
        conlluField(token.lemma ?? '_'),
        token.upos ?? '_',
        token.xpos ?? '_',
        '_',
        token.head === undefined ? '_' : token.head + 1,
        token.deprel ?? '_',
        '_',
        misc.join('|'),
      ].join('\t'),
    );
  });
  return lines.join('\n') + '\n';
}

function conlluField(value: string): string {
  return value.replace(/[\t\n]/g, ' ') || '_';
}

function emptySentence(): ConlluSentence {
  return { id: '', text: '', newDocument: false, newParagraph: false, words: [], multiwords: [] };
}
