import type { ProviderName, Tag } from '../resources';

/**
 * A mutation is a declaration. One descriptor names the mutation, the resource it acts on, how the
 * caller designates its target, the provider operation that carries it out on each provider (or
 * why a provider has none), and every input field with its documented type, limits, default and
 * the wire parameter it becomes on each provider. The GraphQL input and payload types, the result
 * unions, the pre-wire checks that do not depend on a provider, `Query.errorCatalog`,
 * docs/errors.md and the test tables are derived from these descriptors; the adapters' handler
 * signatures are derived from them by type (InputOf / MutationHandlers).
 */

/** The resources mutations act on (the Relay node types of the schema). */
export type MutationResource = 'NetworkInterface' | 'VirtualIp' | 'ElasticIp' | 'VifPeer';

/** What an input field may name: a resource mutations act on, or one they only refer to. */
export type ReferencedResource = MutationResource | 'VirtualInterface';

/** Neutral enums mutations take; their GraphQL types are registered by the GraphQL layer under these names. */
export const MUTATION_ENUMS = {
  AddressFamily: ['IPV4', 'IPV6'],
  RouteMode: ['STATIC', 'BGP'],
  EipInstanceType: ['Nat', 'SlbInstance', 'EcsInstance', 'NetworkInterface', 'HaVip', 'IpAddress'],
  EipAssociationMode: ['NAT', 'MULTI_BINDED', 'BINDED'],
  VirtualIpBindingMethod: ['ECS_NIC', 'NEUTRON_ALLOWED_ADDRESS_PAIRS'],
  EipChargeMode: ['PayByBandwidth', 'PayByTraffic'],
} as const;
export type MutationEnumName = keyof typeof MUTATION_ENUMS;

export type FieldType =
  | 'String'
  | 'ID'
  | 'Int'
  | 'UInt32'
  | 'Boolean'
  /** A key/value pair (TagInput). */
  | 'Tag'
  | { enum: MutationEnumName };

export interface InputFieldSpec {
  readonly type: FieldType;
  readonly list?: true;
  /** Required by every provider that offers the mutation (a non-null GraphQL field). */
  readonly required?: true;
  /**
   * Required only by these providers: nullable in GraphQL, and a missing value is answered, before
   * any call, with the provider's own "missing parameter" error.
   */
  readonly requiredBy?: readonly ProviderName[];
  /** Units, limits, default and semantics, as the provider pages document them. */
  readonly description: string;
  /**
   * The wire parameter the field becomes on each provider. A provider that offers the mutation but
   * is absent here does not take the field: giving it is a typed InvalidParameter, never ignored.
   */
  readonly wire: Partial<Record<ProviderName, string>>;
  /** The field chooses how netplane calls the provider (which API) rather than being sent: `wire` then names the providers that take it. */
  readonly netplaneOption?: true;
  /**
   * The field names another resource: it takes that resource's global id (of the same partition as
   * the target) or its provider-native id, and the adapter receives the native id.
   */
  readonly references?: ReferencedResource;
  /** GraphQL default value (documented provider defaults that netplane states explicitly). */
  readonly defaultValue?: string | number | boolean;
}

/** How the caller designates what the mutation acts on. */
export type TargetSpec =
  /** A new resource: `target: PartitionInput!` names the provider, account and region. */
  | { readonly kind: 'partition' }
  /** An existing resource of type `of`: `<idField>: ID` (global id) or `<refField>: ResourceRefInput`, exactly one. */
  | { readonly kind: 'resource'; readonly of: MutationResource; readonly idField: string; readonly refField: string };

/**
 * How a provider completes the change: at once (`sync`), or in the background, either observed on
 * the resource's status (`status`: pending statuses, then a settled status) or as a job
 * (`job`: Huawei ECS jobs, read with ShowJob). Issue #9's operations follow these to the end.
 */
export type Completion =
  | { readonly kind: 'sync' }
  | {
      readonly kind: 'status';
      /** Neutral statuses while the change runs. */
      readonly pending: readonly string[];
      /** Neutral statuses that mean done; `gone` means the resource disappears (deletes). */
      readonly settled: readonly string[] | 'gone';
    }
  | { readonly kind: 'job'; readonly statusOperation: string };

export interface ProviderOperationSpec {
  /** The provider's own operation name (Alibaba action, Huawei SDK operation). */
  readonly operation: string;
  /** Method and path for REST providers, for the docs. */
  readonly http?: string;
  readonly completion: Completion;
  /** The provider reference page (or SDK model) the parameters and limits come from. */
  readonly source: string;
  /**
   * Other operations the mutation may call on this provider (an alternative path chosen by an input
   * field, a read the adapter needs first): their documented errors belong to the result union too.
   */
  readonly alsoCalls?: readonly string[];
}

/** A provider that offers no equivalent: the answer is a typed UnsupportedOperation that says what to use instead. */
export interface UnsupportedSpec {
  readonly unsupported: string;
}

/** Extra fields of the success payload, beyond the re-read resources and the request id. */
export interface PayloadFieldSpec {
  readonly type: 'String' | 'ID' | 'Boolean';
  readonly list?: true;
  readonly nullable?: true;
  readonly description: string;
}

/** A resource the success payload carries, re-read from the provider after the change. */
export interface PayloadResourceSpec {
  readonly resource: MutationResource;
  /** Where its native id comes from: the mutation's target, or a field of the adapter's output. */
  readonly from: 'target' | { readonly output: string };
  readonly description: string;
}

export interface MutationDescriptor {
  readonly name: string;
  readonly resource: MutationResource;
  readonly description: string;
  readonly target: TargetSpec;
  readonly providers: Readonly<Record<ProviderName, ProviderOperationSpec | UnsupportedSpec>>;
  readonly input: Readonly<Record<string, InputFieldSpec>>;
  /** Fields of the payload named after the resources it carries (`networkInterface`, `virtualIp` …). */
  readonly payload: Readonly<Record<string, PayloadResourceSpec>>;
  /** Extra payload fields, copied from the adapter's output by name. */
  readonly outputs?: Readonly<Record<string, PayloadFieldSpec>>;
}

export function isSupported(spec: ProviderOperationSpec | UnsupportedSpec): spec is ProviderOperationSpec {
  return 'operation' in spec;
}

// ---------- the input type a descriptor declares, for adapters ----------

type Scalar<T extends FieldType> = T extends 'String' | 'ID'
  ? string
  : T extends 'Int' | 'UInt32'
    ? number
    : T extends 'Boolean'
      ? boolean
      : T extends 'Tag'
        ? Tag
        : T extends { enum: infer E extends MutationEnumName }
          ? (typeof MUTATION_ENUMS)[E][number]
          : never;

type ValueOf<F extends InputFieldSpec> = F['list'] extends true ? Array<Scalar<F['type']>> : Scalar<F['type']>;

type RequiredKeys<I> = { [K in keyof I]: I[K] extends { required: true } ? K : never }[keyof I];
type OptionalKeys<I> = Exclude<keyof I, RequiredKeys<I>>;

/** The neutral input an adapter receives: required fields present, the others absent when not given. */
export type InputOf<D extends { input: Readonly<Record<string, InputFieldSpec>> }> = {
  -readonly [K in RequiredKeys<D['input']>]: ValueOf<D['input'][K]>;
} & {
  -readonly [K in OptionalKeys<D['input']>]?: ValueOf<D['input'][K]>;
};

/** Checks a descriptor literal against the descriptor type while keeping its literal type. */
export function defineMutation<const D extends MutationDescriptor>(descriptor: D): D {
  return descriptor;
}
