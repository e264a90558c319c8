import type { InputFieldSpec } from './descriptor';

/** Input fields several mutations declare alike. */

/** Alibaba's idempotence token, on every Alibaba action whose request model has one. */
export const ALIBABA_CLIENT_TOKEN = {
  type: 'String',
  description: 'Alibaba ClientToken: at most 64 printable ASCII characters, for idempotence (netplane generates one when unset, reused on every retry).',
  wire: { ALIBABA: 'ClientToken' },
} as const satisfies InputFieldSpec;
