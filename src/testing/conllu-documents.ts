import type { Document, Sentence, Token } from '../core/document.ts';
import { parseConllu, wordSpaceAfter } from '../syntax/conllu.ts';

/**
 * Parsed documents from CoNLL-U, for tests of the rules over the parse: each `# newdoc` starts a
 * document (a file without one holds one document per sentence). A document's text is its
 * sentences' words joined as SpaceAfter says, sentences joined by one space; the map is keyed by
 * that text, so a test finds the tree of the sentence it codes.
 */
export function conlluDocuments(content: string, source: string, options: { published?: string } = {}): Map<string, Document> {
  const groups: ReturnType<typeof parseConllu>[] = [];
  for (const sentence of parseConllu(content, source)) {
    if (sentence.newDocument || !groups.length || !content.includes('# newdoc')) groups.push([]);
    groups[groups.length - 1].push(sentence);
  }
  const documents = new Map<string, Document>();
  for (const group of groups) {
    let text = '';
    const sentences: Sentence[] = group.map((conllu) => {
      if (text) text += ' ';
      const tokens: Token[] = conllu.words.map((word, i) => {
        const start = text.length;
        text += word.form;
        const spaceAfter = i < conllu.words.length - 1 && wordSpaceAfter(conllu, i);
        if (spaceAfter) text += ' ';
        return { text: word.form, form: word.form, start, end: start + word.form.length, spaceAfter, upos: word.upos, xpos: word.xpos, lemma: word.lemma, head: word.head - 1, deprel: word.deprel };
      });
      return { start: tokens[0].start, end: tokens[tokens.length - 1].end, tokens };
    });
    documents.set(text, { id: group[0].id || 'conllu', text, published: options.published, layers: ['text', 'dateline', 'sentences', 'tokens', 'syntax'], sentences });
  }
  return documents;
}
