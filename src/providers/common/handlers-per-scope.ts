import type { Result } from '../../domain/errors';
import type { MutationHandlers, MutationName, MutationOutput } from '../../domain/mutations';
import type { RequestScope } from '../../domain/request-scope';

type AnyHandler = (target: unknown, input: unknown) => Promise<Result<MutationOutput>>;

/**
 * A provider's mutation handlers, each call recording into the scope of the request it serves.
 * `build` makes the handlers over clients bound to one scope (none: background work, recorded
 * nowhere); every call builds them for its own scope — a few closures, nothing shared between
 * requests — so the handlers themselves need not thread the scope through each wire call.
 */
export function handlersPerScope<H extends Partial<MutationHandlers>>(build: (scope: RequestScope | undefined) => H): H {
  const handlers: Partial<Record<MutationName, unknown>> = {};
  for (const name of Object.keys(build(undefined)) as MutationName[]) {
    handlers[name] = (target: unknown, input: unknown, scope?: RequestScope) => (build(scope)[name] as AnyHandler)(target, input);
  }
  // Same keys as `build` returns, each with the handler's own signature plus the scope.
  return handlers as H;
}
