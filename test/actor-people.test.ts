import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createCoder } from '../src/coder.ts';

// People of no known country placed by what the text says about them (src/actors/appositions.ts),
// and places that do not say where a sentence is (src/actors/place-of-event.ts, find-mentions.ts).
const coder = createCoder();
const codeOf = (text: string, words: string) => coder.code(text, { published: '2024-05-02' }).mentions?.find((m) => m.text === words)?.code;

describe('a person of unknown country', () => {
  it('takes the country of an apposition that names one in its phrase', () => {
    assert.equal(codeOf('John Okello, a lawyer for the Kenyan government, rejected the ruling on Friday.', 'John Okello'), 'KEN');
  });

  it('takes the whole code of an apposition that is itself an actor', () => {
    const text = 'Karim Haddad, the Lebanese defence minister, has accused Syria of arming the militias.';
    assert.equal(codeOf(text, 'Karim Haddad'), 'LBNGOV');
  });

  it('stays unknown when the apposition names two countries', () => {
    assert.equal(codeOf('John Okello, a lawyer for the Kenyan and Ugandan governments, rejected the ruling.', 'John Okello'), 'UNK');
  });

  it('is the indefinite person of the same sector the sentence before introduced', () => {
    const text = 'An American soldier was killed in a roadside blast on Monday. Sergeant Tom Hale, 31, died when his patrol was ambushed.';
    assert.equal(codeOf(text, 'Sergeant Tom Hale'), 'USAMIL');
    assert.equal(codeOf(text, 'his'), 'USAMIL');
  });

  it('with nothing else to go by, is of the country where the sentence happens', () => {
    assert.equal(codeOf('Protester Tom Reed chained himself to the railings of parliament in London.', 'Protester Tom Reed'), 'GBRCVL');
    assert.equal(codeOf('John Okello rejected the ruling in Nairobi on Friday.', 'John Okello'), 'KEN');
  });

  it('is not an introduced person of another sector', () => {
    const text = 'A French journalist was wounded on Monday. Sergeant Tom Hale, 31, died when his patrol was ambushed.';
    assert.equal(codeOf(text, 'Sergeant Tom Hale'), 'UNKMIL');
  });
});

describe('a counterpart', () => {
  it('is of the country its own words name, not its possessor\'s', () => {
    assert.equal(codeOf('The Pakistani foreign minister met his Indian counterpart in Islamabad.', 'his Indian counterpart'), 'INDGOV');
  });

  it('is of no known country when its words name none: neither the possessor\'s nor the sentence\'s', () => {
    assert.equal(codeOf('The Pakistani foreign minister met his counterpart at a summit on Monday.', 'his counterpart'), 'UNKGOV');
  });

  it('is met: meeting a person is a meeting (040)', () => {
    const events = coder.code('The Pakistani foreign minister met his Indian counterpart on Monday.', { published: '2024-05-02' }).events ?? [];
    assert.ok(events.some((e) => e.cameo.code === '040' && e.source[0]?.code === 'PAKGOV' && e.target[0]?.code === 'INDGOV'), events.map((e) => e.cameo.code).join(', '));
  });
});

describe('places that do not place a sentence', () => {
  it('an embassy stands in the host country: the dateline places the bombers', () => {
    const text = 'NAIROBI, Kenya -- Police said two suicide bombers blew themselves up outside the British Embassy, wounding three guards.';
    assert.equal(codeOf(text, 'two suicide bombers'), 'KENINS');
  });

  it('an ethnic village is no village of that state', () => {
    const mentions = coder.code('Serbian police surrounded an ethnic Albanian village on Monday.', { published: '2024-05-02' }).mentions ?? [];
    assert.ok(!mentions.some((m) => m.code === 'ALB'), mentions.map((m) => `${m.text} ${m.code}`).join('; '));
  });
});

describe('an attack naming no victim', () => {
  it('is aimed at the country where it happens, not at the attackers\' own', () => {
    const events = coder.code('US helicopters attacked a convoy of trucks near Mosul on Tuesday.', { published: '2024-05-02' }).events ?? [];
    const attack = events.find((e) => e.cameo.code.startsWith('19'));
    assert.equal(attack?.target[0]?.code, 'IRQ', events.map((e) => `${e.cameo.code} ${e.target.map((a) => a.code)}`).join('; '));
  });
});

describe('a possessive pronoun', () => {
  it('takes the nearest actor of its sentence, subject or not', () => {
    assert.equal(codeOf('The European Union pressed Iran on Monday over its nuclear programme.', 'its'), 'IRN');
    assert.equal(codeOf('The European Union said on Monday its envoys would stay.', 'its'), 'IGOEUN');
  });
});

describe('what the text says of a named person overrides a guess', () => {
  it('an "of" phrase with a country gives the person that country, over a namesake in the dictionary', () => {
    assert.equal(codeOf('Foreign Minister Abdullah Abdullah of Afghanistan visited Tehran on Sunday.', 'Foreign Minister Abdullah Abdullah'), 'AFGGOV');
    assert.equal(codeOf('Finance Minister Leila Haddad, of Tunisia, signed the loan agreement.', 'Finance Minister Leila Haddad'), 'TUNGOV');
  });

  it('an apposition that is an actor gives its code, though its phrases name another country', () => {
    assert.equal(codeOf("Mr. Tomas Varga, Slovakia's ambassador to Hungary, was summoned by Budapest.", 'Mr. Tomas Varga'), 'SVKGOV');
  });

  it('an apposition outweighs the place of the sentence', () => {
    assert.equal(codeOf('General Omar Salim, the army chief of Sudan, met rebel leaders in Chad.', 'General Omar Salim'), 'SDNMIL');
  });
});

describe('US defense secretaries (office-holders.tsv)', () => {
  it('codes the defense secretary of the article date as the US government, not the country he visits', () => {
    const code = (text: string, words: string, published: string) => coder.code(text, { published }).mentions?.find((m) => m.text === words)?.code;
    assert.equal(code('Donald Rumsfeld made a surprise visit to Kuwait on Monday.', 'Donald Rumsfeld', '2004-06-01'), 'USAGOV');
    assert.equal(code('Leon Panetta arrived in Kabul on Thursday for talks.', 'Leon Panetta', '2012-03-15'), 'USAGOV');
  });
});

describe('a Jewish settlement in the occupied territories (peoples.tsv)', () => {
  it('stands for its Israeli settlers, not for the Palestinian territory it lies in', () => {
    assert.equal(codeOf('A mortar shell struck a Jewish settlement near Hebron on Tuesday, wounding two children.', 'a Jewish settlement'), 'ISRCVL');
  });
});
