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
/** The wire form of {@link OnBehalfOf}. */
export interface OnBehalfOfJson extends t.OutputOf<typeof onBehalfOf> {}
/** The codec of {@link OnBehalfOf}. */
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
/** The wire form of {@link InScopeOf}. */
export interface InScopeOfJson extends t.OutputOf<typeof inScopeOf> {}
/** The codec of {@link InScopeOf}. */
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
/** The wire form of {@link InvokedByDelegate}. */
export interface InvokedByDelegateJson extends t.OutputOf<typeof invokedByDelegate> {}
/** The codec of {@link InvokedByDelegate}. */
export interface InvokedByDelegateC extends StructCodec<InvokedByDelegate, InvokedByDelegateJson> {}
/**
 * Codec of {@link InvokedByDelegate}.
 *
 * @example
 * import { InvokedByDelegate } from 'cloudtrail-codecs';
 * InvokedByDelegate.is({ accountId: '111122223333' }); // true
 */
export const InvokedByDelegate: InvokedByDelegateC = invokedByDelegate;
