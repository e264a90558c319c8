import { z } from 'zod';
import { EIP_ASSOCIATION_MODES, EIP_INSTANCE_TYPES } from '../../domain/adapter';
import { classify, formatMessage, messageMatches, type CatalogEntry } from '../../domain/catalog';
import type { ProviderFailure } from '../../domain/errors';
import { alibabaCatalog } from './error-catalog';
import { hasList, readList, readObjectList } from './wire';

/**
 * The seed pages' documented limits, checked on the wire parameters of an action. The adapter runs
 * them before any call (so bad input never reaches Alibaba) and the emulator runs the very same
 * rules on what it receives, so both answer with the same catalog entry.
 */

export interface Violation {
  code: string;
  /** Picks among catalog rows of one code with different statuses (MissingParameter 400/403). */
  httpStatus?: number;
  parameter: string;
  /** The concrete text for a `%s` message. */
  detail: string;
}

type Flat = Record<string, string>;
type Check = (p: Flat) => Violation | null;

const ipv4 = z.ipv4();
const asciiToken = z.string().max(64).regex(/^[\x20-\x7e]*$/);
const eniName = z
  .string()
  .min(2)
  .max(128)
  .regex(/^[A-Za-z][A-Za-z0-9:_-]*$/)
  .refine((s) => !/^https?:\/\//.test(s));
const eniDescription = z
  .string()
  .min(2)
  .max(256)
  .refine((s) => !/^https?:\/\//.test(s));
const tagKey = z
  .string()
  .min(1)
  .max(128)
  .refine((s) => !s.startsWith('aliyun') && !s.startsWith('acs:') && !/https?:\/\//.test(s));
const tagValue = z
  .string()
  .max(128)
  .refine((s) => !s.startsWith('acs:') && !/https?:\/\//.test(s));
const intIn = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

export const ENI_ID_PATTERN = /^eni-[a-z0-9]+$/;

const invalid = (parameter: string, detail?: string): Violation => ({
  code: 'InvalidParameter',
  parameter,
  detail: detail ?? `The specified value of parameter "${parameter}" is not valid.`,
});
const missing = (parameter: string): Violation => ({
  code: 'MissingParameter',
  httpStatus: 400,
  parameter,
  detail: `The input parameter "${parameter}" that is mandatory for processing this request is not supplied.`,
});
const conflict = (a: string, b: string): Violation => ({
  code: 'InvalidParameter.Conflict',
  parameter: b,
  detail: `The parameters ${a} and ${b} cannot be specified at the same time.`,
});

const required = (name: string): Check => (p) => (p[name] === undefined || p[name] === '' ? missing(name) : null);
const matches =
  (name: string, schema: z.ZodType, onFail: (name: string) => Violation = invalid): Check =>
  (p) =>
    p[name] !== undefined && !schema.safeParse(p[name]).success ? onFail(name) : null;
const exclusive =
  (single: string, list: string): Check =>
  (p) => {
    const singlePresent = p[single] !== undefined;
    const listPresent = hasList(p, list.replace(/\.N$/, ''));
    return singlePresent && listPresent ? conflict(single, list) : null;
  };
const listOf =
  (list: string, min: number, max: number, item: z.ZodType, itemFail: (name: string) => Violation = invalid): Check =>
  (p) => {
    const key = list.replace(/\.N$/, '');
    if (!hasList(p, key)) return null;
    const values = readList(p, key);
    if (values.length < min || values.length > max) {
      return invalid(list, `The number of ${list} must be between ${min} and ${max}.`);
    }
    return values.some((v) => !item.safeParse(v).success) ? itemFail(list) : null;
  };

const tagsCheck: Check = (p) => {
  if (!hasList(p, 'Tag')) return null;
  const tags = readObjectList(p, 'Tag');
  if (tags.length > 20) return invalid('Tag.N', 'The number of Tag.N must be between 1 and 20.');
  const seen = new Set<string>();
  for (const tag of tags) {
    const key = tag.fields['Key'] ?? '';
    if (!tagKey.safeParse(key).success) {
      return { code: 'InvalidTagKey.Malformed', parameter: 'Tag.N.Key', detail: 'The specified Tag.n.Key is not valid.' };
    }
    if (!tagValue.safeParse(tag.fields['Value'] ?? '').success) {
      return { code: 'InvalidTagValue.Malformed', parameter: 'Tag.N.Value', detail: 'The specified Tag.n.Value is not valid.' };
    }
    if (seen.has(key)) return { code: 'Duplicate.TagKey', parameter: 'Tag.N.Key', detail: 'The Tag.N.Key contain duplicate key.' };
    seen.add(key);
  }
  return null;
};

/** Filter.N (N 1–5) with Filter.N.Value.M (M 1–5), as DescribeHaVips and DescribeVirtualBorderRouters document. */
const filterLimits: Check = (p) => {
  const filters = readObjectList(p, 'Filter');
  if (filters.length > 5) return invalid('Filter.N', 'At most 5 filter conditions can be specified.');
  return filters.some((f) => (f.lists['Value'] ?? []).length > 5) ? invalid('Filter.N.Value.N', 'At most 5 values can be specified per filter.') : null;
};

const malformedIp = (name: string): Violation => ({
  code: 'InvalidPrivateIpAddress.Malformed',
  parameter: name,
  detail: `The specified ${name} is not a valid IPv4 address.`,
});

/** Names and descriptions of VPC resources: a length range, not starting with http:// or https://. */
const describedIn = (min: number, max: number) =>
  z
    .string()
    .min(min)
    .max(max)
    .refine((s) => !/^https?:\/\//.test(s));

/** AssociateHaVip / UnassociateHaVip InstanceType values. */
const HAVIP_INSTANCE_TYPES = ['EcsInstance', 'NetworkInterface'] as const;

/** CreateBgpPeer / ModifyBgpPeerAttribute: an IP address, BFD hop count 1–255 (required with BFD on), IPv4 or IPv6. */
const bgpPeerChecks: Check[] = [
  matches('PeerIpAddress', z.union([z.ipv4(), z.ipv6()])),
  matches('IpVersion', z.enum(['IPv4', 'IPv6'])),
  matches('EnableBfd', z.enum(['true', 'false'])),
  matches('BfdMultiHop', intIn(1, 255)),
  (p) => (p['EnableBfd'] === 'true' && p['BfdMultiHop'] === undefined ? missing('BfdMultiHop') : null),
  matches('ClientToken', asciiToken),
];

const CHECKS: Record<string, Check[]> = {
  // seed 004
  CreateNetworkInterface: [
    required('VSwitchId'),
    exclusive('SecurityGroupId', 'SecurityGroupIds.N'),
    exclusive('SecondaryPrivateIpAddressCount', 'PrivateIpAddress.N'),
    matches('PrimaryIpAddress', ipv4),
    listOf('PrivateIpAddress.N', 0, 10, ipv4),
    matches('SecondaryPrivateIpAddressCount', intIn(1, 49)),
    matches('NetworkInterfaceName', eniName),
    matches('Description', eniDescription),
    matches('QueueNumber', intIn(1, 2048)),
    matches('ClientToken', asciiToken),
    tagsCheck,
  ],
  // seed 003
  AssignPrivateIpAddresses: [
    required('NetworkInterfaceId'),
    matches('NetworkInterfaceId', z.string().regex(ENI_ID_PATTERN), (parameter) => ({
      code: 'InvalidEniId.Malformed',
      parameter,
      detail: 'The specified parameter "EniId" is not valid.',
    })),
    (p) =>
      p['SecondaryPrivateIpAddressCount'] === undefined && !hasList(p, 'PrivateIpAddress')
        ? {
            code: 'MissingParameter',
            httpStatus: 403,
            parameter: 'SecondaryPrivateIpAddressCount',
            detail: 'These parameters PrivateIpAddress.N, SecondaryPrivateIpAddressCount cannot be both empty.',
          }
        : null,
    exclusive('SecondaryPrivateIpAddressCount', 'PrivateIpAddress.N'),
    listOf('PrivateIpAddress.N', 1, 50, ipv4, malformedIp),
    (p) => {
      const ips = readList(p, 'PrivateIpAddress');
      return new Set(ips).size !== ips.length
        ? { code: 'InvalidPrivateIpAddress.Duplicated', parameter: 'PrivateIpAddress.N', detail: 'Specified private IP address is duplicated.' }
        : null;
    },
    matches('SecondaryPrivateIpAddressCount', intIn(1, 50), (parameter) => ({
      code: 'InvalidSecondaryPrivateIpAddressCount.Malformed',
      parameter,
      detail: 'The specified SecondaryPrivateIpAddressCount must be between 1 and 50.',
    })),
    matches('ClientToken', asciiToken),
  ],
  // seed 002
  AssociateEipAddress: [
    required('AllocationId'),
    required('InstanceId'),
    matches('InstanceType', z.enum(EIP_INSTANCE_TYPES), (parameter) => ({
      code: 'InvalidInstanceType.ValueNotSupported',
      parameter,
      detail: 'The specified value of InstanceType is not supported.',
    })),
    matches('Mode', z.enum(EIP_ASSOCIATION_MODES), (parameter) => ({ code: 'IllegalParam.Mode', parameter, detail: 'The specified Mode is not valid.' })),
    matches('PrivateIpAddress', ipv4),
    (p) => (p['InstanceType'] === 'IpAddress' && !p['VpcId'] ? missing('VpcId') : null),
    matches('ClientToken', asciiToken),
  ],
  // list filters (reference resources.md §2–§5)
  DescribeNetworkInterfaces: [listOf('NetworkInterfaceId.N', 1, 100, z.string()), listOf('PrivateIpAddress.N', 1, 100, ipv4)],
  DescribeEipAddresses: [
    (p) =>
      (p['AllocationId'] ?? '').split(',').length > 50
        ? invalid('AllocationId', 'At most 50 AllocationId values can be specified, separated by commas.')
        : null,
  ],
  DescribeHaVips: [filterLimits],
  DescribeVirtualBorderRouters: [filterLimits],
  // reference/alibaba/resources.md §2 and the descriptors' documented limits
  UnassignPrivateIpAddresses: [
    required('NetworkInterfaceId'),
    // The UnassignPrivateIpAddresses table documents MissingParameter with HTTP 403.
    (p) => (hasList(p, 'PrivateIpAddress') ? null : { ...missing('PrivateIpAddress.N'), httpStatus: 403 }),
    listOf('PrivateIpAddress.N', 1, 50, ipv4),
  ],
  ModifyNetworkInterfaceAttribute: [
    required('NetworkInterfaceId'),
    matches('NetworkInterfaceName', eniName),
    matches('Description', describedIn(2, 255)),
    listOf('SecurityGroupId.N', 1, 10, z.string().min(1)),
  ],
  AttachNetworkInterface: [required('NetworkInterfaceId'), required('InstanceId'), matches('NetworkCardIndex', intIn(0, 255))],
  DetachNetworkInterface: [required('NetworkInterfaceId'), required('InstanceId')],
  DeleteNetworkInterface: [required('NetworkInterfaceId')],
  // reference/alibaba/resources.md §3
  AllocateEipAddress: [
    matches('Bandwidth', intIn(1, 500), (parameter) => ({ code: 'InvalidParameter', parameter, detail: 'Specified value of "Bandwidth" is not valid.' })),
    matches('InternetChargeType', z.enum(['PayByBandwidth', 'PayByTraffic']), (parameter) => ({
      code: 'InvalidParameter',
      parameter,
      detail: 'Specified value of "InternetChargeType" is not valid',
    })),
    matches('Name', describedIn(0, 128)),
    matches('Description', describedIn(0, 256)),
    matches('ClientToken', asciiToken),
  ],
  ReleaseEipAddress: [required('AllocationId')],
  UnassociateEipAddress: [
    required('AllocationId'),
    matches('InstanceType', z.enum(EIP_INSTANCE_TYPES)),
    matches('PrivateIpAddress', ipv4),
    matches('Force', z.enum(['true', 'false'])),
    matches('ClientToken', asciiToken),
  ],
  // reference/alibaba/resources.md §4
  CreateHaVip: [
    required('VSwitchId'),
    matches('IpAddress', ipv4, (parameter) => ({ code: 'InvalidIPAddress.Malformed', parameter, detail: 'The specified IPAddress is not a valid or strict address.' })),
    matches('Name', describedIn(1, 128)),
    matches('Description', describedIn(1, 256), (parameter) => ({ code: 'InvalidDescription.Malformed', parameter, detail: 'The specified Description is wrongly formed.' })),
    matches('ClientToken', asciiToken),
  ],
  DeleteHaVip: [required('HaVipId'), matches('ClientToken', asciiToken)],
  AssociateHaVip: [
    required('HaVipId'),
    required('InstanceId'),
    matches('InstanceType', z.enum(HAVIP_INSTANCE_TYPES)),
    matches('ClientToken', asciiToken),
  ],
  UnassociateHaVip: [
    required('HaVipId'),
    required('InstanceId'),
    matches('InstanceType', z.enum(HAVIP_INSTANCE_TYPES)),
    matches('Force', z.enum(['True', 'False'])),
    matches('ClientToken', asciiToken),
  ],
  // reference/alibaba/resources.md §5
  CreateBgpPeer: [required('BgpGroupId'), ...bgpPeerChecks],
  ModifyBgpPeerAttribute: [required('BgpPeerId'), ...bgpPeerChecks],
  DeleteBgpPeer: [required('BgpPeerId'), matches('ClientToken', asciiToken)],
};

/** The first documented rule the parameters break, or null. RegionId is checked by the caller. */
export function checkParams(action: string, params: Flat): Violation | null {
  for (const check of CHECKS[action] ?? []) {
    const violation = check(params);
    if (violation) return violation;
  }
  return null;
}

/**
 * The catalog row an answer of `code` uses: among the rows of that code (the action's own first,
 * then the common ones), the one whose documented message the concrete text matches — AllocateEipAddress
 * documents two InvalidParameter rows — else the first. A bare `%s` message matches any text, so
 * it never wins over the action's own row.
 */
export function documentedEntry(action: string, code: string, httpStatus: number | undefined, text: string): CatalogEntry | undefined {
  const rows = alibabaCatalog.forOperation(action).filter((e) => e.code === code && (httpStatus === undefined || e.httpStatus === httpStatus));
  return rows.find((e) => e.message !== '%s' && messageMatches(e.message, text)) ?? rows[0];
}

function violationEntry(action: string, violation: Violation): CatalogEntry {
  return documentedEntry(action, violation.code, violation.httpStatus, violation.detail) ?? alibabaCatalog.require(action, violation.code, violation.httpStatus);
}

/** The catalog's message for a violation, with `%s` filled. */
export function violationMessage(action: string, violation: Violation): string {
  const entry = violationEntry(action, violation);
  if (entry.message === '%s') return violation.detail;
  return /%s/.test(entry.message) ? formatMessage(entry.message, violation.parameter) : entry.message;
}

/** The failure the provider would have answered, without calling it (requestId null). */
export function violationFailure(action: string, violation: Violation): ProviderFailure {
  const entry = violationEntry(action, violation);
  const failure = classify(alibabaCatalog, {
    operation: action,
    code: entry.code,
    httpStatus: entry.httpStatus,
    message: violationMessage(action, violation),
    requestId: null,
  });
  return { ...failure, parameter: violation.parameter };
}

/** Validates an action's wire parameters; a failed Result's error, or null when they pass. */
export function validateParams(action: string, params: Flat): ProviderFailure | null {
  const violation = checkParams(action, params);
  return violation ? violationFailure(action, violation) : null;
}
