// Type-level tests for Organizations events. Nothing here runs: `tsc --noEmit -p .`
// checks it, and every `@ts-expect-error` must sit on a real error.
import {
  isSucceededOrganizationsCall,
  organizationsService,
  type CreateAccountResultEvent,
  type CreateAccountState,
  type HandshakeResource,
  type OrganizationsEvent,
} from '../../src/services/organizations/index.js';

/** True when A and B are the same type (not merely mutually assignable). */
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;

/** Compiles only when its type argument is `true`. */
function expectType<T extends true>(_ok: T): void {}

// The CreateAccountResult service event narrows by its name, once the
// departed variant (which keeps any name) is handled.
export function newAccountOf(e: OrganizationsEvent): string | undefined {
  if (organizationsService.isDeparted(e)) return undefined;
  if (e.eventName === 'CreateAccountResult') {
    expectType<Equals<typeof e, CreateAccountResultEvent>>(true);
    const status = e.serviceEventDetails.createAccountStatus;
    expectType<Equals<typeof status.state, CreateAccountState>>(true);
    expectType<Equals<typeof status.requestedTimestamp, Date>>(true);
    return status.accountId;
  }
  return undefined;
}

// CreateAccount records its status; the request's sensitive members are text.
export function creationState(e: OrganizationsEvent): CreateAccountState | undefined {
  if (e.eventName === 'CreateAccount' && isSucceededOrganizationsCall(e)) {
    expectType<Equals<NonNullable<typeof e.requestParameters>['email'], string | undefined>>(true);
    return e.responseElements.createAccountStatus.state;
  }
  return undefined;
}

// Handshake resources nest.
export function resourceTypes(r: HandshakeResource): string[] {
  return [...(r.type === undefined ? [] : [r.type]), ...(r.resources ?? []).flatMap(resourceTypes)];
}
