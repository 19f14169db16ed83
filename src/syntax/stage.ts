import type { Document } from '../core/document.ts';
import type { Stage } from '../core/pipeline.ts';
import { analyzeSentence } from './analyze.ts';
import type { Lemmatizer } from './lemmatize.ts';
import type { SyntaxModel } from './model-file.ts';
import { repairTokens } from './repairs/repair-tokens.ts';
import type { NameTagLexicon } from './name-tags.ts';

/** The syntax stage: UPOS, XPOS, lemma, head and relation on every token, from loaded models, with the parser's known mistakes repaired. */
export function syntaxStage(model: SyntaxModel, lemmatizer: Lemmatizer, objectControl?: ReadonlySet<string>, names?: NameTagLexicon): Stage {
  return {
    name: 'syntax',
    requires: ['sentences', 'tokens'],
    produces: ['syntax'],
    run(doc: Document): Document {
      const sentences = (doc.sentences ?? []).map((sentence) => {
        const analysis = analyzeSentence(
          model,
          lemmatizer,
          sentence.tokens.map((token) => token.form),
          objectControl,
          names,
        );
        // Written out, not `{ ...token, upos, ... }`: V8 copies an object by spread many times
        // slower than it builds a literal, and this runs for every token (5% of the pipeline).
        const parsed = sentence.tokens.map((token, i) => ({
          start: token.start,
          end: token.end,
          text: token.text,
          form: token.form,
          spaceAfter: token.spaceAfter,
          upos: analysis.upos[i],
          xpos: analysis.xpos[i],
          lemma: analysis.lemma[i],
          head: analysis.head[i],
          deprel: analysis.deprel[i],
        }));
        return { ...sentence, tokens: repairTokens(parsed) };
      });
      return { ...doc, sentences };
    },
  };
}
