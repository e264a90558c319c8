import { registerEnumType } from 'type-graphql';
import { PROVIDERS } from '../../domain/resources';
import { enumFrom } from './enum-values';

export const Provider = enumFrom(PROVIDERS);

registerEnumType(Provider, { name: 'Provider', description: 'A cloud provider netplane reaches.' });
