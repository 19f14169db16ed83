import { countryOf, sectorOf } from '../core/actor-code.ts';
import type { Document, Token } from '../core/document.ts';
import type { AgentEntry, NameEntry } from '../actors/gazetteer/index.ts';

/**
 * A parsed document written by hand, for unit tests: one sentence per string, words separated
 * by spaces, each `form/UPOS[/XPOS][/deprel@head]` with a 1-based head (0 for the root), as in
 * CoNLL-U. "Jordan/PROPN/NNP/nsubj@2 said/VERB/VBD/root@0". Words are joined by one space.
 */
export function handParsed(sentences: readonly string[], options: { published?: string; dateline?: string } = {}): Document {
  let text = '';
  const parsed = sentences.map((spec) => {
    if (text) text += ' ';
    const tokens: Token[] = spec.split(' ').map((word, i, words) => {
      const [form, upos, third, fourth] = word.split('/');
      const xpos = third && !third.includes('@') ? third : defaultXpos(upos);
      const relation = fourth ?? (third?.includes('@') ? third : undefined);
      const [deprel, head] = relation ? relation.split('@') : ['dep', '0'];
      const start = text.length;
      text += form + (i < words.length - 1 ? ' ' : '');
      return { text: form, form, start, end: start + form.length, spaceAfter: i < words.length - 1, upos, xpos, lemma: form.toLowerCase(), head: Number(head) - 1, deprel };
    });
    return { start: tokens[0].start, end: tokens[tokens.length - 1].end, tokens };
  });
  const doc: Document = { id: 'hand', text, published: options.published, layers: ['text', 'dateline', 'sentences', 'tokens', 'syntax'], sentences: parsed };
  if (options.dateline) {
    const start = text.indexOf(options.dateline);
    doc.dateline = { start, end: start + options.dateline.length, place: { start, end: start + options.dateline.length } };
  }
  return doc;
}

function defaultXpos(upos: string): string {
  return { PROPN: 'NNP', NOUN: 'NN', VERB: 'VBD', ADJ: 'JJ', DET: 'DT', PRON: 'PRP', AUX: 'VBZ', ADP: 'IN', CCONJ: 'CC', PUNCT: '.', PART: 'POS', NUM: 'CD' }[upos] ?? upos;
}

/** A gazetteer name row for tests: `name('Iran', 'IRN')`, `name('Iranian', 'IRN', { type: 'demonym' })`. */
export function name(text: string, code: string, fields: Partial<NameEntry> = {}): NameEntry {
  return {
    text,
    code,
    country: countryOf(code),
    sector: sectorOf(code),
    kind: 'country',
    type: 'name',
    actor: text,
    ambiguous: false,
    caseSensitive: false,
    source: 'test',
    group: `${text}\t${code}`,
    layer: 0,
    ...fields,
  };
}

/** A gazetteer agent row for tests: `agent('officials', 'GOV')`. */
export function agent(text: string, sector: string): AgentEntry {
  return { text, sector, prefix: false, source: 'test', layer: 0 };
}
