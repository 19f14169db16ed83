import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segmentText } from './stage.ts';

/** The normalised forms of every token of `text`, across sentences. */
function forms(text: string): string[] {
  return segmentText(text).sentences.flatMap((sentence) => sentence.tokens.map((token) => token.form));
}

describe('tokenisation into EWT syntactic words', () => {
  const cases: [string, string, string[]][] = [
    ['splits a possessive', "the country's minister", ['the', 'country', "'s", 'minister']],
    ['splits a plural possessive apostrophe', "the countries' ministers", ['the', 'countries', "'", 'ministers']],
    ['splits "don\'t" into "do" "n\'t"', "they don't", ['they', 'do', "n't"]],
    ['splits "can\'t" into "ca" "n\'t"', "we can't", ['we', 'ca', "n't"]],
    ['splits "won\'t" into "wo" "n\'t"', "it won't", ['it', 'wo', "n't"]],
    ['splits "cannot" into "can" "not"', 'we cannot', ['we', 'can', 'not']],
    ['splits "I\'m" into "I" "\'m"', "I'm here", ['I', "'m", 'here']],
    ['splits "gonna" into "gon" "na"', 'gonna go', ['gon', 'na', 'go']],
    ['splits "\'ll", "\'ve", "\'re" and "\'d"', "we'll they've you're he'd", ['we', "'ll", 'they', "'ve", 'you', "'re", 'he', "'d"]],
    ['keeps "U.S." whole inside a sentence', 'the U.S. Army', ['the', 'U.S.', 'Army']],
    ['keeps "Gen." whole before a name', 'Gen. Smith', ['Gen.', 'Smith']],
    ['keeps "Mr." whole before a name', 'Mr. Smith', ['Mr.', 'Smith']],
    ['keeps "e.g." whole', 'cities, e.g. Tehran', ['cities', ',', 'e.g.', 'Tehran']],
    ['keeps an abbreviation whole before a comma', 'the U.S., Iran', ['the', 'U.S.', ',', 'Iran']],
    ['keeps a decimal number whole', 'rose 3.5 points', ['rose', '3.5', 'points']],
    ['keeps a number with thousands separators whole', '1,000 troops', ['1,000', 'troops']],
    ['splits the dollar sign from the amount', 'cost $50 million', ['cost', '$', '50', 'million']],
    ['splits the percent sign from the number', 'rose 5%', ['rose', '5', '%']],
    ['splits a hyphenated compound at its hyphen', 'long-standing ties', ['long', '-', 'standing', 'ties']],
    ['keeps a prefix hyphen inside the word', 'non-proliferation e-mail', ['non-proliferation', 'e-mail']],
    ['keeps a phone number whole', 'call 713-853-3989', ['call', '713-853-3989']],
    ['keeps a time and a date whole', 'at 5:00 on 9/11', ['at', '5:00', 'on', '9/11']],
    ['splits a unit from its number', 'at 5pm', ['at', '5', 'pm']],
    ['splits "PM" from a time', 'at 7:30PM', ['at', '7:30', 'PM']],
    ['keeps "No." whole before a number', 'No. 10 Downing', ['No.', '10', 'Downing']],
    ['splits the period off "No" before a word', 'He said No. Then', ['He', 'said', 'No', '.', 'Then']],
    ['keeps a double apostrophe quote as one token', "''quoted''", ["''", 'quoted', "''"]],
    ['keeps a trailing double hyphen as one token', 'wait-- now', ['wait', '--', 'now']],
    ['keeps a decade whole', 'the 1970s', ['the', '1970s']],
    ['splits "and/or"', 'and/or', ['and', '/', 'or']],
    ['keeps a URL whole', 'see http://www.example.com/a?b=c.', ['see', 'http://www.example.com/a?b=c', '.']],
    ['keeps an e-mail address whole', 'write to press@un.org.', ['write', 'to', 'press@un.org', '.']],
    ['splits quotes and brackets off words', '("talks")', ['(', '"', 'talks', '"', ')']],
    ['keeps a double hyphen as one token', 'talks -- now', ['talks', '--', 'now']],
    ['splits an em dash between words', 'Tehran\u2014Washington', ['Tehran', '\u2014', 'Washington']],
    ['keeps an ellipsis as one token', 'wait... what', ['wait', '...', 'what']],
    ['keeps an emoticon as one token', 'great :) thanks', ['great', ':)', 'thanks']],
    ['keeps accented words whole', 'São Paulo and Bogotá', ['São', 'Paulo', 'and', 'Bogotá']],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => assert.deepEqual(forms(text), expected));
  }
});

describe('token forms and spans', () => {
  it('gives "’s" the form "\'s" and keeps the curly original as its text', () => {
    const tokens = segmentText('the country\u2019s minister').sentences[0].tokens;
    assert.equal(tokens[2].form, "'s");
    assert.equal(tokens[2].text, '\u2019s');
  });

  it('decodes "&amp;" in a token form', () => {
    const tokens = segmentText('AT&amp;T said').sentences[0].tokens;
    assert.equal(tokens[0].form, 'AT&T');
    assert.equal(tokens[0].text, 'AT&amp;T');
  });

  it('gives " #39;s" the form "\'s" and marks no space before it', () => {
    const tokens = segmentText('yesterday #39;s close').sentences[0].tokens;
    assert.deepEqual(tokens.map((t) => t.form), ['yesterday', "'s", 'close']);
    assert.equal(tokens[1].text, ' #39;s');
    assert.equal(tokens[0].spaceAfter, false);
  });

  it('turns wire quotes into quote tokens', () => {
    assert.deepEqual(forms('said  quot;help me quot; in Polish'), ['said', '"', 'help', 'me', '"', 'in', 'Polish']);
  });

  it('turns curly double quotes into straight quote tokens', () => {
    assert.deepEqual(forms('\u201cdignity\u201d'), ['"', 'dignity', '"']);
  });

  it('drops escaped markup from the tokens', () => {
    assert.deepEqual(forms('Gaza &lt;b&gt;...&lt;/b&gt;'), ['Gaza', '...']);
  });

  it('records whether whitespace follows each token', () => {
    const tokens = segmentText("Iran's talks.").sentences[0].tokens;
    assert.deepEqual(tokens.map((t) => t.spaceAfter), [false, true, false, false]);
  });
});
