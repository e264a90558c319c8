import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CATEGORIES } from '../../../src/domain/errors';
import { MUTATION_NAMES, operationsOf } from '../../../src/domain/mutations';
import { alibabaCatalog, categoryOf, DOCUMENTED_TABLES } from '../../../src/providers/alibaba/error-catalog';

// The shared pages sit beside the repository: ../shared from its root.
const SEEDS_DIR = join(__dirname, '../../../../shared/seeds');

function seedText(prefix: string): string {
  const file = readdirSync(SEEDS_DIR).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`seed ${prefix} not found`);
  return readFileSync(join(SEEDS_DIR, file), 'utf8');
}

/**
 * The error-table rows of a seed page as they appear in the text. Pages 002/003 glue the four
 * cells together ("400CodeMessageDescription", '-' for no description); page 004 separates them
 * with " | ".
 */
function seedRows(prefix: string): string[] {
  const text = seedText(prefix);
  const table = text.slice(text.indexOf('\nError codes'));
  return table.split('\n').filter((line) => /^\d{3}( \| )?[A-Za-z]/.test(line));
}

function renderRow(operation: string, e: { httpStatus: number; code: string; message: string; description: string | null }): string {
  return operation === 'CreateNetworkInterface'
    ? `${e.httpStatus} | ${e.code} | ${e.message} | ${e.description} |`
    : `${e.httpStatus}${e.code}${e.message}${e.description ?? '-'}`;
}

const SEEDS = [
  ['002', 'AssociateEipAddress'],
  ['003', 'AssignPrivateIpAddresses'],
  ['004', 'CreateNetworkInterface'],
] as const;

describe('alibabaCatalog holds the seed error tables verbatim', () => {
  for (const [prefix, operation] of SEEDS) {
    it(`${operation}: one entry per row of seed ${prefix}, same order, same text`, () => {
      const rows = seedRows(prefix);
      const own = alibabaCatalog.entries.filter((e) => e.operations !== 'common' && e.operations.includes(operation) && e.operations.length === 1);
      expect(rows.length).toBeGreaterThan(30);
      expect(own).toHaveLength(rows.length);
      expect(own.map((e) => renderRow(operation, e))).toEqual(rows);
    });
  }

  it('keeps duplicate codes as separate rows', () => {
    const rowsOf = (op: string, code: string) =>
      alibabaCatalog.entries.filter((e) => e.code === code && e.operations !== 'common' && e.operations.includes(op));
    expect(rowsOf('AssociateEipAddress', 'OperationDenied')).toHaveLength(2);
    expect(rowsOf('AssociateEipAddress', 'InvalidAllocationId.NotFound')).toHaveLength(2);
    expect(rowsOf('AssignPrivateIpAddresses', 'MissingParameter').map((e) => e.httpStatus)).toEqual([400, 403]);
    expect(rowsOf('AssignPrivateIpAddresses', 'InvalidOperation.InvalidEniState')).toHaveLength(2);
  });

  it("turns the page's '-' description into null", () => {
    const entry = alibabaCatalog.find('AssociateEipAddress', 'EIP_CAN_NOT_ASSOCIATE_WITH_PUBLIC_IP');
    expect(entry?.description).toBeNull();
  });
});

describe('alibabaCatalog common codes (errors.md §4)', () => {
  it.each([
    ['MissingParameter', 400],
    ['InvalidParameter', 400],
    ['UnsupportedOperation', 400],
    ['Throttling', 400],
    ['Throttling.User', 400],
    ['InvalidAccessKeyId.NotFound', 400],
    ['InvalidAccessKeyId.Inactive', 400],
    ['SignatureDoesNotMatch', 403],
    ['SignatureNonceUsed', 400],
    ['IncompleteSignature', 400],
    ['InvalidTimeStamp.Expired', 400],
    ['Forbidden', 403],
    ['Forbidden.RAM', 403],
    ['IdempotentParameterMismatch', 400],
    ['InternalError', 500],
    ['ServiceUnavailable', 503],
  ])('%s is a common code with HTTP %i', (code, status) => {
    const entry = alibabaCatalog.entries.find((e) => e.operations === 'common' && e.code === code);
    expect(entry?.httpStatus).toBe(status);
  });

  it.each([
    ['SystemBusy', 503, 'ProviderUnavailable'],
    ['OperationConflict', 400, 'ResourceConflict'],
    ['IncorrectStatus', 400, 'InvalidResourceState'],
    ['LastTokenProcessing', 400, 'ResourceConflict'],
    ['OperationFailed.LastTokenProcessing', 400, 'ResourceConflict'],
    ['VPC_TASK_CONFLICT', 400, 'ResourceConflict'],
  ])('transient %s (HTTP %i) is a common, retryable %s', (code, status, category) => {
    const entry = alibabaCatalog.entries.find((e) => e.operations === 'common' && e.code === code);
    expect(entry).toMatchObject({ httpStatus: status, category, retryable: true });
  });

  it('knows the not-found codes of the other actions the emulator serves', () => {
    expect(alibabaCatalog.find('AssociateHaVip', 'InvalidHaVipId.NotFound')?.resourceType).toBe('HaVip');
    expect(alibabaCatalog.find('DeleteNetworkInterface', 'InvalidEniId.NotFound')?.resourceType).toBe('NetworkInterface');
  });
});

describe('alibabaCatalog classification rules', () => {
  it('gives every entry a known category', () => {
    for (const e of alibabaCatalog.entries) expect(ERROR_CATEGORIES).toContain(e.category);
  });

  it.each([
    ['InvalidAllocationId.NotFound', 'ResourceNotFound'],
    ['InvalidEniId.NotFound', 'ResourceNotFound'],
    ['InvalidParams.NotFound', 'ResourceNotFound'],
    ['InvalidAccessKeyId.NotFound', 'PermissionDenied'],
    ['Abs.InvalidAccount.NotFound', 'PermissionDenied'],
    ['SignatureDoesNotMatch', 'PermissionDenied'],
    ['Forbidden.SubUser', 'PermissionDenied'],
    ['Throttling.User', 'Throttled'],
    ['ServiceUnavailable', 'ProviderUnavailable'],
    ['OperationFailed.SystemBusy', 'ProviderUnavailable'],
    ['IncorrectEipStatus', 'InvalidResourceState'],
    ['InvalidOperation.InvalidEniState', 'InvalidResourceState'],
    ['TaskConflict', 'ResourceConflict'],
    ['InvalidPrivateIpAddress.Duplicated', 'ResourceConflict'],
    ['MaxEniCountExceeded', 'QuotaExceeded'],
    ['MaxEniPrivateIpsCountExceeded', 'QuotaExceeded'],
    ['QuotaExceeded.NumberOfEip', 'QuotaExceeded'],
    ['InvalidVSwitchId.IpNotEnough', 'InsufficientCapacity'],
    ['IdempotentParameterMismatch', 'IdempotencyMismatch'],
    ['InvalidParameter.Conflict', 'InvalidParameter'],
    ['InvalidTagKey.Malformed', 'InvalidParameter'],
  ])('%s → %s', (code, category) => {
    expect(categoryOf(code)).toBe(category);
  });

  it('marks only transient codes retryable', () => {
    const retryable = new Set(alibabaCatalog.entries.filter((e) => e.retryable).map((e) => e.code));
    for (const code of ['Throttling', 'Throttling.User', 'ServiceUnavailable', 'InternalError', 'TaskConflict', 'Operation.Conflict', 'OperationFailed.SystemBusy', 'IncorrectEipStatus', 'InvalidBindingStatus']) {
      expect(retryable.has(code), code).toBe(true);
    }
    for (const code of ['InvalidParameter', 'InvalidEniId.NotFound', 'MaxEniCountExceeded', 'SignatureDoesNotMatch', 'IdempotentParameterMismatch']) {
      expect(retryable.has(code), code).toBe(false);
    }
  });

  it('names the resource of NotFound rows and the parameter of parameter-specific codes', () => {
    for (const e of alibabaCatalog.entries.filter((x) => x.category === 'ResourceNotFound')) {
      expect(e.resourceType, e.code).toBeTruthy();
    }
    expect(alibabaCatalog.find('AssociateEipAddress', 'InvalidInstanceType.ValueNotSupported')?.parameter).toBe('InstanceType');
    expect(alibabaCatalog.find('CreateNetworkInterface', 'InvalidTagKey.Malformed')?.parameter).toBe('Tag.N.Key');
  });
});

describe('alibabaCatalog covers every operation the descriptors name for Alibaba', () => {
  const operations = [...new Set(MUTATION_NAMES.flatMap((m) => operationsOf(m, 'ALIBABA')))];

  it('names one operation per mutation Alibaba offers, plus the read detach may need', () => {
    expect(operations).toHaveLength(MUTATION_NAMES.filter((m) => operationsOf(m, 'ALIBABA').length > 0).length + 1);
    expect(operations).toContain('DescribeNetworkInterfaces');
  });

  it.each(operations)('%s has a sources entry and rows of its own or the common ones', (operation) => {
    const source = alibabaCatalog.sources[operation];
    expect(source?.page, operation).toBeTruthy();
    expect(alibabaCatalog.forOperation(operation).length).toBeGreaterThan(0);
    if (source?.publishesTable) {
      expect(alibabaCatalog.entries.some((e) => e.operations !== 'common' && e.operations.includes(operation))).toBe(true);
    }
  });

  it('has a sources entry for every operation with rows of its own', () => {
    for (const operation of alibabaCatalog.operations()) expect(alibabaCatalog.sources[operation], operation).toBeDefined();
  });

  it('keeps each documented table whole and in page order, one entry per row', () => {
    for (const [operation, table] of Object.entries(DOCUMENTED_TABLES)) {
      expect(table.page).toMatch(/^https:\/\//);
      const own = alibabaCatalog.entries.filter((e) => e.operations !== 'common' && e.operations.length === 1 && e.operations[0] === operation);
      const fromTable = own.slice(0, table.rows.length).map((e) => [e.httpStatus, e.code, e.message, e.description]);
      expect(fromTable).toEqual(table.rows.map((r) => [...r]));
    }
  });

  it.each([
    ['DependencyViolation.HaVipAssociatedWithEIP', 'ResourceConflict'],
    ['DependencyViolation.BgpPeer', 'ResourceConflict'],
    ['CountLimitExceeded.HaVipOnECSInstance', 'QuotaExceeded'],
    ['ResourceNotAssociated', 'InvalidResourceState'],
    ['InvalidIPAddress.AlreadyUsed', 'ResourceConflict'],
    ['InvalidVSwitch.NotFound', 'ResourceNotFound'],
    ['InvalidBgpGroupId.NotFound', 'ResourceNotFound'],
    ['Forbidden.ChargeTypeIsPrepaid', 'InvalidResourceState'],
    ['QuotaExceeded.Eip', 'QuotaExceeded'],
    ['ReserveIpFail', 'InsufficientCapacity'],
  ])('lifecycle code %s → %s', (code, category) => {
    expect(categoryOf(code)).toBe(category);
  });
});
