/**
 * netplane runs as production code unless NODE_ENV says otherwise. graphql-js, in any other mode,
 * checks on every type test that a value comes from its own module instance (a helpful message when
 * two copies of graphql are loaded, ~6% of a 2,000-node page's CPU); netplane loads one copy and sets
 * everything else NODE_ENV would decide (introspection, stack traces, the landing page, error
 * masking) explicitly. Imported first by the entry points: graphql reads NODE_ENV once, when loaded.
 */
process.env['NODE_ENV'] ??= 'production';

export {};
