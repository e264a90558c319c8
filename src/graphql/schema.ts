import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import type { ErrorCatalog } from '../domain/catalog';
import { NodeResolver } from './common/node.resolver';
import { installPlainFieldResolvers } from './common/plain-fields';
import { installSynchronousTypeResolvers } from './common/type-resolvers';
import { EipBindingResolver, ElasticIpResolver } from './elastic-ip/elastic-ip.resolver';
import { ErrorCatalogResolver } from './errors/error-catalog.resolver';
import { ERROR_CATEGORY_TYPES } from './errors/error-category.types';
import { installCatalogs, installedCatalogs } from './errors/installed-catalogs';
import { providerErrorCodes } from './errors/provider-error-code.enum';
import { NetworkInterfaceResolver } from './network-interface/network-interface.resolver';
import { VifPeerResolver } from './vif-peer/vif-peer.resolver';
import { VirtualInterfaceResolver } from './virtual-interface/virtual-interface.resolver';
import { VirtualIpResolver } from './virtual-ip/virtual-ip.resolver';
import { installMutationResolvers, mutationResolver } from './mutations/mutation.resolver';
import { OperationResolver } from './operations/operation.resolver';
import { AuditLogResolver } from './operations/audit-log.resolver';
import { NO_TOPIC_SUBSCRIPTIONS, OperationUpdatedResolver } from './operations/operation-updated.resolver';

export interface NetplaneSchemaOptions {
  /** One error catalog per provider; the gateway always passes every provider's, so the SDL is static. */
  catalogs: ErrorCatalog[];
}

let built: GraphQLSchema | null = null;

/**
 * The netplane schema. The types derived from the catalogs (ProviderErrorCode, the `<Op>Result`
 * unions) are registered in type-graphql's global metadata before the build, once per process;
 * a later call with the same catalogs returns the same schema, with others it throws.
 */
export function buildNetplaneSchema(options: NetplaneSchemaOptions): GraphQLSchema {
  installCatalogs(options.catalogs);
  if (built) return built;
  providerErrorCodes(installedCatalogs());
  const mutations = mutationResolver();
  built = buildSchemaSync({
    resolvers: [
      NodeResolver,
      NetworkInterfaceResolver,
      VirtualIpResolver,
      ElasticIpResolver,
      EipBindingResolver,
      VifPeerResolver,
      VirtualInterfaceResolver,
      ErrorCatalogResolver,
      OperationResolver,
      AuditLogResolver,
      mutations,
      OperationUpdatedResolver,
    ],
    // Category types not in any union still belong to the ProviderError contract (e.g. IdempotencyMismatch).
    orphanedTypes: Object.values(ERROR_CATEGORY_TYPES),
    validate: false,
    pubSub: NO_TOPIC_SUBSCRIPTIONS,
  });
  installPlainFieldResolvers(built);
  installSynchronousTypeResolvers(built);
  installMutationResolvers(built);
  return built;
}
