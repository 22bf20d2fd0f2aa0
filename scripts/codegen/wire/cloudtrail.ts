import type { ServiceConfig } from '../config.js';

// Evidence is named in each reason; test/services/json-services.test.ts checks
// the corpus facts these entries rely on.
const PUT_EVENT_SELECTORS = 'stratus-red-team.json[14] and odd/panther-analysis.json[81] (PutEventSelectors, whose envelope is odd only for its eventTime)';

/** AWS CloudTrail (awsJson1_1): how CloudTrail writes the records of its own API. */
export const cloudtrail: ServiceConfig = {
  name: 'cloudtrail',
  model: 'models/cloudtrail-2013-11-01.facts.json',
  // Not CloudTrailEvent: that is the name of the record types of the root entry.
  eventCodec: 'CloudTrailAPIEvent',
  prefix: 'cloudTrail',
  callName: 'CloudTrailAPI',
  // trailName, eventSelectors, dataResources, readWriteType, trailARN in
  // stratus-red-team.json[14] (PutEventSelectors); eventDataStore in
  // aws-docs-2026-mirror.json[25]. trailARN is TrailARN with its first letter lowered.
  memberNames: 'lower-first',
  // No record of the corpus carries a CloudTrail payload timestamp; java-text
  // is the form of every other awsJson service whose records do (KMS, SSM,
  // Organizations), and a record with another form departs rather than fails.
  timestamps: 'java-text',
  // No `hidden`: the model marks nothing sensitive.
  serviceEvents: {
    CreateServiceLinkedChannel: {
      module: 'CreateServiceLinkedChannel',
      codec: 'CreateServiceLinkedChannelEvent',
      reason:
        'an AwsServiceEvent recorded when an AWS service creates a service-linked channel, with no payloads: aws-docs-cloudtrail-user-guide-archive.json[11]; CloudTrail User Guide, "Viewing service-linked channels" (doc_source/viewing-service-linked-channels.md). No operation of the model has the name.',
    },
  },
  wire: {
    required: {
      // Not EventSelectors: a trail configured with advanced event selectors
      // answers with advancedEventSelectors instead.
      'PutEventSelectorsResponse.TrailARN': PUT_EVENT_SELECTORS,
    },
    recordedResponses: {
      PutEventSelectors: PUT_EVENT_SELECTORS,
      // Not UpdateTrail: odd/panther-analysis.json[64] is a successful
      // UpdateTrail with responseElements null (odd/streamalert.json[7] has one).
      // Not GetTrailStatus, GetEventSelectors, StartLogging, StopLogging,
      // DeleteTrail: null in aws-docs-2026-mirror.json[15], [24],
      // stratus-red-team.json[3], [15].
    },
  },
  apiPages: false,
  budget: 25_500,
};
