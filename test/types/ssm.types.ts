// Type-level tests for SSM events. Nothing here runs: `tsc --noEmit -p .`
// checks it, and every `@ts-expect-error` must sit on a real error.
import { isSucceededSSMCall, type Command, type SendCommandSucceeded, type SSMEvent } from '../../src/services/ssm/index.js';

/** True when A and B are the same type (not merely mutually assignable). */
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;

/** Compiles only when its type argument is `true`. */
function expectType<T extends true>(_ok: T): void {}

// SendCommand: the command is always recorded; the sensitive parameters are
// either the map or the text CloudTrail writes in its place.
export function commandsOf(e: SSMEvent): string[] | undefined {
  if (e.eventName === 'SendCommand' && isSucceededSSMCall(e)) {
    expectType<Equals<typeof e, SendCommandSucceeded>>(true);
    expectType<Equals<typeof e.responseElements.command, Command>>(true);
    expectType<Equals<typeof e.responseElements.command.expiresAfter, Date | undefined>>(true);
    const parameters = e.requestParameters.parameters;
    // @ts-expect-error the text CloudTrail writes in place of the map must be told apart first
    void parameters?.['commands'];
    if (parameters === undefined || parameters === 'HIDDEN_DUE_TO_SECURITY_REASONS') return undefined;
    expectType<Equals<typeof parameters, { [key: string]: string[] }>>(true);
    return parameters['commands'];
  }
  return undefined;
}
