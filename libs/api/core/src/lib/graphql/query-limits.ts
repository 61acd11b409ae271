import { AppError } from '../errors/app-error';
import { ErrorCode } from '@hearth/shared/util';
import {
  FieldNode,
  FragmentDefinitionNode,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
  ValueNode,
} from 'graphql';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
}

interface Measure {
  depth: number;
  aliases: number;
  cost: number;
}

const DEFAULT_PAGE = 20;

function intArg(
  field: FieldNode,
  name: string,
  variables: Record<string, unknown>,
): number | undefined {
  const arg = field.arguments?.find((a) => a.name.value === name);
  if (!arg) return undefined;
  const value: ValueNode = arg.value;
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const v = variables[value.name.value];
    return typeof v === 'number' ? v : undefined;
  }
  return undefined;
}

/**
 * Walks an operation, expanding fragments, and measures depth, aliases and an estimated cost:
 * each field costs 1 times the page sizes (`first`, default 20 for a field taking `first`) of the
 * lists around it, so a nested connection multiplies.
 */
export function measureOperation(
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown> = {},
): Measure {
  const measure: Measure = { depth: 0, aliases: 0, cost: 0 };
  const walk = (
    set: SelectionSetNode,
    depth: number,
    multiplier: number,
    seen: Set<string>,
  ): void => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        if (selection.alias) measure.aliases += 1;
        measure.depth = Math.max(measure.depth, depth);
        measure.cost += multiplier;
        if (selection.selectionSet) {
          const takesPage = selection.arguments?.some((a) => a.name.value === 'first') ?? false;
          const page = takesPage ? (intArg(selection, 'first', variables) ?? DEFAULT_PAGE) : 1;
          walk(selection.selectionSet, depth + 1, multiplier * Math.max(1, page), seen);
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet, depth, multiplier, seen);
      } else {
        const name = selection.name.value;
        const fragment = fragments[name];
        if (!fragment || seen.has(name)) continue;
        walk(fragment.selectionSet, depth, multiplier, new Set(seen).add(name));
      }
    }
  };
  walk(operation.selectionSet, 1, 1, new Set());
  return measure;
}

/** A validation rule that refuses operations over the configured depth, alias count or cost. */
export function queryLimitsRule(limits: QueryLimits): ValidationRule {
  return (context: ValidationContext) => ({
    Document(document) {
      const fragments: Record<string, FragmentDefinitionNode> = {};
      for (const def of document.definitions) {
        if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
      }
      for (const def of document.definitions) {
        if (def.kind !== Kind.OPERATION_DEFINITION) continue;
        const m = measureOperation(def, fragments);
        const problem =
          m.depth > limits.maxDepth
            ? `The query is nested ${m.depth} levels deep; the limit is ${limits.maxDepth}.`
            : m.aliases > limits.maxAliases
              ? `The query uses ${m.aliases} aliases; the limit is ${limits.maxAliases}.`
              : m.cost > limits.maxCost
                ? `The query would cost ${m.cost}; the limit is ${limits.maxCost}. Ask for smaller pages.`
                : undefined;
        if (problem) {
          // An AppError, so the error formatter keeps its code through Apollo's validation wrapper.
          context.reportError(new AppError(ErrorCode.QUERY_TOO_COMPLEX, problem));
        }
      }
      return false;
    },
  });
}
