import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segmentText } from './stage.ts';

/** The original text of each sentence. */
function sentences(text: string): string[] {
  return segmentText(text).sentences.map((sentence) => text.slice(sentence.start, sentence.end));
}

/** The forms of the tokens of each sentence. */
function sentenceForms(text: string): string[][] {
  return segmentText(text).sentences.map((sentence) => sentence.tokens.map((token) => token.form));
}

describe('sentence splitting', () => {
  const cases: [string, string, string[]][] = [
    ['splits at a full stop before a capital', 'Talks began. Iran agreed.', ['Talks began.', 'Iran agreed.']],
    ['splits at question and exclamation marks', 'Will Iran talk? It will! Soon.', ['Will Iran talk?', 'It will!', 'Soon.']],
    ['keeps a closing quote with its sentence', 'He said "no." Then he left.', ['He said "no."', 'Then he left.']],
    ['keeps a closing bracket with its sentence', '(Talks began.) Iran agreed.', ['(Talks began.)', 'Iran agreed.']],
    ['does not split after "U.S." before a name', 'The U.S. Army left. It was late.', ['The U.S. Army left.', 'It was late.']],
    ['does not split after "Gen." before a name', 'Gen. Smith arrived.', ['Gen. Smith arrived.']],
    ['does not split after "Jan." before a day', 'On Jan. 5 talks began.', ['On Jan. 5 talks began.']],
    ['does not split after "Mr." before a capitalised name', 'Mr. The-Name spoke.', ['Mr. The-Name spoke.']],
    ['does not split after an initial', 'James E. McGreevey resigned.', ['James E. McGreevey resigned.']],
    ['splits after "U.S." at the true end of a sentence', 'Troops left the U.S. The talks began.', ['Troops left the U.S.', 'The talks began.']],
    ['splits after "U.S." at the end of the text', 'Troops left the U.S.', ['Troops left the U.S.']],
    ['splits at a paragraph break without punctuation', 'Talks began\nIran agreed', ['Talks began', 'Iran agreed']],
    ['does not split an ellipsis before a lowercase word', 'Well... maybe not.', ['Well... maybe not.']],
    ['splits at a full stop before a lowercase word', 'talks began. then it rained.', ['talks began.', 'then it rained.']],
    ['keeps an emoticon with the sentence before it', 'I love her. :) She is kind.', ['I love her. :)', 'She is kind.']],
    ['does not split before a colon after a question mark', 'his book "Who are We?: The Challenges" sold.', ['his book "Who are We?: The Challenges" sold.']],
    ['keeps a decimal number inside a sentence', 'It rose 3.5 points. Then it fell.', ['It rose 3.5 points.', 'Then it fell.']],
    ['joins hard-wrapped lines that carry on in lowercase', 'The Iranian president said on Monday that the talks with Washington would\nresume soon.', ['The Iranian president said on Monday that the talks with Washington would\nresume soon.']],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => assert.deepEqual(sentences(text), expected));
  }

  it('detaches the period of "U.S." when it ends the sentence, as EWT does', () => {
    assert.deepEqual(sentenceForms('Troops left the U.S. The talks began.')[0], ['Troops', 'left', 'the', 'U.S', '.']);
  });

  it('gives an empty string no sentences', () => {
    assert.deepEqual(segmentText('').sentences, []);
  });

  it('gives whitespace alone no sentences', () => {
    assert.deepEqual(segmentText(' \n\t\u00a0\u200b ').sentences, []);
  });
});
