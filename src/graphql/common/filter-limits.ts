import { MAX_PAGE_SIZE } from './page-limits';

/**
 * The documented limits of the list filters, declared once per filter field (the same field name
 * means the same thing in every <Resource>Filter). A filter is provider-neutral, so each limit is
 * the loosest one among the APIs the field is pushed down to: a value beyond it cannot name or
 * match anything at any provider, and is refused before any call instead of being sent (a 200 KB
 * vpcId would otherwise fail every partition as the provider's fault).
 *
 * Sources (reference/*\/resources.md and the providers' API pages):
 *  - ids: Huawei resource ids are 36-character UUIDs and VPC v1 documents port ids "最大长度不超过255"
 *    (at most 255); Alibaba ids (eni-, vpc-, vsw-, i-, eip-, havip-, vbr-, bgp-…) are about 20–30
 *    characters and their SDK models give no maximum (inferred), so 255 bounds both.
 *  - names: Huawei port names ≤ 255 (VPC "查询端口列表": "最大长度不超过255"), Alibaba
 *    NetworkInterfaceName/EIP Name/HaVip Name ≤ 128, Huawei VIF peer name ≤ 64: a prefix longer
 *    than 255 matches no name.
 *  - nativeIds: at most MAX_PAGE_SIZE, like nodes(ids); the adapters batch them into the multi-id
 *    filters at their maxima (NetworkInterfaceId.N ≤ 100, AllocationId ≤ 50, Filter values ≤ 5).
 *  - tags: DescribeNetworkInterfaces Tag.N, N 1–20 (a resource carries at most 20 tags); Tag.N.Key
 *    ≤ 128 on both providers; values ≤ 128 at Alibaba and ≤ 255 at Huawei (TMS tag values, inferred).
 *  - addresses: an IPv4 or IPv6 address (PrivateIpAddress.N, EipAddress, fixed_ips=ip_address,
 *    public_ip_address), at most 45 characters (the longest textual IPv6 form).
 */
export const NATIVE_ID_MAX_LENGTH = 255;
export const NAME_MAX_LENGTH = 255;
export const TAG_FILTER_MAX_COUNT = 20;
export const TAG_KEY_MAX_LENGTH = 128;
export const TAG_VALUE_MAX_LENGTH = 255;
export const IP_ADDRESS_MAX_LENGTH = 45;

export interface ValueLimit {
  /** Characters in a string (or in each string of a list). */
  maxLength?: number;
  /** The value must be an IPv4 or IPv6 address. */
  ipAddress?: boolean;
  /** Entries of a list. */
  maxItems?: number;
  /** Limits of the fields of each entry, for a list of input objects (tags). */
  fields?: Readonly<Record<string, ValueLimit>>;
}

const nativeId: ValueLimit = { maxLength: NATIVE_ID_MAX_LENGTH };
const ipAddress: ValueLimit = { maxLength: IP_ADDRESS_MAX_LENGTH, ipAddress: true };

export const FILTER_FIELD_LIMITS: Readonly<Record<string, ValueLimit>> = Object.freeze({
  nativeIds: { maxItems: MAX_PAGE_SIZE, maxLength: NATIVE_ID_MAX_LENGTH },
  namePrefix: { maxLength: NAME_MAX_LENGTH },
  vpcId: nativeId,
  subnetId: nativeId,
  instanceId: nativeId,
  boundToId: nativeId,
  virtualInterfaceId: nativeId,
  ipAddress,
  address: ipAddress,
  tags: {
    maxItems: TAG_FILTER_MAX_COUNT,
    fields: { key: { maxLength: TAG_KEY_MAX_LENGTH }, value: { maxLength: TAG_VALUE_MAX_LENGTH } },
  },
});
