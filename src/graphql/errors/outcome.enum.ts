import { registerEnumType } from 'type-graphql';

export const Outcome = { NOT_APPLIED: 'NOT_APPLIED', UNKNOWN: 'UNKNOWN' } as const;

registerEnumType(Outcome, {
  name: 'Outcome',
  description: 'Whether the provider may have applied a change when the call failed.',
  valuesConfig: {
    NOT_APPLIED: { description: 'The provider did not apply the change; retrying is safe.' },
    UNKNOWN: { description: 'The change may have been applied (e.g. a timeout after the request was sent); read before retrying.' },
  },
});
