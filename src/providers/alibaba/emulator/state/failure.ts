/**
 * A rule the request broke: a verbatim catalog code and the concrete text for its `%s` message.
 * State modules raise it; the router renders it from the catalog.
 */
export class ApiFailure extends Error {
  constructor(
    readonly code: string,
    /** Concrete text for `%s` messages. */
    readonly detail: string,
    /** Picks among catalog rows of one code with different statuses. */
    readonly httpStatus?: number,
  ) {
    super(`${code}: ${detail}`);
    this.name = 'ApiFailure';
  }
}

export const fail = (code: string, detail: string, httpStatus?: number): never => {
  throw new ApiFailure(code, detail, httpStatus);
};
