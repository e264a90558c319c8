import { describe, expect, it } from 'vitest';
import { PATHS, errorBody, errorShapeFor, ipv4InCidr, ipv4Range, parseCidr, parseErrorBody } from '../../../src/providers/huawei/wire';

describe('Huawei wire shapes', () => {
  it('builds the documented paths with encoded segments', () => {
    expect(PATHS.nic('p', 'n')).toBe('/v1/p/cloudservers/nics/n');
    expect(PATHS.vifPeers('p')).toBe('/v3/p/dcaas/vif-peers');
    expect(PATHS.port('p', 'a/b')).toBe('/v1/p/ports/a%2Fb');
    expect(PATHS.serverNics('p', 's')).toBe('/v1/p/cloudservers/s/nics');
    expect(PATHS.serverNicsDelete('p', 's')).toBe('/v1/p/cloudservers/s/nics/delete');
    expect(PATHS.job('p', 'j')).toBe('/v1/p/jobs/j');
    expect(PATHS.neutronPort('x')).toBe('/v2.0/ports/x');
  });

  it('renders Neutron errors as {"NeutronError":{type,message,detail}} and the parser reads them back', () => {
    const body = errorBody(errorShapeFor('neutron', 'PortNotFound'), 'PortNotFound', 'Port x could not be found.', 'r');
    expect(body).toEqual({ NeutronError: { type: 'PortNotFound', message: 'Port x could not be found.', detail: '' } });
    expect(parseErrorBody(body)).toEqual({ code: 'PortNotFound', message: 'Port x could not be found.', requestId: null });
    expect(errorShapeFor('neutron', 'APIGW.0308')).toBe('apigw');
  });

  it('renders each API family in its own error body, gateway codes always in the APIGW body', () => {
    expect(errorBody(errorShapeFor('ecs', 'Ecs.0005'), 'Ecs.0005', 'm', 'r')).toEqual({ error: { code: 'Ecs.0005', message: 'm' } });
    expect(errorBody(errorShapeFor('vpc', 'VPC.0510'), 'VPC.0510', 'm', 'r')).toEqual({ code: 'VPC.0510', message: 'm' });
    expect(errorBody(errorShapeFor('dcaas', 'DC.0001'), 'DC.0001', 'm', 'r')).toEqual({ error_code: 'DC.0001', error_msg: 'm', request_id: 'r' });
    expect(errorShapeFor('ecs', 'APIGW.0301')).toBe('apigw');
    expect(errorShapeFor('vpc', 'APIG.0308')).toBe('apigw');
  });

  it('parses all error bodies, including Neutron, and nothing else', () => {
    expect(parseErrorBody({ error: { code: 'Ecs.0005', message: 'm' } })).toEqual({ code: 'Ecs.0005', message: 'm', requestId: null });
    expect(parseErrorBody({ code: 'VPC.0504', message: 'm' })).toEqual({ code: 'VPC.0504', message: 'm', requestId: null });
    expect(parseErrorBody({ error_code: 'DC.0002', error_msg: 'm', request_id: 'r' })).toEqual({ code: 'DC.0002', message: 'm', requestId: 'r' });
    expect(parseErrorBody({ NeutronError: { type: 'PortNotFound', message: 'm', detail: '' } })).toEqual({ code: 'PortNotFound', message: 'm', requestId: null });
    expect(parseErrorBody({ ports: [] })).toBeNull();
    expect(parseErrorBody('oops')).toBeNull();
    expect(parseErrorBody(null)).toBeNull();
  });

  it('parses CIDRs of both families and checks IPv4 membership', () => {
    expect(parseCidr('5.5.5.1/30')).toEqual({ family: 'ipv4', address: '5.5.5.1', prefix: 30 });
    expect(parseCidr('FD00::1/64')).toEqual({ family: 'ipv6', address: 'FD00::1', prefix: 64 });
    expect(parseCidr('5.5.5.1/33')).toBeNull();
    expect(parseCidr('5.5.5.1')).toBeNull();
    expect(parseCidr('FD00::1/129')).toBeNull();
    expect(ipv4Range('10.0.0.7/24')).toEqual([167772160, 167772415]);
    expect(ipv4InCidr('10.0.0.255', '10.0.0.0/24')).toBe(true);
    expect(ipv4InCidr('10.0.1.0', '10.0.0.0/24')).toBe(false);
    expect(ipv4InCidr('2001:db8::1', '10.0.0.0/24')).toBe(false);
  });
});
