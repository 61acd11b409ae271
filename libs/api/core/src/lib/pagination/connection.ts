import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { LIMITS } from '@hearth/shared/util';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { badInput, isUuid } from '../errors/app-error';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/** `first`/`after` arguments shared by every connection query. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: LIMITS.pageSize.default })
  @IsInt()
  @Min(1)
  @Max(LIMITS.pageSize.max)
  first: number = LIMITS.pageSize.default;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount?: number;
}

/** Builds `XEdge` and `XConnection` object types for a node type. */
export function ConnectionType<T>(
  node: Type<T>,
  name: string,
  withTotal = true,
): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => String)
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }

  if (!withTotal) return ConnectionClass;

  @ObjectType(`${name}Connection`)
  class CountedConnection extends ConnectionClass {
    @Field(() => Int, { description: 'How many items match, across all pages.' })
    totalCount!: number;
  }
  return CountedConnection;
}

const badCursor = () =>
  badInput('The pagination cursor is not valid. Start again from the first page.', 'after');

/** Opaque keyset cursors: a base64url JSON array of the sort key values. */
export function encodeCursor(values: ReadonlyArray<string | number>): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): Array<string | number> {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === arity &&
      parsed.every((v) => typeof v === 'string' || typeof v === 'number')
    ) {
      return parsed;
    }
  } catch {
    // fall through
  }
  throw badCursor();
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)?$/;

/** Whether a cursor value is a timestamp as PostgreSQL writes one (`timestamptz::text`). */
export function isTimestampText(value: unknown): value is string {
  return typeof value === 'string' && TIMESTAMP.test(value);
}

/** The SQL type of each value in a cursor, as the keyset comparison casts it. */
export type CursorPart = 'text' | 'uuid' | 'timestamptz' | 'int' | 'numeric';

/** A `numeric` as PostgreSQL writes one (`numeric::text`), of a sane length. */
const NUMERIC = /^-?\d{1,20}(\.\d{1,20})?$/;

const PART_OK: Record<CursorPart, (v: string | number) => boolean> = {
  text: (v) => typeof v === 'string',
  uuid: (v) => typeof v === 'string' && isUuid(v),
  timestamptz: (v) => isTimestampText(v),
  int: (v) => Number.isInteger(v) && Math.abs(Number(v)) <= 2_147_483_647,
  numeric: (v) => typeof v === 'string' && NUMERIC.test(v),
};

/**
 * `decodeCursor` that also checks each value against the SQL type it will be cast to, so that a
 * cursor a client made up is BAD_USER_INPUT rather than a database error.
 */
export function decodeCursorAs(
  cursor: string,
  parts: readonly CursorPart[],
): Array<string | number> {
  const values = decodeCursor(cursor, parts.length);
  if (values.some((v, i) => !PART_OK[parts[i] ?? 'text'](v))) throw badCursor();
  return values;
}

/**
 * Given rows fetched with `limit first + 1`, builds the connection. `cursorOf` gives the sort
 * key values of a row, which `decodeCursor` hands back on the next page.
 */
export function toConnection<R, T>(
  rows: R[],
  first: number,
  cursorOf: (row: R) => ReadonlyArray<string | number>,
  toNode: (row: R) => T,
  totalCount?: number,
): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((row) => ({ cursor: encodeCursor(cursorOf(row)), node: toNode(row) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}

/** `%text%` for LIKE, lower-cased, with LIKE's wildcards in the text escaped. */
export function containsPattern(search: string): string {
  return `%${search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * One keyset page of a query ordered ascending by `columns` (the last one unique, e.g. the id):
 * counts the matches, continues after the cursor, fetches `first + 1` rows to know if more follow.
 * `casts` give each column's SQL type for the cursor comparison (e.g. `['text', 'uuid']`).
 */
export async function keysetPage<R extends ObjectLiteral, T>(
  qb: SelectQueryBuilder<R>,
  page: { first: number; after?: string | null },
  sort: { columns: string[]; casts: CursorPart[]; cursorOf: (row: R) => Array<string | number> },
  toNode: (row: R) => T,
): Promise<Connection<T>> {
  const total = await qb.getCount();
  if (page.after) {
    const values = decodeCursorAs(page.after, sort.casts);
    const params: Record<string, string | number> = {};
    const placeholders = values.map((v, i) => {
      params[`cursor${i}`] = v;
      return `:cursor${i}::${sort.casts[i] ?? 'text'}`;
    });
    qb.andWhere(`(${sort.columns.join(', ')}) > (${placeholders.join(', ')})`, params);
  }
  sort.columns.forEach((c, i) => (i === 0 ? qb.orderBy(c, 'ASC') : qb.addOrderBy(c, 'ASC')));
  const rows = await qb.limit(page.first + 1).getMany();
  return toConnection(rows, page.first, sort.cursorOf, toNode, total);
}

/**
 * One page of `qb` (alias `alias`) ordered by (created_at, `idColumn`) in `order`, with the total:
 * the cursor keeps created_at as PostgreSQL writes it (microseconds), so rows created in the same
 * millisecond are neither skipped nor repeated.
 */
export async function pageByCreatedAt<E extends ObjectLiteral, T>(
  qb: SelectQueryBuilder<E>,
  alias: string,
  idColumn: string,
  order: 'ASC' | 'DESC',
  page: { first: number; after?: string | null },
  idOf: (row: E) => string,
  toNode: (row: E) => T,
): Promise<Connection<T>> {
  const total = await qb.getCount();
  if (page.after) {
    const [at, id] = decodeCursorAs(page.after, ['timestamptz', 'uuid']);
    qb.andWhere(
      `(${alias}.created_at, ${alias}.${idColumn}) ${order === 'ASC' ? '>' : '<'} (:at::timestamptz, :id::uuid)`,
      { at, id },
    );
  }
  const { entities, raw } = await qb
    .addSelect(`${alias}.created_at::text`, 'at_text')
    .orderBy(`${alias}.created_at`, order)
    .addOrderBy(`${alias}.${idColumn}`, order)
    .limit(page.first + 1)
    .getRawAndEntities();
  const rows = entities.map((row, i) => ({
    row,
    at: (raw[i] as { at_text?: string } | undefined)?.at_text ?? '',
  }));
  return toConnection(
    rows,
    page.first,
    (r) => [r.at, idOf(r.row)],
    (r) => toNode(r.row),
    total,
  );
}
