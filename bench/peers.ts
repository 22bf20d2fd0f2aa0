// The peers the benchmark compares against: a plain io-ts schema of the
// record envelope (t.type / t.union, no date conversion) and a zod v4 schema
// of the same shape. Both keep unknown fields, as the library does.
import * as t from 'io-ts';
import { z } from 'zod';

const sessionContext = t.partial({
  sessionIssuer: t.partial({ type: t.string, principalId: t.string, arn: t.string, accountId: t.string, userName: t.string }),
  webIdFederationData: t.partial({ federatedProvider: t.string, attributes: t.UnknownRecord }),
  attributes: t.partial({ creationDate: t.string, mfaAuthenticated: t.union([t.literal('true'), t.literal('false')]) }),
});
const identityFields = t.partial({
  principalId: t.string,
  arn: t.string,
  accountId: t.string,
  accessKeyId: t.string,
  userName: t.string,
  invokedBy: t.string,
  sessionContext,
  onBehalfOf: t.type({ userId: t.string }),
  credentialId: t.string,
  identityProvider: t.string,
});
const identity = t.union([
  t.intersection([t.type({ type: t.literal('AssumedRole'), principalId: t.string, arn: t.string, accountId: t.string }), identityFields]),
  t.intersection([t.type({ type: t.literal('IAMUser'), accountId: t.string }), identityFields]),
  t.intersection([t.type({ type: t.literal('Root'), accountId: t.string }), identityFields]),
  t.intersection([t.type({ type: t.literal('AWSService'), invokedBy: t.string }), identityFields]),
  t.intersection([t.type({ type: t.string }), identityFields]),
  identityFields,
]);

/** A plain io-ts envelope schema. */
export const ioTsEnvelope = t.intersection([
  t.type({ eventVersion: t.string, userIdentity: identity, eventTime: t.string, eventSource: t.string, eventName: t.string, awsRegion: t.string }),
  t.partial({
    sourceIPAddress: t.string,
    userAgent: t.string,
    errorCode: t.string,
    errorMessage: t.string,
    requestParameters: t.union([t.UnknownRecord, t.null]),
    responseElements: t.union([t.UnknownRecord, t.null]),
    additionalEventData: t.UnknownRecord,
    requestID: t.string,
    eventID: t.string,
    eventType: t.string,
    apiVersion: t.string,
    managementEvent: t.boolean,
    readOnly: t.boolean,
    resources: t.array(t.partial({ ARN: t.string, accountId: t.string, type: t.string })),
    recipientAccountId: t.string,
    serviceEventDetails: t.UnknownRecord,
    sharedEventID: t.string,
    eventCategory: t.string,
    tlsDetails: t.partial({ tlsVersion: t.string, cipherSuite: t.string, clientProvidedHostHeader: t.string }),
    sessionCredentialFromConsole: t.union([t.literal('true'), t.literal('false')]),
  }),
]);

const zSessionContext = z.looseObject({
  sessionIssuer: z.looseObject({ type: z.string(), principalId: z.string(), arn: z.string(), accountId: z.string(), userName: z.string() }).partial().optional(),
  webIdFederationData: z.looseObject({ federatedProvider: z.string(), attributes: z.record(z.string(), z.unknown()) }).partial().optional(),
  attributes: z.looseObject({ creationDate: z.string(), mfaAuthenticated: z.enum(['true', 'false']) }).partial().optional(),
});
const zIdentityFields = {
  principalId: z.string().optional(),
  arn: z.string().optional(),
  accountId: z.string().optional(),
  accessKeyId: z.string().optional(),
  userName: z.string().optional(),
  invokedBy: z.string().optional(),
  sessionContext: zSessionContext.optional(),
  onBehalfOf: z.looseObject({ userId: z.string() }).optional(),
  credentialId: z.string().optional(),
  identityProvider: z.string().optional(),
};
const zIdentity = z.union([
  z.looseObject({ ...zIdentityFields, type: z.literal('AssumedRole'), principalId: z.string(), arn: z.string(), accountId: z.string() }),
  z.looseObject({ ...zIdentityFields, type: z.literal('IAMUser'), accountId: z.string() }),
  z.looseObject({ ...zIdentityFields, type: z.literal('Root'), accountId: z.string() }),
  z.looseObject({ ...zIdentityFields, type: z.literal('AWSService'), invokedBy: z.string() }),
  z.looseObject({ ...zIdentityFields, type: z.string() }),
  z.looseObject(zIdentityFields),
]);

/** A zod v4 schema equivalent to {@link ioTsEnvelope}. */
export const zodEnvelope = z.looseObject({
  eventVersion: z.string(),
  userIdentity: zIdentity,
  eventTime: z.string(),
  eventSource: z.string(),
  eventName: z.string(),
  awsRegion: z.string(),
  sourceIPAddress: z.string().optional(),
  userAgent: z.string().optional(),
  errorCode: z.string().optional(),
  errorMessage: z.string().optional(),
  requestParameters: z.record(z.string(), z.unknown()).nullable().optional(),
  responseElements: z.record(z.string(), z.unknown()).nullable().optional(),
  additionalEventData: z.record(z.string(), z.unknown()).optional(),
  requestID: z.string().optional(),
  eventID: z.string().optional(),
  eventType: z.string().optional(),
  apiVersion: z.string().optional(),
  managementEvent: z.boolean().optional(),
  readOnly: z.boolean().optional(),
  resources: z.array(z.looseObject({ ARN: z.string().optional(), accountId: z.string().optional(), type: z.string().optional() })).optional(),
  recipientAccountId: z.string().optional(),
  serviceEventDetails: z.record(z.string(), z.unknown()).optional(),
  sharedEventID: z.string().optional(),
  eventCategory: z.string().optional(),
  tlsDetails: z.looseObject({ tlsVersion: z.string(), cipherSuite: z.string(), clientProvidedHostHeader: z.string() }).partial().optional(),
  sessionCredentialFromConsole: z.enum(['true', 'false']).optional(),
});
