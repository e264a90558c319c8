import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import type { MutationName } from '../../src/domain/operations';
import { pascal } from '../../src/graphql/mutations/names';
import type { Harness } from './harness';

/**
 * One document per mutation that selects every field of every error member, so e2e tests can
 * assert the whole typed error (the generated example documents select only a few fields).
 */

export interface ErrorMember {
  __typename: string;
  provider?: string;
  operation?: string;
  code?: string;
  codeEnum?: string | null;
  httpStatus?: number | null;
  message?: string;
  requestId?: string | null;
  retryable?: boolean;
  documented?: boolean;
  description?: string | null;
  outcome?: 'NOT_APPLIED' | 'UNKNOWN';
  retryAfterSeconds?: number | null;
  parameter?: string | null;
  resourceType?: string | null;
  resourceId?: string | null;
  alternative?: string | null;
}


const ERROR_SELECTION = `
    __typename
    ... on ProviderError { provider operation code codeEnum httpStatus message requestId retryable documented description }
    ... on ProviderUnavailable { outcome }
    ... on UnknownProviderError { outcome }
    ... on Throttled { retryAfterSeconds }
    ... on InvalidParameter { parameter }
    ... on ResourceNotFound { resourceType resourceId }
    ... on UnsupportedOperation { alternative }`;

export function mutationDocument(mutation: MutationName): TypedDocumentNode<Record<string, ErrorMember>, { input: Record<string, unknown> }> {
  return parse(`mutation M($input: ${pascal(mutation)}Input!) { ${mutation}(input: $input) { ${ERROR_SELECTION} } }`) as never;
}

/** Runs a mutation over HTTP and returns its union member (failing loudly on GraphQL errors). */
export async function runMutation(h: Harness, mutation: MutationName, input: Record<string, unknown>): Promise<ErrorMember> {
  const { status, data, errors } = await h.gql(mutationDocument(mutation), { input });
  if (errors) throw new Error(`${mutation} answered GraphQL errors (HTTP ${status}): ${JSON.stringify(errors)}`);
  return data[mutation]!;
}

export interface RecordedCall {
  seq: number;
  operation: string;
  account: string;
  region: string;
  status: number | null;
  code: string | null;
  params: Record<string, unknown>;
  requestId?: string | null;
}

/** The calls an emulator served, optionally for one provider operation. */
export async function recordedCalls(h: Harness, provider: 'alibaba' | 'huawei', operation?: string): Promise<RecordedCall[]> {
  const path = operation ? `calls?operation=${encodeURIComponent(operation)}` : 'calls';
  return ((await h.control(provider, 'GET', path)) as { calls: RecordedCall[] }).calls;
}
