// type-graphql reads decorator metadata through reflect-metadata; whoever loads the schema gets it.
import 'reflect-metadata';
export { buildNetplaneSchema, type NetplaneSchemaOptions } from './schema';
export { createContext, createLoaders, type AdapterDirectory, type Loaders, type NetplaneContext } from './context';
export { MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE } from './common/page-limits';
export { cursorSnapshot, selectPartitions, type PartitionSelector } from './common/connection';
export { relationshipOf, rootListOf, type RelationshipSpec, type ResourceListSpec } from './common/resource-lists';
