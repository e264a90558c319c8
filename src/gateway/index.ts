export { startGateway, GRAPHQL_PATH, type GatewayOptions, type RunningGateway } from './server';
export { AdapterRegistry } from './adapter-registry';
export { DEFAULT_LIMITS, type Limits } from './plugins/limits';
