import { HASHTAG_PATTERN, normaliseHashtag } from '@hearth/shared/util';
import markdownIt from 'markdown-it';
import type { MarkdownIt, Token } from 'markdown-it';
import type { MouseEvent } from 'react';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';

type TokenCtor = new (type: string, tag: string, nesting: -1 | 0 | 1) => Token;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Markdown as people write it, rendered safely: raw HTML is escaped (never passed through),
 * markdown-it refuses javascript:, vbscript:, file: and data: links, images are not loaded
 * (no tracking pixels), external links open in a new tab without an opener. Mentions
 * (`@[Name](id)`) become links to the person, hashtags links to their feed; neither inside code.
 */
export function createRenderer(): MarkdownIt {
  const md = markdownIt({ html: false, linkify: true, breaks: true, typographer: false });
  md.disable(['image']);
  md.core.ruler.push('hearth_mentions_hashtags', (state) => {
    const Token = state.Token as unknown as TokenCtor;
    for (const block of state.tokens) {
      if (block.type !== 'inline' || !block.children) continue;
      const out: Token[] = [];
      let inLink = 0;
      const children = block.children;
      for (let i = 0; i < children.length; i++) {
        const t = children[i] as Token;
        if (t.type === 'link_open') {
          const href = String(t.attrGet('href') ?? '');
          const prev = out[out.length - 1];
          if (UUID.test(href) && prev?.type === 'text' && prev.content.endsWith('@')) {
            prev.content = prev.content.slice(0, -1);
            t.attrSet('href', `/people/${href.toLowerCase()}`);
            t.attrSet('class', 'h-mention');
            const label = children[i + 1];
            if (label?.type === 'text') label.content = `@${label.content}`;
          }
          inLink++;
          out.push(t);
          continue;
        }
        if (t.type === 'link_close') inLink--;
        if (t.type !== 'text' || inLink > 0) {
          out.push(t);
          continue;
        }
        let last = 0;
        const text = t.content;
        for (const m of text.matchAll(HASHTAG_PATTERN)) {
          const start = (m.index ?? 0) + (m[1]?.length ?? 0);
          const tag = m[2] ?? '';
          if (start > last) out.push(textToken(Token, text.slice(last, start)));
          const open = new Token('link_open', 'a', 1);
          open.attrs = [
            ['href', `/hashtags/${encodeURIComponent(normaliseHashtag(tag))}`],
            ['class', 'h-hashtag'],
          ];
          out.push(open, textToken(Token, `#${tag}`), new Token('link_close', 'a', -1));
          last = start + tag.length + 1;
        }
        if (last === 0) out.push(t);
        else if (last < text.length) out.push(textToken(Token, text.slice(last)));
      }
      block.children = out;
    }
  });
  const defaultLinkOpen =
    md.renderer.rules['link_open'] ??
    ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules['link_open'] = (tokens, idx, options, env, self) => {
    const token = tokens[idx] as Token;
    const href = String(token.attrGet('href') ?? '');
    if (!href.startsWith('/')) {
      token.attrSet('target', '_blank');
      token.attrSet('rel', 'noopener noreferrer nofollow');
    }
    return defaultLinkOpen(tokens, idx, options, env, self);
  };
  return md;
}

function textToken(Token: TokenCtor, content: string): Token {
  const t = new Token('text', '', 0);
  t.content = content;
  return t;
}

let shared: MarkdownIt | undefined;
export function renderMarkdown(source: string): string {
  shared ??= createRenderer();
  return shared.render(source);
}

/** Renders a post or comment body; in-app links (people, hashtags) navigate without a reload. */
export function Markdown({ source, className }: { source: string; className?: string }) {
  const navigate = useNavigate();
  const html = useMemo(() => renderMarkdown(source), [source]);
  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    const a = (e.target as HTMLElement).closest('a');
    const href = a?.getAttribute('href') ?? '';
    if (a && href.startsWith('/') && !e.metaKey && !e.ctrlKey && !e.shiftKey) {
      e.preventDefault();
      void navigate(href);
    }
  };
  return (
    // The click handler only intercepts activation of real links inside, which are keyboard-focusable.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions
    <div
      className={`h-markdown ${className ?? ''}`}
      onClick={onClick}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
