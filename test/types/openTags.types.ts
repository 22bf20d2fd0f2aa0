// Open tags (userIdentity.type, eventType, a service's eventName) against
// everyday string code. Nothing here runs: `tsc --noEmit -p .` checks it, and
// every `@ts-expect-error` must sit on a real error.
//
// The decision (docs/architecture.md, "One mechanism for every tagged choice"): a value of a tag that
// this release does not know is typed Unrecognized<…>, an object brand, not a
// subtype of string. Any subtype of string is comparable to every string
// literal, so a fallback variant typed that way would survive each
// `=== 'Known'` test and narrowing on the known literals would be lost (the
// second block proves it). Code that needs a `string` makes it with String().
import { hasCaller, type CloudTrailRecord, type UserIdentity } from '../../src/index.js';
import type { STSEvent } from '../../src/services/sts/index.js';

declare const record: CloudTrailRecord;
declare const identity: UserIdentity;
declare const sts: STSEvent;

// Narrowing on known literals works, down to one variant.
if (identity.type === 'AssumedRole') identity.sessionContext?.sessionIssuer?.arn satisfies string | undefined;
if (sts.eventName === 'AssumeRole' && 'responseElements' in sts) sts.eventName satisfies 'AssumeRole';
if (record.eventType === 'AwsCloudTrailInsight') record.insightDetails satisfies object;

// The three sites of the issue compile with one documented call, String().
const byName = new Map<string, number>();
byName.set(String(sts.eventName), 1);
const wanted: string[] = ['AwsApiCall', 'AwsConsoleSignIn'];
wanted.includes(String(record.eventType));
const typeText: string = String(identity.type);
void typeText;

// ...and without it they are errors: the brand keeps unknown values apart.
// @ts-expect-error Unrecognized<'EventName'> is not a string
byName.set(sts.eventName, 2);
// @ts-expect-error Unrecognized<'IdentityType'> is not a string
const bare: string = identity.type;
void bare;

// Why not a branded string: with `string & { brand }` as the fallback's tag,
// `=== 'A'` no longer narrows away the fallback variant.
declare const brand: unique symbol;
type Branded = string & { readonly [brand]: 'Kind' };
type Union = { kind: 'A'; a: number } | { kind: 'B'; b: number } | { kind: Branded; other: unknown };
declare const u: Union;
// @ts-expect-error the fallback variant is still in the union here
if (u.kind === 'A') u.a satisfies number;

// A record with a caller, for EventBridge and S3 users: hasCaller narrows.
// @ts-expect-error Insights and aggregated records have no userIdentity
record.userIdentity;
if (hasCaller(record)) record.userIdentity.type satisfies UserIdentity['type'];
