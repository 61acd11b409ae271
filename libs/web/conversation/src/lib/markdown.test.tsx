import { renderMarkdown } from './markdown';

const ID = '0b7f3f0e-2c1d-4a57-9c1e-6a4a9d0e1f01';

describe('renderMarkdown', () => {
  it('renders Markdown', () => {
    expect(renderMarkdown('**bold** and _it_')).toContain('<strong>bold</strong>');
    expect(renderMarkdown('- a\n- b')).toContain('<li>a</li>');
  });

  it('escapes raw HTML instead of passing it through', () => {
    const html = renderMarkdown('<script>alert(1)</script> <img src=x onerror=alert(1)>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
  });

  it('makes no javascript:, vbscript: or data: links and loads no images', () => {
    for (const src of [
      '[x](javascript:alert(1))',
      '[x](JAVASCRIPT:alert(1))',
      '[x](vbscript:msgbox)',
      '[x](data:text/html;base64,PHNjcmlwdD4=)',
      '<javascript:alert(1)>',
    ]) {
      expect(renderMarkdown(src)).not.toMatch(/href="(javascript|vbscript|data):/i);
    }
    expect(renderMarkdown('![pixel](https://tracker.test/p.gif)')).not.toContain('<img');
  });

  it('opens external links in a new tab without an opener', () => {
    expect(renderMarkdown('[site](https://example.com)')).toContain(
      '<a href="https://example.com" target="_blank" rel="noopener noreferrer nofollow">site</a>',
    );
    expect(renderMarkdown('see https://example.com/x')).toContain('href="https://example.com/x"');
  });

  it('turns mentions into links to the person', () => {
    const html = renderMarkdown(`Hi @[Ana López](${ID})!`);
    expect(html).toContain(`<a href="/people/${ID}" class="h-mention">@Ana López</a>`);
    expect(html).toContain('Hi <a');
  });

  it('turns hashtags into links to their feed, but not in code, headings or URLs', () => {
    const html = renderMarkdown('Launch #Day2 `#code` https://x.test/#frag\n\n# Title');
    expect(html).toContain('<a href="/hashtags/day2" class="h-hashtag">#Day2</a>');
    expect(html).toContain('<code>#code</code>');
    expect(html).not.toContain('/hashtags/frag');
    expect(html).toContain('<h1>Title</h1>');
  });
});
