import type { Action } from '../../wire';
import { BGP_PEER_HANDLERS } from './bgp-peers';
import type { Handler } from './context';
import { ELASTIC_IP_HANDLERS } from './elastic-ips';
import { NETWORK_INTERFACE_HANDLERS } from './network-interfaces';
import { V_SWITCH_HANDLERS } from './v-switches';
import { VIRTUAL_IP_HANDLERS } from './virtual-ips';

export type { HandlerContext, Handler } from './context';
export { renderBgpPeer, renderEip, renderEni, renderHaVip, renderVbr } from './render';

/** Every action the emulator serves, one handler each, grouped by resource family. */
export const HANDLERS: Record<Action, Handler> = {
  ...NETWORK_INTERFACE_HANDLERS,
  ...ELASTIC_IP_HANDLERS,
  ...VIRTUAL_IP_HANDLERS,
  ...BGP_PEER_HANDLERS,
  ...V_SWITCH_HANDLERS,
};
