/**
 * The dashboard the benchmark and the page profile ask for: 500 of each of four connections, each
 * node with its relationships (the lists a fleet dashboard joins).
 */
export const SELECTIONS: Record<string, string> = {
  networkInterfaces: 'id status primaryIp privateIps { address } virtualIps { id address } elasticIps { id address }',
  virtualIps: 'id address status networkInterfaces { id }',
  elasticIps: 'id address status boundTo { kind targetId networkInterface { id primaryIp } virtualIp { id } }',
  vifPeers: 'id status remoteGatewayIp virtualInterface { id name }',
};

/** One connection of the dashboard with `args` (e.g. `first: 500, after: $after`). */
export const connection = (field: string, args: string): string =>
  `${field}(${args}) { totalCount partitions { ok } pageInfo { hasNextPage endCursor } edges { node { ${SELECTIONS[field]} } } }`;

/** The whole page as an operation named `name` (a new name: a document parsed and validated anew). */
export const pageQuery = (name = 'DashboardPage'): string => `query ${name} { ${Object.keys(SELECTIONS).map((f) => connection(f, 'first: 500')).join(' ')} }`;
