import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createCoder } from '../src/coder.ts';
import { loadGazetteer } from '../src/actors/gazetteer/index.ts';

// Names that say their country on their own (a state's institutions, a region's adjective) and
// party nicknames that many countries share, whose country only the sentence or lead gives.
const coder = createCoder();
const codeOf = (text: string, words: string) =>
  coder.code(text, { published: '2005-03-02' }).mentions?.find((m) => m.text === words)?.code;

describe('institutions of one state carry its country', () => {
  const cases: [text: string, words: string, code: string][] = [
    ['The Bundestag voted to extend the navy mission off Lebanon.', 'The Bundestag', 'DEULEG'],
    ['The State Duma passed the bill in a first reading.', 'The State Duma', 'RUSLEG'],
    ['The Sejm voted down the pension reform.', 'The Sejm', 'POLLEG'],
    ['The Verkhovna Rada dismissed the interior minister.', 'The Verkhovna Rada', 'UKRLEG'],
    ['Scotland Yard detained four men over the robbery.', 'Scotland Yard', 'GBRCOP'],
    ['The FBI questioned the pilot for three hours.', 'The FBI', 'USAGOV'],
    ['The Mossad recruited the engineer in Vienna.', 'The Mossad', 'ISRGOV'],
    ['The GOP attacked the governor over the tax rise.', 'The GOP', 'USAPTY'],
    ['NASA asked lawmakers for another billion dollars.', 'NASA', 'USAGOV'],
    ['The Federal Aviation Administration grounded the jets on Monday.', 'The Federal Aviation Administration', 'USAGOV'],
    ['The SPD rejected the pension plan.', 'The SPD', 'DEUPTYSPD'],
    ['The Royal Navy seized a tanker in the Gulf.', 'The Royal Navy', 'GBRMILRNV'],
    ['The Carabinieri arrested a mafia boss near Palermo.', 'The Carabinieri', 'ITACOPCRB'],
    ['Mounties arrested two men near the border.', 'Mounties', 'CANCOPRCM'],
    ['Holyrood rejected the smoking ban.', 'Holyrood', 'GBRLEG'],
  ];
  for (const [text, words, code] of cases) {
    it(`"${words}" is ${code}`, () => assert.equal(codeOf(text, words), code));
  }
});

describe('a region\'s adjective stands for its country', () => {
  it('Scottish, Welsh, Siberian, Bavarian, Queensland, Northern Irish, Dagestani', () => {
    assert.equal(codeOf('Scottish police arrested two fans after the match.', 'Scottish police'), 'GBRCOP');
    assert.equal(codeOf('Welsh farmers blocked the road to the port.', 'Welsh farmers'), 'GBRCVL');
    assert.equal(codeOf('Siberian miners went on strike over unpaid wages.', 'Siberian miners'), 'RUSLAB');
    assert.equal(codeOf('Bavarian police raided the flat on Friday.', 'Bavarian police'), 'DEUCOP');
    assert.equal(codeOf('Queensland police charged a teacher with fraud.', 'Queensland police'), 'AUSCOP');
    assert.equal(codeOf('Northern Irish police arrested three men after the riot.', 'Northern Irish police'), 'GBRCOP');
    assert.equal(codeOf('Dagestani police killed two gunmen in a shootout.', 'Dagestani police'), 'RUSCOP');
  });
});

describe('party nicknames give the sector, the sentence or lead the country', () => {
  it('takes the country from the dateline or another name, and stays unknown without one', () => {
    assert.equal(codeOf('OTTAWA (CP) - The Tories accused the minister of hiding the report.', 'The Tories'), 'CANPTY');
    assert.equal(codeOf('Labour accused the Conservatives of lying about Britain\'s hospitals.', 'Labour'), 'GBRPTY');
    assert.equal(codeOf('Democrats accused the White House of hiding the costs.', 'Democrats'), 'USAPTY');
    assert.equal(codeOf('Republicans blocked the vote for a second day.', 'Republicans'), 'UNKPTY');
  });

  it('is a party only when capitalised: lowercase democrats are not a party', () => {
    const gazetteer = loadGazetteer();
    assert.equal(gazetteer.lookupAgent('Democrats')?.sector, 'PTY');
    assert.equal(gazetteer.lookupAgent('democrats'), undefined);
    assert.equal(gazetteer.lookupAgent('DEMOCRATS')?.sector, 'PTY');
  });
});
