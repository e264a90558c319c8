import { registerEnumType } from 'type-graphql';
import { PROVIDERS } from '../../domain/resources';
import { enumFrom } from './enum-values';

export const Provider = enumFrom(PROVIDERS);

registerEnumType(Provider, {
  name: 'Provider',
  description: 'A cloud provider netplane reaches.',
  valuesConfig: {
    ALIBABA: { description: 'Alibaba Cloud: ECS (ENIs), VPC (HaVips, EIPs, VBRs and BGP peers), RPC API.' },
    HUAWEI: { description: 'Huawei Cloud: VPC ports, EIP publicips and DCaaS v3 virtual interfaces, REST API.' },
  },
});
