import { Field, InputType, Int } from 'type-graphql';

@InputType('WaitInput', { description: 'Wait for the operation a mutation starts: the answer comes when it ends or at the timeout, whichever is first (then the operation is still RUNNING — never an error).' })
export class WaitInput {
  @Field(() => Int, { description: 'How long to wait at most, in seconds (1 to the gateway\'s mutations.maxWaitSeconds, 300 by default; longer asks are cut to it).' })
  timeoutSeconds!: number;
}
