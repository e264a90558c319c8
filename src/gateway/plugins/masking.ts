import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

export const MASKED_MESSAGE = 'Unexpected error.';

/** Secrets a message could carry (signed URLs, auth headers, credentials in config errors). */
const SECRET_PATTERNS: readonly RegExp[] = [
  /((?:AccessKey(?:Id|Secret)|SecretAccessKey|Signature|SecurityToken|password|secret|\bsk\b|\bak\b)["']?\s*[:=]\s*["']?)[^\s&"',}]+/gi,
  /(Authorization["']?\s*[:=]\s*["']?)[^"'\n]+/gi,
];

export function redactSecrets(text: string): string {
  return SECRET_PATTERNS.reduce((out, pattern) => out.replace(pattern, '$1[REDACTED]'), text);
}

/**
 * A thrown non-GraphQL error (a bug, an adapter breaking its never-throw contract) is unexpected;
 * GraphQLErrors raised on purpose (validation, limits, located provider failures) pass.
 */
export function isUnexpected(error: GraphQLError | undefined): boolean {
  if (!error) return false;
  const original = error.originalError;
  return original !== undefined && original !== null && !(original instanceof GraphQLError);
}

export interface MaskingOptions {
  /** Show the original message (with secrets redacted) instead of the mask. Default: NODE_ENV === 'development'. */
  showDetails?: boolean;
}

/** One error as a client may see it: secrets redacted, an unexpected one masked (or only redacted with `showDetails`). */
export function maskedError(error: GraphQLError | undefined, formatted: GraphQLFormattedError, showDetails: boolean): GraphQLFormattedError {
  if (!isUnexpected(error)) return { ...formatted, message: redactSecrets(formatted.message) };
  return {
    message: showDetails ? redactSecrets(formatted.message) : MASKED_MESSAGE,
    ...(formatted.locations && { locations: formatted.locations }),
    ...(formatted.path && { path: formatted.path }),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

export function showsErrorDetails(options: MaskingOptions): boolean {
  return options.showDetails ?? process.env.NODE_ENV === 'development';
}

/** envelop's useMaskedErrors as an Apollo plugin: unexpected throws become "Unexpected error.". */
export function maskingPlugin(options: MaskingOptions = {}): ApolloServerPlugin {
  const showDetails = showsErrorDetails(options);
  // One listener for every request: it keeps no state of its own (no object per request).
  const listener: GraphQLRequestListener<BaseContext> = {
    async willSendResponse({ response, errors }) {
      if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
      response.body.singleResult.errors = response.body.singleResult.errors.map((formatted, index) => maskedError(errors?.[index], formatted, showDetails));
    },
  };
  return { requestDidStart: () => Promise.resolve(listener) };
}
