// Type-level tests for DynamoDB events. Nothing here runs: `tsc --noEmit -p .`
// checks it, and every `@ts-expect-error` must sit on a real error.
import {
  isSucceededDynamoDBCall,
  type AttributeValue,
  type CreateTableSucceeded,
  type DynamoDBEvent,
  type GetRecordsSucceeded,
  type KeySchemaElement,
  type KeyType,
  type PutItemSucceeded,
  type TransactWriteOperation,
} from '../../src/services/dynamodb/index.js';

/** True when A and B are the same type (not merely mutually assignable). */
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;

/** Compiles only when its type argument is `true`. */
function expectType<T extends true>(_ok: T): void {}

// CreateTable: the key schema is typed, on the wire `keySchema`
// (aws-docs-2026-mirror.json[17] writes tableDescription.keySchema).
export function hashKeyOf(e: DynamoDBEvent): string | undefined {
  if (e.eventName === 'CreateTable' && isSucceededDynamoDBCall(e)) {
    expectType<Equals<typeof e, CreateTableSucceeded>>(true);
    expectType<Equals<typeof e.requestParameters.keySchema, KeySchemaElement[]>>(true);
    const first = e.requestParameters.keySchema[0];
    expectType<Equals<typeof first, KeySchemaElement | undefined>>(true);
    expectType<Equals<NonNullable<typeof first>['keyType'], KeyType>>(true);
    expectType<Equals<NonNullable<typeof first>['attributeName'], string>>(true);
    const described = e.responseElements?.tableDescription?.keySchema;
    expectType<Equals<typeof described, KeySchemaElement[] | undefined>>(true);
    // @ts-expect-error the model's name KeySchema is not the wire's
    void e.requestParameters.KeySchema;
    return e.requestParameters.keySchema.find((k) => k.keyType === 'HASH')?.attributeName;
  }
  return undefined;
}

// AttributeValue recurses through `l` and `m`; it narrows member by member,
// and a walk over it type-checks at any depth.
export function textOf(v: AttributeValue): string {
  if (v.s !== undefined) {
    expectType<Equals<typeof v.s, string>>(true);
    return v.s;
  }
  if (v.n !== undefined) return v.n;
  if (v.l !== undefined) {
    expectType<Equals<typeof v.l, AttributeValue[]>>(true);
    return v.l.map(textOf).join(',');
  }
  if (v.m !== undefined) {
    expectType<Equals<typeof v.m, { [key: string]: AttributeValue }>>(true);
    return Object.keys(v.m).map((k) => `${k}=${textOf(v.m[k] as AttributeValue)}`).join(',');
  }
  if (v.bOOL !== undefined) return String(v.bOOL);
  return '';
}

export const nested: AttributeValue = { m: { title: { s: 'Call Me Today' }, tags: { l: [{ s: 'pop' }, { l: [{ n: '1' }, { nULL: true }] }] } } };
// @ts-expect-error an AttributeValue has exactly one member
export const twoMembers: AttributeValue = { s: 'x', n: '1' };
// @ts-expect-error the members are written lower-first (S is s on the wire)
export const upperCase: AttributeValue = { S: 'x' };

// PutItem: CloudTrail writes the item's attribute names and its key's values;
// the returned attributes are AttributeValues, usable to any depth.
export function putItem(e: DynamoDBEvent): string | undefined {
  if (e.eventName === 'PutItem' && isSucceededDynamoDBCall(e)) {
    expectType<Equals<typeof e, PutItemSucceeded>>(true);
    expectType<Equals<typeof e.requestParameters.item, string[]>>(true);
    expectType<Equals<typeof e.requestParameters.key, { [key: string]: string } | undefined>>(true);
    const old = e.responseElements?.attributes?.['song'];
    expectType<Equals<typeof old, AttributeValue | undefined>>(true);
    const deep = old?.m?.['tags']?.l?.[0]?.s;
    expectType<Equals<typeof deep, string | undefined>>(true);
    return deep;
  }
  return undefined;
}

// TransactWriteItems and GetRecords, as the dialect writes them.
export function transactOperations(e: DynamoDBEvent): TransactWriteOperation[] {
  if (e.eventName === 'TransactWriteItems' && isSucceededDynamoDBCall(e)) {
    return e.requestParameters.requestItems.flatMap((i) => (i.operation === undefined ? [] : [i.operation]));
  }
  return [];
}

export function shardIteratorOf(e: DynamoDBEvent): string | undefined {
  if (e.eventName === 'GetRecords' && isSucceededDynamoDBCall(e)) {
    expectType<Equals<typeof e, GetRecordsSucceeded>>(true);
    expectType<Equals<typeof e.requestParameters.shardIterator, string>>(true);
    const image = e.responseElements?.records?.[0]?.dynamodb?.newImage;
    expectType<Equals<typeof image, { [key: string]: AttributeValue } | undefined>>(true);
    return e.requestParameters.shardIterator;
  }
  return undefined;
}
