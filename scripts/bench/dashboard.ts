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

/** The first page of a walk's connection and each next one: `after` is null, then the last page's end cursor. */
export const walkPageQuery = (field: string): string => `query ($after: String) { ${connection(field, 'first: 500, after: $after')} }`;

/**
 * Pages every connection of the dashboard to its end with `first: 500` and cursors, the four
 * connections concurrently, as a client walking the fleet does; `page` sends one page and answers
 * its pageInfo. Resolves to the number of pages.
 */
export async function walkFleet(page: (field: string, after: string | null) => Promise<{ hasNextPage: boolean; endCursor: string | null }>): Promise<number> {
  let requests = 0;
  await Promise.all(
    Object.keys(SELECTIONS).map(async (field) => {
      let after: string | null = null;
      for (let pages = 0; pages < 200; pages++) {
        const info = await page(field, after);
        requests++;
        if (!info.hasNextPage) return;
        after = info.endCursor;
      }
      throw new Error(`${field}: more than 200 pages`);
    }),
  );
  return requests;
}
