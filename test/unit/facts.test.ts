// The facts table (model/facts.ts) against the copy that states them: every number and every named
// service in the English copy is in the table, every row has a source and a date, the copy's
// numbers come from it, and docs/facts-and-sources.md says the same.
import {describe, it} from 'node:test';
import {readFileSync} from 'node:fs';
import {expect} from 'chai';
import {en} from '../../src/i18n/en.js';
import {roleWords} from '../../src/i18n/resolve.js';
import {FACTS, FACTS_CHECKED, FACTS_REVIEW_BY, factsReviewDue, type Fact} from '../../src/model/facts.js';
import {REGION_FACTS, REGIONS} from '../../src/model/regions.js';

/** Every English string, phrases filled with values that hold no numbers of their own. */
function strings(value: unknown, out: string[] = []): string[] {
  const sample = {
    ...roleWords('care co-ordinator'),
    plan: 'care plan',
    service: 'the service',
    trait: 'a trait',
    date: 'a date',
    count: 2,
    limit: 3,
  };
  if (typeof value === 'string') out.push(value);
  else if (typeof value === 'function') out.push((value as (v: object) => string)(sample));
  else if (value && typeof value === 'object') for (const inner of Object.values(value)) strings(inner, out);
  return out;
}
const COPY = strings(en).join('\n');

const holdsFor = (fact: Fact, region: string) => fact.nation === region || fact.nation === 'uk';
const mentioned = (name: string) => FACTS.some((f) => f.service.includes(name) || f.claim.includes(name));

describe('the facts table (model/facts.ts)', () => {
  it('gives every fact a nation, a service, a claim, a public source and the date it was checked', () => {
    expect(FACTS.length).to.be.greaterThan(10);
    expect(new Set(FACTS.map((f) => f.id)).size, 'ids are unique').to.equal(FACTS.length);
    for (const fact of FACTS) {
      expect(['england', 'scotland', 'wales', 'northern-ireland', 'uk'], fact.id).to.include(fact.nation);
      expect(fact.service, fact.id).to.match(/\S/);
      expect(fact.claim, fact.id).to.match(/\S/);
      expect(new URL(fact.source).protocol, `${fact.id}: ${fact.source}`).to.equal('https:');
      expect(fact.checked, fact.id).to.match(/^\d{4}-\d{2}-\d{2}$/);
      expect(fact.checked <= FACTS_CHECKED, `${fact.id} checked after the table's date`).to.equal(true);
    }
    expect(FACTS_REVIEW_BY > FACTS_CHECKED).to.equal(true);
  });

  it('is where the copy’s numbers come from: every crisis line and advice number, for its own nation', () => {
    for (const region of REGIONS) {
      const {advicePhone, crisis} = REGION_FACTS[region];
      for (const line of crisis) {
        const fact = FACTS.find((f) => f.id === line.id);
        expect(fact, `${region}: ${line.id}`).to.exist;
        expect(fact!.phone).to.equal(line.phone);
        expect(holdsFor(fact!, region), `${line.id} holds in ${region}`).to.equal(true);
      }
      if (advicePhone)
        expect(
          FACTS.some((f) => f.phone === advicePhone && holdsFor(f, region)),
          `${region}: ${advicePhone}`,
        ).to.equal(true);
    }
  });

  it('has every number the English copy states', () => {
    const numbers = COPY.match(/\b\d{3}(?: \d{3,4})*\b/g) ?? [];
    expect(numbers, 'the copy does state numbers').to.include('111');
    for (const number of numbers)
      expect(
        FACTS.some((f) => f.phone === number),
        `"${number}" in the copy`,
      ).to.equal(true);
  });

  it('has every service the English copy names, for the nation that names it', () => {
    for (const region of REGIONS) {
      const name = en.advice[region].name;
      expect(
        FACTS.some((f) => f.service === name && holdsFor(f, region)),
        `${region}: ${name}`,
      ).to.equal(true);
    }
    for (const line of REGION_FACTS.england.crisis.concat(
      REGION_FACTS.scotland.crisis,
      REGION_FACTS.wales.crisis,
      REGION_FACTS['northern-ireland'].crisis,
    )) {
      const fact = FACTS.find((f) => f.id === line.id)!;
      expect(`${en.crisis[line.id]} ${line.phone}`, line.id).to.contain(fact.service);
    }
    // Every proper name of a service or body in the copy: acronyms, NHS lines, and the names that are not either.
    const names =
      COPY.match(
        /\b(?:NHS (?:\d+|[A-Z]\w*)(?: [a-z]+ advocacy)?|[A-Z]{3,}|Llais|Lifeline|Samaritans|Citizens Advice|Putting Things Right|Patient and Client Council)\b/g,
      ) ?? [];
    const named = new Set(names.filter((n) => n !== 'NHS'));
    expect([...named]).to.include.members(['PALS', 'PASS', 'Llais', 'NHS 111', 'NHS 24', 'Lifeline', 'Samaritans', 'Putting Things Right']);
    for (const name of named) expect(mentioned(name), `"${name}" in the copy is in the table`).to.equal(true);
    // And the two claims about who is called what.
    expect(COPY).to.contain('key worker');
    expect(FACTS.some((f) => f.id === 'key-worker' && f.nation === 'england')).to.equal(true);
    expect(en.findOut.wales).to.contain('care and treatment plan');
    expect(FACTS.some((f) => f.id === 'wales-measure' && f.nation === 'wales')).to.equal(true);
  });

  it('says the same as docs/facts-and-sources.md: each number and source, the date checked and the review date', () => {
    const doc = readFileSync(new URL('../../docs/facts-and-sources.md', import.meta.url), 'utf8');
    for (const fact of FACTS) {
      if (fact.phone) expect(doc, fact.id).to.contain(fact.phone);
      expect(doc, `${fact.id}'s source`).to.contain(fact.source);
    }
    expect(doc).to.contain(FACTS_CHECKED);
    expect(doc).to.contain(FACTS_REVIEW_BY);
  });

  it('asks for a review once the review date has passed, and not before', () => {
    expect(factsReviewDue(new Date(`${FACTS_REVIEW_BY}T12:00:00Z`))).to.equal(undefined);
    const after = factsReviewDue(new Date(Date.parse(`${FACTS_REVIEW_BY}T12:00:00Z`) + 86_400_000));
    expect(after).to.contain(FACTS_REVIEW_BY);
    expect(after).to.contain('src/model/facts.ts');
  });
});
