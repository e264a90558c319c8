import { describe, expect, it } from 'vitest';
import { classify, ErrorCatalog, formatMessage, messageMatches, type CatalogEntry } from '../../src/domain/catalog';

const entry = (e: Partial<CatalogEntry> & Pick<CatalogEntry, 'code' | 'httpStatus'>): CatalogEntry => ({
  message: 'm',
  description: null,
  category: 'InvalidParameter',
  retryable: false,
  operations: ['Op'],
  ...e,
});

const catalog = new ErrorCatalog('ALIBABA', [
  entry({ code: 'OperationDenied', httpStatus: 400, message: 'Specified instance is not in VPC.', category: 'InvalidResourceState' }),
  entry({ code: 'OperationDenied', httpStatus: 400, message: 'Eip of default vpc not allow this operation', category: 'PermissionDenied' }),
  entry({ code: 'MissingParameter', httpStatus: 400, message: '%s' }),
  entry({ code: 'MissingParameter', httpStatus: 403, message: 'These parameters %s cannot be both empty.' }),
  entry({ code: 'Throttling', httpStatus: 400, message: 'Request was denied due to request throttling.', category: 'Throttled', retryable: true, operations: 'common' }),
  entry({ code: 'Other', httpStatus: 404, operations: ['OtherOp'], category: 'ResourceNotFound', resourceType: 'X' }),
]);

describe('ErrorCatalog', () => {
  it('gives an operation its own rows followed by the common rows', () => {
    expect(catalog.forOperation('Op').map((e) => e.code)).toEqual([
      'OperationDenied',
      'OperationDenied',
      'MissingParameter',
      'MissingParameter',
      'Throttling',
    ]);
    expect(catalog.forOperation('OtherOp').map((e) => e.code)).toEqual(['Other', 'Throttling']);
  });

  it('tells duplicate codes apart by status, then by message', () => {
    expect(catalog.find('Op', 'MissingParameter', 403)?.httpStatus).toBe(403);
    expect(catalog.find('Op', 'MissingParameter', 400)?.httpStatus).toBe(400);
    expect(catalog.find('Op', 'OperationDenied', 400, 'Eip of default vpc not allow this operation')?.category).toBe('PermissionDenied');
    expect(catalog.find('Op', 'OperationDenied', 400, 'Specified instance is not in VPC.')?.category).toBe('InvalidResourceState');
  });

  it('does not find a code documented only for another operation', () => {
    expect(catalog.find('Op', 'Other')).toBeUndefined();
    expect(() => catalog.require('Op', 'Other')).toThrow(/no Other for Op/);
  });

  it('lists the operations it documents', () => {
    expect(catalog.operations()).toEqual(['Op', 'OtherOp']);
  });
});

describe('messageMatches / formatMessage', () => {
  it('matches concrete messages against %s templates and nothing else', () => {
    expect(messageMatches('These parameters %s cannot be both empty.', 'These parameters A, B cannot be both empty.')).toBe(true);
    expect(messageMatches('These parameters %s cannot be both empty.', 'Something else.')).toBe(false);
    expect(messageMatches('a.b', 'axb')).toBe(false);
  });

  it('fills placeholders in order and blanks the ones without a value', () => {
    expect(formatMessage('bind %s to %d', 'x', 3)).toBe('bind x to 3');
    expect(formatMessage('%s and %s', 'one')).toBe('one and ');
  });
});

describe('classify', () => {
  it('types a documented code with the catalog category, retryability and description', () => {
    const f = classify(catalog, { operation: 'Op', code: 'Throttling', httpStatus: 400, message: 'slow down', requestId: 'R1', retryAfterSeconds: 2 });
    expect(f).toMatchObject({ category: 'Throttled', retryable: true, documented: true, requestId: 'R1', retryAfterSeconds: 2, provider: 'ALIBABA', outcome: 'NOT_APPLIED' });
  });

  it('keeps an unknown code typed as UnknownProviderError with the raw code, UNKNOWN outcome on 5xx', () => {
    const f = classify(catalog, { operation: 'Op', code: 'Brand.New', httpStatus: 500, message: 'boom', requestId: null });
    expect(f).toMatchObject({ category: 'UnknownProviderError', code: 'Brand.New', documented: false, retryable: false, outcome: 'UNKNOWN' });
    expect(classify(catalog, { operation: 'Op', code: 'Brand.New', httpStatus: 400, message: 'x', requestId: null }).outcome).toBe('NOT_APPLIED');
  });
});
