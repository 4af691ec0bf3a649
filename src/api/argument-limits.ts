import { GraphQLError, Kind, type ASTVisitor, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { LIMITS } from './limits.js';

// Integer arguments with hard bounds, by name, wherever they appear.
const BOUNDS: Record<string, [number, number]> = {
  first: [1, LIMITS.maxFirst],
  maxHops: [1, LIMITS.maxHops],
  depth: [1, LIMITS.maxNeighborDepth],
};

/**
 * A validation rule: literal `first`, `maxHops` and `depth` out of bounds are refused before
 * anything runs, with a message naming the bound (`first: 1000000000`). Values passed as
 * variables are checked again by the resolvers.
 */
export function argumentLimitsRule(context: ValidationContext): ASTVisitor {
  return {
    Argument(node) {
      const bounds = BOUNDS[node.name.value];
      if (!bounds || node.value.kind !== Kind.INT) return;
      const v = Number(node.value.value);
      if (v < bounds[0] || v > bounds[1])
        context.reportError(
          new GraphQLError(
            `${node.name.value} must be between ${bounds[0]} and ${bounds[1]} (got ${node.value.value})`,
            {
              nodes: node,
              extensions: { code: 'BAD_USER_INPUT' },
            },
          ),
        );
    },
  };
}

/** The rule as a Yoga plugin. */
export const argumentLimits: Plugin = {
  onValidate({ addValidationRule }) {
    addValidationRule(argumentLimitsRule);
  },
};
