import type { ProviderCallEvent } from '../../src/domain/provider-call';

/** The n-th answered DescribeNetworkInterfaces call, as a provider client reports it (request id `provider-req-<n>`). */
export const providerCallEvent = (n: number): ProviderCallEvent => ({
  provider: 'ALIBABA',
  operation: 'DescribeNetworkInterfaces',
  attempt: 1,
  startedAt: Date.now(),
  durationMs: 1.25,
  httpStatus: 200,
  requestId: `provider-req-${n}`,
  code: null,
  category: null,
});
