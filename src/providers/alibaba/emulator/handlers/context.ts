import type { AlibabaState, RegionState } from '../state';

/**
 * One handler per action (moto's "responses" role): read the wire parameters, call the state,
 * render the documented PascalCase JSON. No rules live in the handlers.
 */
export interface HandlerContext {
  state: AlibabaState;
  region: RegionState;
  params: Record<string, string>;
  requestId: string;
}

export type Handler = (ctx: HandlerContext) => Record<string, unknown>;
