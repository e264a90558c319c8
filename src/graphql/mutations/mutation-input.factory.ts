import { Field, ID, InputType, Int, type ClassType } from 'type-graphql';
import type { FieldType, InputFieldSpec, MutationDescriptor } from '../../domain/mutations';
import { PROVIDERS } from '../../domain/resources';
import { PartitionInput, ResourceRefInput } from '../common/partition.input';
import { TagInput } from '../common/tag.type';
import { UInt32 } from '../common/uint32.scalar';
import { COMMON_INPUT_FIELDS } from './common-fields';
import { MUTATION_ENUM_TYPES } from './mutation-enums';
import { pascal } from './names';

/**
 * `<Mutation>Input`, built from the descriptor: the target fields, then every declared input
 * field with its type, nullability, default and a description that ends with the wire parameter
 * it becomes on each provider (the docs pane is the manual).
 */

function graphqlType(type: FieldType): object {
  if (typeof type === 'object') return MUTATION_ENUM_TYPES[type.enum];
  switch (type) {
    case 'String':
      return String;
    case 'ID':
      return ID;
    case 'Int':
      return Int;
    case 'UInt32':
      return UInt32;
    case 'Boolean':
      return Boolean;
    case 'Tag':
      return TagInput;
  }
}

/** "… Wire: Alibaba VSwitchId; Huawei network_id. Required by Huawei." */
export function fieldDescription(spec: InputFieldSpec, offeredBy: readonly string[]): string {
  const wire = PROVIDERS.filter((p) => spec.wire[p] !== undefined && offeredBy.includes(p)).map((p) => `${providerLabel(p)} \`${spec.wire[p]}\``);
  const notTaken = offeredBy.filter((p) => spec.wire[p as keyof typeof spec.wire] === undefined).map(providerLabel);
  const parts = [spec.description.trim()];
  if (spec.netplaneOption) parts.push(`Chooses the API netplane calls; not sent to the provider.`);
  else if (wire.length > 0) parts.push(`Wire: ${wire.join('; ')}.`);
  if (notTaken.length > 0) parts.push(`Not taken by ${notTaken.join(' or ')} (an InvalidParameter there).`);
  if (spec.requiredBy?.length) parts.push(`Required by ${spec.requiredBy.map(providerLabel).join(' and ')}.`);
  return parts.join(' ');
}

const providerLabel = (provider: string): string => provider.charAt(0) + provider.slice(1).toLowerCase();

const inputTypes = new Map<string, ClassType>();

export function mutationInputType(descriptor: MutationDescriptor, offeredBy: readonly string[]): ClassType {
  const name = `${pascal(descriptor.name)}Input`;
  const existing = inputTypes.get(name);
  if (existing) return existing;

  const Input = class {};
  Object.defineProperty(Input, 'name', { value: name });
  const target = descriptor.target;
  if (target.kind === 'partition') {
    Field(() => PartitionInput, { description: 'Where the new resource goes: provider, account and region.' })(Input.prototype, 'target');
  } else {
    Field(() => ID, { nullable: true, description: `Global id of the ${target.of} to act on (or give ${target.refField}).` })(
      Input.prototype,
      target.idField,
    );
    Field(() => ResourceRefInput, {
      nullable: true,
      description: `The ${target.of} by provider, account, region and native id (or give ${target.idField}).`,
    })(Input.prototype, target.refField);
  }
  for (const [field, spec] of Object.entries(descriptor.input)) {
    const type = graphqlType(spec.type);
    Field(() => (spec.list ? [type] : type), {
      nullable: !spec.required,
      description: fieldDescription(spec, offeredBy),
      ...(spec.defaultValue !== undefined && { defaultValue: spec.defaultValue }),
    })(Input.prototype, field);
  }
  for (const common of COMMON_INPUT_FIELDS) {
    Field(common.type, {
      nullable: common.nullable,
      description: common.description,
      ...(common.defaultValue !== undefined && { defaultValue: common.defaultValue }),
    })(Input.prototype, common.name);
  }
  InputType(name, { description: descriptor.description })(Input);
  inputTypes.set(name, Input);
  return Input;
}
