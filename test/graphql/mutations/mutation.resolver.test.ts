import { execute, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildNetplaneSchema } from '../../../src/graphql';
import type { NetplaneContext } from '../../../src/graphql/context';
import { alibabaCatalog } from '../../../src/providers/alibaba/error-catalog';
import { huaweiCatalog } from '../../../src/providers/huawei/error-catalog';

const schema = buildNetplaneSchema({ catalogs: [alibabaCatalog, huaweiCatalog] });

describe('mutation fields (resolved by executeMutation with the arguments graphql-js coerced)', () => {
  it('take an input written inline (objects without a prototype) as one sent in variables', async () => {
    // Neither a target id nor a reference: refused before anything is called, so a context with a request id is enough.
    const context = { requestId: 'req-1' } as unknown as NetplaneContext;
    const document = parse('mutation ($input: UpdateNetworkInterfaceInput!) { updateNetworkInterface(input: $input) { __typename ... on ProviderError { code message } } }');
    const viaVariables = await execute({ schema, document, contextValue: context, variableValues: { input: { networkInterfaceName: 'renamed' } } });
    const inline = await execute({
      schema,
      document: parse('mutation { updateNetworkInterface(input: { networkInterfaceName: "renamed" }) { __typename ... on ProviderError { code message } } }'),
      contextValue: context,
    });
    expect(viaVariables.errors).toBeUndefined();
    expect(inline).toEqual(viaVariables);
    expect(viaVariables.data).toMatchObject({ updateNetworkInterface: { message: expect.stringContaining('Give exactly one of') } });
  });
});
