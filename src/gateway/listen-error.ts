/**
 * Why the gateway could not listen, worded for the person who chose the address: these are
 * setup mistakes (a port in use, an address this machine does not have, a name that does not
 * resolve), so `npm start` prints the message as one line rather than a stack trace.
 */
export class ListenError extends Error {
  constructor(
    message: string,
    /** The system error code (EADDRINUSE, EADDRNOTAVAIL, ENOTFOUND …). */
    readonly code: string,
  ) {
    super(message);
    this.name = 'ListenError';
  }
}

const SET_HOST = 'set NETPLANE_HOST or gateway.host in the configuration';

/** The ListenError for a failed listen(host, port), or undefined when the failure is not the user's setup. */
export function listenErrorFor(error: unknown, host: string, port: number): ListenError | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EADDRINUSE':
      return new ListenError(`gateway: port ${port} on ${host} is already in use (set NETPLANE_PORT or gateway.port in the configuration)`, code);
    case 'EACCES':
      return new ListenError(`gateway: not allowed to listen on ${host}:${port} (ports below 1024 need privileges; set NETPLANE_PORT or gateway.port)`, code);
    case 'EADDRNOTAVAIL':
      return new ListenError(`gateway: ${host} is not an address of this machine, so nothing can listen on it (${SET_HOST}, e.g. 127.0.0.1 or 0.0.0.0)`, code);
    case 'ENOTFOUND':
    case 'EAI_NONAME':
    case 'EAI_FAIL':
      return new ListenError(`gateway: the host name "${host}" does not resolve to an address (${SET_HOST})`, code);
    case 'EAI_AGAIN':
      return new ListenError(`gateway: the host name "${host}" could not be resolved (the name service did not answer; ${SET_HOST} to an IP address)`, code);
    default:
      return undefined;
  }
}
