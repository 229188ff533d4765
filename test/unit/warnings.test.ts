import {describe, it} from 'node:test';
import {expect} from 'chai';
import {parseConfig} from '../../src/config/parse-config.js';
import {createWarner, WARNING_PREFIX} from '../../src/internal/warnings.js';

const tick = () => new Promise((resolve) => setTimeout(resolve));

describe('warnings are capped', () => {
  it('prefixes every line with "<coordinator-check>: "', () => {
    const lines: string[] = [];
    createWarner(20, (line) => lines.push(line))('region="mars" is not known');
    expect(lines).to.deep.equal(['<coordinator-check>: region="mars" is not known']);
    expect(WARNING_PREFIX).to.equal('<coordinator-check>: ');
  });

  const counts: [number, string[]][] = [
    [3, ['w0', 'w1', 'w2']],
    [20, Array.from({length: 20}, (_, i) => `w${i}`)],
    [21, [...Array.from({length: 20}, (_, i) => `w${i}`), '1 more warning left out (only the first 20 are shown).']],
    [25, [...Array.from({length: 20}, (_, i) => `w${i}`), '5 more warnings left out (only the first 20 are shown).']],
  ];
  for (const [count, expected] of counts) {
    it(`prints ${Math.min(count, 20)} of ${count} warnings${count > 20 ? ', then one line counting the rest' : ''}`, async () => {
      const lines: string[] = [];
      const warn = createWarner(20, (line) => lines.push(line));
      for (let i = 0; i < count; i++) warn(`w${i}`);
      await tick();
      expect(lines).to.deep.equal(expected.map((line) => WARNING_PREFIX + line));
    });
  }

  it('counts later warnings in a line of their own, and each element has its own cap', async () => {
    const lines: string[] = [];
    const one = createWarner(2, (line) => lines.push(`one ${line}`));
    const two = createWarner(2, (line) => lines.push(`two ${line}`));
    for (const i of [1, 2, 3]) one(`a${i}`);
    await tick();
    one('b1');
    one('b2');
    two('c1');
    await tick();
    expect(lines.map((l) => l.replace(WARNING_PREFIX, ''))).to.deep.equal([
      'one a1',
      'one a2',
      'one 1 more warning left out (only the first 2 are shown).',
      'two c1',
      'one 2 more warnings left out (only the first 2 are shown).',
    ]);
  });

  it('parses a configuration with 100,000 unknown keys quickly, still applying the valid ones, in a dozen lines', async () => {
    const config: Record<string, unknown> = {contact: {name: 'Leeds PALS'}, crisis: false};
    for (let i = 0; i < 100_000; i++) config[`unknown${i}`] = i;
    const lines: string[] = [];
    const warn = createWarner(20, (line) => lines.push(line));
    const start = performance.now();
    const parsed = parseConfig(config, warn);
    const took = performance.now() - start;
    await tick();
    expect({...parsed.contact}).to.deep.equal({name: 'Leeds PALS'});
    expect(parsed.crisis).to.equal(false);
    expect(lines.length).to.equal(11);
    expect(lines[0]).to.equal(`${WARNING_PREFIX}unknown0 is not a configuration key; ignored.`);
    expect(lines.join('\n')).to.contain('99990 more keys');
    // Today's uncapped warnings took about 15 s here; a generous bound for a busy machine.
    expect(took, `${Math.round(took)} ms`).to.be.below(3000);
  });
});
