import { describe } from 'node:test';
import { itCodesConstructions } from '../src/testing/sense-cases.ts';

// Verbal events of wire leads (issue 10, recall on unseen text): headline present tense, and verb +
// object senses the lexicon lacked. Each case is a sentence of our own, through the whole pipeline;
// the expected text is the start of an event summary, "code SOURCE>TARGET" with country letters.
describe('verbal events of wire leads', () => {
  itCodesConstructions(
    [
      ['headline verb after a subject with a place phrase', 'Police in Nairobi disperse student protesters who are demanding lower fees.', '175 KEN>KEN'],
      ['headline verb before a later clause after a comma', 'Italian police expel a Moroccan preacher, two days after a court in Milan rejects his appeal.', '174 ITA>MAR'],
      ['headline verb of a court', 'A Belgian magistrate remands four Algerian suspects in custody pending charges.', '173 BEL>DZA'],
      ['a claimed attack is a claim of responsibility', 'A Kurdish militant group claimed the bombing of a bus in Istanbul.', '015 TUR>'],
      ['stripping an official of immunity', 'The Kenyan parliament stripped a senior judge of his immunity.', '172 KEN>KEN'],
      ['imposing a lawyer on a defendant', 'A Kenyan court forced a state-appointed attorney on the former Liberian president.', '172 KEN>LBR'],
      ['military trainers sent are military aid', 'The United States sent military advisers to Georgia last month.', '072 USA>GEO'],
      ['military trainers to be sent are an offer of military aid', 'NATO will send military instructors to Afghanistan next year.', '0332 IGO>AFG'],
      ['"test fired" in two words is a weapons test', 'India has test fired a nuclear-capable missile from a base in Orissa.', '150 IND>'],
      ['a meeting partner after the place of the meeting', 'The Japanese foreign minister met in Nairobi with Sudanese rebel leaders on Tuesday.', '040 JPN>SDN'],
      ['a meeting partner after its duration and day', 'The British army met for three hours on Monday with envoys of the Iraqi cleric Ali al-Sistani.', '040 GBR>IRQ'],
      ['holding people hostage, in a participle', 'A gang holding four Nepalese cooks hostage near Kirkuk freed one of them on Sunday.', '181 '],
      ['holding people hostage, after a plural subject read as the root', 'Chechen gunmen held dozens of teachers hostage in a school.', '181 RUS>'],
      ['an object after the dating phrase', 'Egypt freed on Sunday 30 Sudanese prisoners.', '0841 EGY>SDN'],
      ['seizing buildings in a coordinated verb', 'Rebel Guinean soldiers stormed the barracks and seized the radio station in Conakry.', '192 GIN>'],
    ],
    [
      ['a missile fired after a test word elsewhere is still a strike', 'After a failed test, Israeli jets fired two missiles at a car in Gaza.', /^150/],
      ['an attack that claims lives claims nothing', 'The deadly attack in Istanbul claimed 20 lives.', /^015/],
      ['stripping things of things is no sanction', 'The storm stripped the trees in Nairobi of their leaves.', /^172/],
      ['a particle after a verb read as a plural noun is no headline verb', 'Fidel Castro scales back his reform drive as street protests grow.', /^05/],
    ],
  );
});
