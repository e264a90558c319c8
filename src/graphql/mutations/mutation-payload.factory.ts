import { Field, ID, ObjectType, type ClassType } from 'type-graphql';
import type { MutationDescriptor, MutationResource, PayloadFieldSpec } from '../../domain/mutations';
import { ElasticIp } from '../elastic-ip/elastic-ip.type';
import { NetworkInterface } from '../network-interface/network-interface.type';
import { VifPeer } from '../vif-peer/vif-peer.type';
import { VirtualIp } from '../virtual-ip/virtual-ip.type';
import { COMMON_PAYLOAD_FIELDS } from './common-fields';
import { pascal } from './names';

/**
 * `<Mutation>Success`, built from the descriptor: the resources the change concerns, re-read from
 * the provider after it, the descriptor's extra outputs, the provider's request id and whether the
 * provider finishes the change in the background.
 */

export const RESOURCE_TYPES: Record<MutationResource, ClassType> = { NetworkInterface, VirtualIp, ElasticIp, VifPeer };

function outputType(spec: PayloadFieldSpec): object {
  const scalar = spec.type === 'ID' ? ID : spec.type === 'Boolean' ? Boolean : String;
  return spec.list ? [scalar] : scalar;
}

const payloadTypes = new Map<string, ClassType>();

export function mutationPayloadType(descriptor: MutationDescriptor): ClassType {
  const name = `${pascal(descriptor.name)}Success`;
  const existing = payloadTypes.get(name);
  if (existing) return existing;

  const Payload = class {};
  Object.defineProperty(Payload, 'name', { value: name });
  for (const [field, spec] of Object.entries(descriptor.payload)) {
    Field(() => RESOURCE_TYPES[spec.resource], {
      nullable: true,
      description: `${spec.description} Null when the re-read failed or the resource is gone. On a dry run (dryRun: true), the resource as it is now, unchanged (null for one the call would create).`,
    })(Payload.prototype, field);
  }
  for (const [field, spec] of Object.entries(descriptor.outputs ?? {})) {
    Field(() => outputType(spec), { nullable: spec.nullable ?? false, description: spec.description })(Payload.prototype, field);
  }
  Field(() => String, { nullable: true, description: 'The request id the provider answered the change with, for support tickets; netplane\'s own request id on a dry run (no provider was asked to change anything).' })(
    Payload.prototype,
    'requestId',
  );
  Field(() => Boolean, {
    description:
      'Whether the provider finishes the change in the background: the resources then show a pending status (ATTACHING, ASSOCIATING, DELETING, CREATING …) until it settles.',
  })(Payload.prototype, 'asynchronous');
  for (const common of COMMON_PAYLOAD_FIELDS) {
    Field(common.type, { nullable: common.nullable, description: common.description })(Payload.prototype, common.name);
  }
  ObjectType(name, { description: `The change ${descriptor.name} asked for was accepted by the provider.` })(Payload);
  payloadTypes.set(name, Payload);
  return Payload;
}
