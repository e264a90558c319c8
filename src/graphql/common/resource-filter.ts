import { Field, InputType } from 'type-graphql';
import type { Tag } from '../../domain/resources';

@InputType('TagFilter', { description: 'A tag the resource must carry: the key, and the value when given.' })
export class TagFilter {
  @Field(() => String)
  key!: string;

  @Field(() => String, { nullable: true, description: 'Unset: any value.' })
  value?: string | null;
}

/** The filter fields every resource shares, applied by the gateway to what the providers returned. */
export interface NameAndTagFilter {
  namePrefix?: string | null;
  tags?: TagFilter[] | null;
}

/** True when the name starts with `namePrefix` (unset matches all) and every wanted tag is carried. */
export function matchesNameAndTags(filter: NameAndTagFilter, resource: { name: string | null; tags?: readonly Tag[] }): boolean {
  if (filter.namePrefix != null && filter.namePrefix !== '' && !(resource.name ?? '').startsWith(filter.namePrefix)) return false;
  for (const wanted of filter.tags ?? []) {
    if (!(resource.tags ?? []).some((t) => t.key === wanted.key && (wanted.value == null || t.value === wanted.value))) return false;
  }
  return true;
}
