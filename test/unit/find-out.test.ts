// The first screen's "not sure who yours is?" lines, as a table per nation and host: the browser
// test shows them on screen, by keyboard and under axe.
import {describe, it} from 'node:test';
import {expect} from 'chai';
import {en} from '../../src/i18n/en.js';
import {describeFindOut} from '../../src/i18n/find-out.js';
import {roleWords} from '../../src/i18n/resolve.js';
import {REGION_FACTS, REGIONS} from '../../src/model/regions.js';

const words = roleWords('care co-ordinator');

describe('describeFindOut (i18n/find-out.ts)', () => {
  const table = {
    england: {about: 2, plan: 'care plan', service: 'PALS (Patient Advice and Liaison Service)', phone: undefined},
    scotland: {about: 1, plan: 'care plan', service: 'PASS (Patient Advice and Support Service)', phone: '0800 917 2127'},
    wales: {about: 2, plan: 'care and treatment plan', service: 'Llais', phone: undefined},
    'northern-ireland': {about: 1, plan: 'care plan', service: 'The Patient and Client Council', phone: '0800 917 0222'},
  } as const;
  for (const region of REGIONS) {
    const want = table[region];
    it(`words ${region}'s lines: its own line only where the nation has one, its plan, its service and crisis lines`, () => {
      const doc = describeFindOut({strings: en, words, region});
      expect(doc.about).to.have.length(want.about);
      expect(doc.about[0]).to.equal(en.findOut.everyone);
      expect(doc.ways[2]).to.equal(`look at letters from your team, or at your ${want.plan} if you have one`);
      expect(doc.teamLine).to.equal(en.findOut.teamLine);
      expect(doc.noOne).to.equal(
        `If you do not have a care co-ordinator, you can ask your team for one. ${want.service} can help you ask. ${en.advice[region].reach}`,
      );
      expect(doc.contact).to.deep.equal({name: want.service, ...(want.phone && {phone: want.phone})});
      expect(doc.crisis.map((line) => line.phone)).to.deep.equal(REGION_FACTS[region].crisis.map((line) => line.phone));
    });
  }

  it('names the host’s service instead, without the nation’s way to reach its own', () => {
    const doc = describeFindOut({
      strings: en,
      words: roleWords('key worker'),
      region: 'wales',
      contact: {name: 'Riverside PALS', phone: '01632 960000'},
    });
    expect(doc.noOne).to.equal('If you do not have a key worker, you can ask your team for one. Riverside PALS can help you ask.');
    expect(doc.contact).to.deep.equal({name: 'Riverside PALS', phone: '01632 960000'});
  });

  it('puts the team’s crisis line first, and shows no crisis lines when the host hid them', () => {
    const team = describeFindOut({strings: en, words, region: 'england', teamCrisis: {phone: '01632 960111'}});
    expect(team.crisis[0]).to.deep.equal({label: en.crisis.team, phone: '01632 960111'});
    expect(team.teamLine, 'no "if your team gave you a number" when the host gave it').to.equal(undefined);
    const hidden = describeFindOut({strings: en, words, region: 'england', crisis: false});
    expect(hidden.crisis).to.deep.equal([]);
    expect(hidden.teamLine).to.equal(undefined);
  });
});
