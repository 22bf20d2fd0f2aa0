// Calls the SSM Agent makes, recorded under ssm.amazonaws.com: its own
// UpdateInstanceInformation, and Session Manager's control channel (the
// ssmmessages API). Neither API is in the public SSM model; these codecs
// follow the records named in scripts/codegen/wire/ssm.ts.
import type * as t from 'io-ts';
import { nullable } from '../../core/nullable.js';
import { BooleanValue, StringValue } from '../../core/scalars.js';
import { struct, type StructCodec } from '../../core/struct.js';
import { eventRecordOf } from '../../service-kit/eventRecordOf.js';

const instanceInformation = struct(
  'UpdateInstanceInformationParameters',
  { instanceId: StringValue },
  {
    agentVersion: StringValue,
    agentStatus: StringValue,
    agentName: StringValue,
    platformType: StringValue,
    platformName: StringValue,
    platformVersion: StringValue,
    iPAddress: StringValue,
    computerName: StringValue,
    availabilityZone: StringValue,
    availabilityZoneId: StringValue,
    sSMConnectionChannel: StringValue,
  },
);
/**
 * What the agent reports about its instance; `iPAddress` is written as CloudTrail's hidden text.
 *
 * @example
 * import type { UpdateInstanceInformationParameters } from 'cloudtrail-codecs/ssm';
 * const where = (p: UpdateInstanceInformationParameters): string => `${p.instanceId} (${p.platformName ?? 'unknown platform'})`;
 */
export interface UpdateInstanceInformationParameters extends t.TypeOf<typeof instanceInformation> {}

const update = eventRecordOf('ssm.amazonaws.com', 'UpdateInstanceInformation', { optional: { requestParameters: nullable(instanceInformation) } });
/**
 * The SSM Agent reporting on its instance, every few minutes on every
 * managed instance: often the most frequent record of an account.
 */
export interface UpdateInstanceInformationEvent extends t.TypeOf<typeof update> {}
/**
 * The wire form of {@link UpdateInstanceInformationEvent}.
 *
 * @example
 * import type { UpdateInstanceInformationEventJson } from 'cloudtrail-codecs/ssm';
 * const instanceOf = (e: UpdateInstanceInformationEventJson): string | undefined => e.requestParameters?.instanceId;
 */
export interface UpdateInstanceInformationEventJson extends t.OutputOf<typeof update> {}
/**
 * Codec of {@link UpdateInstanceInformationEvent}; `SSMEvent` decodes these records with it.
 *
 * @example
 * import { UpdateInstanceInformationEvent } from 'cloudtrail-codecs/ssm';
 * UpdateInstanceInformationEvent.name; // 'UpdateInstanceInformationEvent'
 */
export const UpdateInstanceInformationEvent: StructCodec<UpdateInstanceInformationEvent, UpdateInstanceInformationEventJson> = update;

const channel = struct(
  'ControlChannelParameters',
  {},
  {
    targetId: StringValue,
    messageSchemaVersion: StringValue,
    requestId: StringValue,
    tokenValue: StringValue,
    agentVersion: StringValue,
    platformType: StringValue,
    requireAcknowledgement: BooleanValue,
  },
);
/**
 * The agent's request for a Session Manager control channel; `tokenValue` is written as hidden text.
 *
 * @example
 * import type { ControlChannelParameters } from 'cloudtrail-codecs/ssm';
 * const agent = (p: ControlChannelParameters): string | undefined => p.agentVersion;
 */
export interface ControlChannelParameters extends t.TypeOf<typeof channel> {}

// Both channel calls record the same request, or null when refused.
const channelCall = <N extends string>(name: N) => eventRecordOf('ssm.amazonaws.com', name, { optional: { requestParameters: nullable(channel) } });

const open = channelCall('OpenControlChannel');
/** The SSM Agent opening its Session Manager control channel. */
export interface OpenControlChannelEvent extends t.TypeOf<typeof open> {}
/**
 * The wire form of {@link OpenControlChannelEvent}.
 *
 * @example
 * import type { OpenControlChannelEventJson } from 'cloudtrail-codecs/ssm';
 * const target = (e: OpenControlChannelEventJson): string | undefined => e.requestParameters?.targetId;
 */
export interface OpenControlChannelEventJson extends t.OutputOf<typeof open> {}
/**
 * Codec of {@link OpenControlChannelEvent}; `SSMEvent` decodes these records with it.
 *
 * @example
 * import { OpenControlChannelEvent } from 'cloudtrail-codecs/ssm';
 * OpenControlChannelEvent.name; // 'OpenControlChannelEvent'
 */
export const OpenControlChannelEvent: StructCodec<OpenControlChannelEvent, OpenControlChannelEventJson> = open;

const create = channelCall('CreateControlChannel');
/** The SSM Agent asking for a Session Manager control channel. */
export interface CreateControlChannelEvent extends t.TypeOf<typeof create> {}
/**
 * The wire form of {@link CreateControlChannelEvent}.
 *
 * @example
 * import type { CreateControlChannelEventJson } from 'cloudtrail-codecs/ssm';
 * const refused = (e: CreateControlChannelEventJson): boolean => e.errorCode === 'AccessDenied';
 */
export interface CreateControlChannelEventJson extends t.OutputOf<typeof create> {}
/**
 * Codec of {@link CreateControlChannelEvent}; `SSMEvent` decodes these records with it.
 *
 * @example
 * import { CreateControlChannelEvent } from 'cloudtrail-codecs/ssm';
 * CreateControlChannelEvent.name; // 'CreateControlChannelEvent'
 */
export const CreateControlChannelEvent: StructCodec<CreateControlChannelEvent, CreateControlChannelEventJson> = create;
