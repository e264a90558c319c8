import { dryRunStage } from './dry-run';
import { durabilityStage } from './durability.stage';
import type { MutationStage } from './execute-mutation';

/**
 * The stages every mutation passes through between its checks and the provider call, outermost
 * first (see MutationStage). Each concern keeps its own module and adds one line here.
 */
export const MUTATION_STAGES: MutationStage[] = [
  dryRunStage,
  durabilityStage,
];
