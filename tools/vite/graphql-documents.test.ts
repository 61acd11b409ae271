import { describe, expect, it } from 'vitest';
import * as generated from '@hearth/web/graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { shareFragments } from './graphql-documents';

interface Definition {
  kind: string;
  name?: { value: string };
}
type Document = { kind: 'Document'; definitions: Definition[] };

const GENERATED = join(__dirname, '../../libs/web/graphql/src/gql/graphql.ts');
const DOCUMENT = /^export const (\w+) = (\{"kind":"Document".*\}) as unknown as DocumentNode</gm;

/** The documents as codegen wrote them, each with its own copies of its fragments. */
function written(code: string): Map<string, Document> {
  return new Map(
    [...code.matchAll(DOCUMENT)].map(([, name, json]) => [
      name ?? '',
      JSON.parse(json ?? '{}') as Document,
    ]),
  );
}

const fragment = (doc: unknown, name: string): Definition | undefined =>
  (doc as Document).definitions.find(
    (d) => d.kind === 'FragmentDefinition' && d.name?.value === name,
  );

describe('generated GraphQL documents in the build (tools/vite/graphql-documents)', () => {
  // Run by apps/web's tests (apps/web/vite.config.ts), so `generated` is what the bundle holds.
  const exports = generated as unknown as Record<string, unknown>;

  it('are exactly the documents codegen wrote', () => {
    const expected = written(readFileSync(GENERATED, 'utf8'));
    expect(expected.size).toBeGreaterThan(100);
    for (const [name, doc] of expected) expect({ name, doc: exports[name] }).toEqual({ name, doc });
  });

  it('share one object per fragment', () => {
    const card = fragment(exports['PostCardFragmentDoc'], 'PostCard');
    expect(card).toBeDefined();
    expect(fragment(exports['HomeFeedDocument'], 'PostCard')).toBe(card);
    expect(fragment(exports['GroupFeedDocument'], 'PostCard')).toBe(card);
  });

  it('keep a fragment copied where its copies differ', () => {
    const doc = (definitions: unknown[]) =>
      `export const X${definitions.length} = ${JSON.stringify({ kind: 'Document', definitions })} as unknown as DocumentNode<A, B>;`;
    const op = { kind: 'OperationDefinition', name: { kind: 'Name', value: 'Q' } };
    const a = { kind: 'FragmentDefinition', name: { kind: 'Name', value: 'F' }, v: 1 };
    const b = { ...a, v: 2 };
    const same = shareFragments([doc([a]), doc([op, a])].join('\n'));
    expect(same.match(/const fragment\$F = /g)).toHaveLength(1);
    expect(same).toContain('"definitions":[fragment$F]');
    const different = shareFragments([doc([a]), doc([op, b])].join('\n'));
    expect(different).not.toContain('fragment$F');
    expect(different).toContain(JSON.stringify(b));
  });
});
