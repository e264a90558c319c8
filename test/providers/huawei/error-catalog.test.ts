import { describe, expect, it } from 'vitest';
import { MUTATION_NAMES, operationsOf } from '../../../src/domain/mutations';
import { classify } from '../../../src/domain/catalog';
import { ERROR_CATEGORIES } from '../../../src/domain/errors';
import { huaweiCatalog } from '../../../src/providers/huawei/error-catalog';

const entries = huaweiCatalog.entries;

describe('Huawei error catalog', () => {
  it('is the HUAWEI catalog', () => {
    expect(huaweiCatalog.provider).toBe('HUAWEI');
  });

  it('gives every entry a known category, a status and a message', () => {
    for (const e of entries) {
      expect(ERROR_CATEGORIES, e.code).toContain(e.category);
      expect(e.httpStatus, e.code).toBeGreaterThanOrEqual(200);
      expect(e.message.length, e.code).toBeGreaterThan(0);
      expect(e.operations === 'common' || e.operations.length > 0, e.code).toBe(true);
    }
  });

  it('has each (operation, code, status, message) once', () => {
    const seen = new Set<string>();
    for (const e of entries) {
      for (const op of e.operations === 'common' ? ['common'] : e.operations) {
        const k = `${op}|${e.code}|${e.httpStatus}|${e.message}`;
        expect(seen.has(k), k).toBe(false);
        seen.add(k);
      }
    }
  });

  it('documents the ECS codes of binding a virtual IP (seed 000) verbatim', () => {
    const codes = new Set(huaweiCatalog.forOperation('AssociateServerVirtualIp').map((e) => e.code));
    for (const code of ['Ecs.0003', 'Ecs.0004', 'Ecs.0005', 'Ecs.0010', 'Ecs.0012', 'Ecs.0014', 'Ecs.0023', 'Ecs.0038', 'Ecs.0039', 'Ecs.0064', 'Ecs.0100', 'Ecs.0110', 'Ecs.0114', 'Ecs.0210', 'Ecs.0212', 'Ecs.0213', 'Ecs.0307', 'Ecs.0603', 'Ecs.0614', 'Ecs.1200', 'Ecs.1201', 'Pdp.0001']) {
      expect(codes, code).toContain(code);
    }
    expect(huaweiCatalog.require('AssociateServerVirtualIp', 'Ecs.0010')).toMatchObject({
      httpStatus: 400,
      description: 'The private IP address is already in use.',
      message: 'Private IP address %s is already in use.',
      category: 'ResourceConflict',
    });
    expect(huaweiCatalog.require('AssociateServerVirtualIp', 'Ecs.0603')).toMatchObject({ httpStatus: 501, retryable: true });
  });

  it('documents DC.0000–DC.0013 for CreateVifPeer, all HTTP 400', () => {
    for (let i = 0; i <= 13; i++) {
      const code = `DC.${String(i).padStart(4, '0')}`;
      expect(huaweiCatalog.require('CreateVifPeer', code).httpStatus, code).toBe(400);
    }
    expect(huaweiCatalog.require('CreateVifPeer', 'DC.0002').category).toBe('ResourceNotFound');
    expect(huaweiCatalog.require('CreateVifPeer', 'DC.0008')).toMatchObject({ category: 'InvalidParameter', parameter: 'bgp_asn' });
  });

  it('offers the common gateway and Common.* codes to every operation', () => {
    for (const op of ['ListPorts', 'ListPublicips', 'ListVirtualInterfaces', 'CreateVifPeer', 'AssociateServerVirtualIp']) {
      const codes = new Set(huaweiCatalog.forOperation(op).map((e) => e.code));
      for (const code of ['APIGW.0101', 'APIGW.0201', 'APIGW.0301', 'APIGW.0302', 'APIGW.0308', 'APIGW.0601', 'APIGW.0613', 'Common.0001', 'Common.0002', 'Common.0011', 'Common.0013', 'Common.0018', 'Common.0024', 'Common.1503']) {
        expect(codes, `${op} ${code}`).toContain(code);
      }
    }
  });

  it('marks retryable only what a retry can fix: throttling, unavailable backends, Ecs.0603', () => {
    const retryable = entries.filter((e) => e.retryable);
    for (const e of retryable) {
      expect(['Throttled', 'ProviderUnavailable', 'InvalidResourceState'], e.code).toContain(e.category);
    }
    for (const code of ['APIGW.0308', 'Common.0024', 'Common.1503', 'APIGW.0613', 'Common.0001', 'APIGW.0601', 'DC.0003']) {
      expect(entries.find((e) => e.code === code)!.retryable, code).toBe(true);
    }
    for (const e of entries.filter((x) => ['PermissionDenied', 'InvalidParameter', 'ResourceNotFound', 'ResourceConflict', 'QuotaExceeded'].includes(x.category))) {
      expect(e.retryable, e.code).toBe(false);
    }
    expect(huaweiCatalog.require('ListPorts', 'APIGW.0308')).toMatchObject({ httpStatus: 429, category: 'Throttled' });
  });

  it('classifies a signature failure by its verbatim sub-message', () => {
    const failure = classify(huaweiCatalog, {
      operation: 'ListPorts',
      code: 'APIGW.0301',
      httpStatus: 401,
      message: 'Incorrect IAM authentication information: ak AKX not exist',
      requestId: 'r',
    });
    expect(failure).toMatchObject({ category: 'PermissionDenied', documented: true, retryable: false, outcome: 'NOT_APPLIED' });
  });

  it('classifies the VPC EIP conflict and not-found rows', () => {
    expect(huaweiCatalog.require('UpdatePublicip', 'VPC.0510')).toMatchObject({ httpStatus: 409, category: 'ResourceConflict' });
    expect(huaweiCatalog.require('ListPublicips', 'VPC.0504')).toMatchObject({ httpStatus: 500, category: 'ResourceNotFound' });
    expect(huaweiCatalog.find('ListVirtualInterfaces', 'VPC.0510')).toBeUndefined();
  });
});

describe('Huawei catalog and the mutation descriptors', () => {
  const operations = [...new Set(MUTATION_NAMES.flatMap((m) => operationsOf(m, 'HUAWEI')))];

  it('covers every mutation but the two Huawei has no API for', () => {
    expect(MUTATION_NAMES.filter((m) => operationsOf(m, 'HUAWEI').length === 0)).toEqual(['assignPrivateIpAddresses', 'unassignPrivateIpAddresses']);
    expect(operations).toEqual(expect.arrayContaining(['CreatePort', 'BatchAddServerNics', 'NeutronUpdatePort', 'CreatePublicip', 'UpdateVifPeer']));
  });

  it.each(operations)('%s has its own documented rows and a source page', (operation) => {
    expect(huaweiCatalog.entries.some((e) => e.operations !== 'common' && e.operations.includes(operation)), operation).toBe(true);
    expect(huaweiCatalog.sources[operation], operation).toMatchObject({ page: expect.any(String), publishesTable: expect.any(Boolean) });
  });

  it('gives every operation of the catalog a source, ShowJob included', () => {
    for (const operation of huaweiCatalog.operations()) expect(huaweiCatalog.sources[operation], operation).toBeDefined();
    expect(huaweiCatalog.sources.ShowJob?.publishesTable).toBe(true);
    expect(huaweiCatalog.sources.NeutronUpdatePort?.publishesTable).toBe(false);
  });

  it('documents the conditions the emulator produces from state', () => {
    expect(huaweiCatalog.require('DeletePublicip', 'VPC.0510')).toMatchObject({ httpStatus: 409, category: 'ResourceConflict' });
    expect(huaweiCatalog.require('CreatePort', 'VPC.0701')).toMatchObject({ httpStatus: 409, message: 'IP is in use' });
    expect(huaweiCatalog.require('BatchAddServerNics', 'Ecs.0050')).toMatchObject({ category: 'QuotaExceeded' });
    expect(huaweiCatalog.require('NeutronDeletePort', 'PortInUse')).toMatchObject({ httpStatus: 409, category: 'ResourceConflict' });
    expect(huaweiCatalog.require('NeutronShowPort', 'PortNotFound')).toMatchObject({ httpStatus: 404, message: 'Port %s could not be found.' });
    expect(huaweiCatalog.require('DisassociateServerVirtualIp', 'Ecs.0213').httpStatus).toBe(400);
    expect(huaweiCatalog.require('ShowJob', 'Common.0011').category).toBe('ResourceNotFound');
    expect(huaweiCatalog.require('DeleteVifPeer', 'DC.0001').httpStatus).toBe(400);
  });
});
