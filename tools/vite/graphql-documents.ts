import { transformAsync } from '@babel/core';
import { babelOptimizerPlugin } from '@graphql-codegen/client-preset';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

const root = resolve(__dirname, '../..');
/** Where graphql-codegen writes the typed documents (libs/web/graphql/codegen.ts). */
const ARTIFACTS = join(root, 'libs/web/graphql/src/gql');
/** The web libraries' own sources, which call `graphql(...)` (not the generated files). */
const SOURCE = /\/libs\/web\/[^/]+\/src\/(?!gql\/).*\.tsx?$/;
/** One generated document per line: its name, its JSON, and its type. */
const DOCUMENT =
  /^export const (\w+) = (\{"kind":"Document".*\}) as unknown as (DocumentNode<.*)$/gm;

interface Definition {
  kind: string;
  name?: { value: string };
}

/**
 * The generated documents with each fragment definition written once: codegen copies every
 * fragment a document uses into it (the post card into 18 documents, the comment into 24), more
 * than half of their size. The copies are the same definition, so the documents can share one
 * object; GraphQL documents are never changed in place. A fragment whose copies differ stays
 * copied.
 */
export function shareFragments(code: string): string {
  const text = new Map<string, string>();
  const differs = new Set<string>();
  const documents = [...code.matchAll(DOCUMENT)].map(([, , json]) => {
    const definitions = (JSON.parse(json ?? '{}') as { definitions: Definition[] }).definitions;
    for (const d of definitions) {
      const name = d.kind === 'FragmentDefinition' ? d.name?.value : undefined;
      if (!name) continue;
      const json = JSON.stringify(d);
      if (text.has(name) && text.get(name) !== json) differs.add(name);
      else text.set(name, json);
    }
    return definitions;
  });
  if (documents.length === 0) return code;
  const shared = [...text].filter(([name]) => !differs.has(name));
  const id = (name: string) => `fragment$${name}`;
  let index = 0;
  const rewritten = code.replace(DOCUMENT, (_line, name: string, _json: string, type: string) => {
    const parts = (documents[index++] ?? []).map((d) => {
      const fragment = d.kind === 'FragmentDefinition' ? d.name?.value : undefined;
      return fragment && !differs.has(fragment) ? id(fragment) : JSON.stringify(d);
    });
    return `export const ${name} = {"kind":"Document","definitions":[${parts.join(',')}]} as unknown as ${type}`;
  });
  // Before the first document, so that every document finds them defined.
  const first = rewritten.search(/^export const \w+ = \{"kind":"Document"/m);
  const declarations = shared.map(([name, json]) => `const ${id(name)} = ${json};\n`).join('');
  return rewritten.slice(0, first) + declarations + rewritten.slice(first);
}

/**
 * Replaces each `graphql(`...`)` call in the web libraries with an import of that one document
 * from the generated `graphql.ts`, as graphql-codegen's client preset advises for production. The
 * `graphql()` function looks documents up in a map of every document in the app, kept whole in
 * the bundle; with the calls gone, the bundle carries the documents themselves, each fragment in
 * them once (`shareFragments`).
 */
export function graphqlDocuments(): Plugin {
  return {
    name: 'hearth-graphql-documents',
    enforce: 'pre',
    async transform(code, id) {
      const file = id.split('?')[0] ?? id;
      if (file === join(ARTIFACTS, 'graphql.ts')) return { code: shareFragments(code), map: null };
      if (!SOURCE.test(file) || !code.includes('graphql(')) return null;
      const result = await transformAsync(code, {
        filename: file,
        babelrc: false,
        configFile: false,
        sourceMaps: true,
        plugins: [
          ['@babel/plugin-syntax-typescript', { isTSX: file.endsWith('.tsx') }],
          [babelOptimizerPlugin, { artifactDirectory: ARTIFACTS, gqlTagName: 'graphql' }],
        ],
      });
      if (!result?.code) return null;
      return { code: result.code, map: result.map ?? null };
    },
  };
}
