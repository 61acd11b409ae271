import { normaliseHashtag, parseHashtags, parseMentions, stripCode } from './text';

const ANA = '0b7f3f0e-2c1d-4a57-9c1e-6a4a9d0e1f01';
const BEN = '1c8e4e1f-3d2e-4b68-8d2f-7b5b0e1f2a02';

describe('parseMentions', () => {
  it('reads each mentioned person once, in order', () => {
    const body = `Thanks @[Ana López](${ANA}) and @[Ben Ode](${BEN})! Again @[Ana](${ANA}).`;
    expect(parseMentions(body)).toEqual([
      { userId: ANA, name: 'Ana López' },
      { userId: BEN, name: 'Ben Ode' },
    ]);
  });

  it('lower-cases ids and ignores malformed ones', () => {
    expect(parseMentions(`@[Ana](${ANA.toUpperCase()}) @[Bad](not-a-uuid) @Ben`)).toEqual([
      { userId: ANA, name: 'Ana' },
    ]);
  });

  it('ignores mentions inside code', () => {
    expect(parseMentions('`@[Ana](' + ANA + ')`\n```\n@[Ben](' + BEN + ')\n```\n')).toEqual([]);
  });

  it('stops at the limit', () => {
    const many = Array.from(
      { length: 60 },
      (_, i) => `@[P${i}](00000000-0000-4000-8000-${String(i).padStart(12, '0')})`,
    ).join(' ');
    expect(parseMentions(many)).toHaveLength(50);
  });
});

describe('parseHashtags', () => {
  it('finds hashtags at the start, after spaces and punctuation, lower-cased and unique', () => {
    expect(parseHashtags('#Launch day! (#team-news) and #launch again,#Q3_plans')).toEqual([
      'launch',
      'team-news',
      'q3_plans',
    ]);
  });

  it('does not take headings, numbers, URLs fragments, entities or code for hashtags', () => {
    const body = [
      '# Heading',
      '## Another',
      'Issue #42 and C# and a&#39;b',
      'See https://example.com/page#section and [link](https://x.test/#frag)',
      '`#notatag` and',
      '```',
      '#alsonot',
      '```',
      'but #real',
    ].join('\n');
    expect(parseHashtags(body)).toEqual(['real']);
  });

  it('accepts letters beyond ASCII', () => {
    expect(parseHashtags('Bravo #équipe et #Ünïcode')).toEqual(['équipe', 'ünïcode']);
  });

  it('does not read a mention name as a hashtag', () => {
    expect(parseHashtags(`@[#Ana](${ANA}) hi`)).toEqual([]);
  });

  it('normalises', () => {
    expect(normaliseHashtag('#Launch')).toBe('launch');
  });
});

describe('stripCode', () => {
  it('removes fenced blocks even when unterminated', () => {
    expect(stripCode('a\n```js\n#x\n')).not.toContain('#x');
  });
});
