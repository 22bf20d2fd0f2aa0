import type * as t from 'io-ts';
import { StringValue } from '../core/scalars.js';
import { struct, type StructCodec } from '../core/struct.js';

const onBehalfOf = struct('OnBehalfOf', { userId: StringValue }, { identityStoreArn: StringValue });
/**
 * The IAM Identity Center user a call was made for: the user's id in the
 * identity store, and that store's ARN
 * (`arn:aws:identitystore::<account>:identitystore/d-…`).
 */
export interface OnBehalfOf extends t.TypeOf<typeof onBehalfOf> {}
/**
 * The wire form of {@link OnBehalfOf}.
 *
 * @example
 * import type { OnBehalfOfJson } from 'cloudtrail-codecs';
 * const user: OnBehalfOfJson = {
 *   userId: '94d00cd8-e9e6-4810-b177-b08e84725435',
 *   identityStoreArn: 'arn:aws:identitystore::111122223333:identitystore/d-1234567890',
 * };
 */
export interface OnBehalfOfJson extends t.OutputOf<typeof onBehalfOf> {}
/**
 * The codec of {@link OnBehalfOf}.
 *
 * @example
 * import { OnBehalfOf, type OnBehalfOfC } from 'cloudtrail-codecs';
 * const codec: OnBehalfOfC = OnBehalfOf;
 * codec.is({ identityStoreArn: 'arn:aws:identitystore::111122223333:identitystore/d-1234567890' }); // false: userId is required
 */
export interface OnBehalfOfC extends StructCodec<OnBehalfOf, OnBehalfOfJson> {}
/**
 * Codec of {@link OnBehalfOf}.
 *
 * @example
 * import { OnBehalfOf } from 'cloudtrail-codecs';
 * OnBehalfOf.is({ userId: '94d00cd8-e9e6-4810-b177-b08e84725435' }); // true
 */
export const OnBehalfOf: OnBehalfOfC = onBehalfOf;

const inScopeOf = struct('InScopeOf', {}, {
  sourceArn: StringValue,
  sourceAccount: StringValue,
  issuerType: StringValue,
  credentialsIssuedTo: StringValue,
});
/**
 * The AWS resource that temporary credentials were issued to, such as a Lambda
 * function (`issuerType` `AWS::Lambda::Function`). New in eventVersion 1.11.
 */
export interface InScopeOf extends t.TypeOf<typeof inScopeOf> {}
/**
 * The wire form of {@link InScopeOf}.
 *
 * @example
 * import type { InScopeOfJson } from 'cloudtrail-codecs';
 * const scope: InScopeOfJson = {
 *   issuerType: 'AWS::Lambda::Function',
 *   sourceArn: 'arn:aws:lambda:us-east-1:111122223333:function:resize-images',
 *   sourceAccount: '111122223333',
 *   credentialsIssuedTo: 'arn:aws:lambda:us-east-1:111122223333:function:resize-images',
 * };
 */
export interface InScopeOfJson extends t.OutputOf<typeof inScopeOf> {}
/**
 * The codec of {@link InScopeOf}.
 *
 * @example
 * import { InScopeOf, type InScopeOfC } from 'cloudtrail-codecs';
 * const codec: InScopeOfC = InScopeOf;
 * const r = codec.decode({ issuerType: 'AWS::Lambda::Function', sourceAccount: '111122223333' });
 * if (r._tag === 'Right') r.right.issuerType; // 'AWS::Lambda::Function'
 */
export interface InScopeOfC extends StructCodec<InScopeOf, InScopeOfJson> {}
/**
 * Codec of {@link InScopeOf}.
 *
 * @example
 * import { InScopeOf } from 'cloudtrail-codecs';
 * InScopeOf.is({ issuerType: 'AWS::Lambda::Function' }); // true
 */
export const InScopeOf: InScopeOfC = inScopeOf;

const invokedByDelegate = struct('InvokedByDelegate', {}, { accountId: StringValue });
/** The product provider's account, when it acted through delegated access. */
export interface InvokedByDelegate extends t.TypeOf<typeof invokedByDelegate> {}
/**
 * The wire form of {@link InvokedByDelegate}.
 *
 * @example
 * import type { InvokedByDelegateJson } from 'cloudtrail-codecs';
 * const delegate: InvokedByDelegateJson = { accountId: '444455556666' };
 */
export interface InvokedByDelegateJson extends t.OutputOf<typeof invokedByDelegate> {}
/**
 * The codec of {@link InvokedByDelegate}.
 *
 * @example
 * import { InvokedByDelegate, type InvokedByDelegateC } from 'cloudtrail-codecs';
 * const codec: InvokedByDelegateC = InvokedByDelegate;
 * codec.is({ accountId: 444455556666 }); // false: the account id is a string
 */
export interface InvokedByDelegateC extends StructCodec<InvokedByDelegate, InvokedByDelegateJson> {}
/**
 * Codec of {@link InvokedByDelegate}.
 *
 * @example
 * import { InvokedByDelegate } from 'cloudtrail-codecs';
 * InvokedByDelegate.is({ accountId: '111122223333' }); // true
 */
export const InvokedByDelegate: InvokedByDelegateC = invokedByDelegate;
