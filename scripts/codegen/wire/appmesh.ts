import type { ServiceConfig } from '../config.js';

const KINDS = ['GatewayRoute', 'Mesh', 'Route', 'VirtualGateway', 'VirtualNode', 'VirtualRouter', 'VirtualService'];
// Every write returns the resource it changed. Creates are seen recording it;
// updates and deletes are not in the corpus, and are taken to record it alike.
const CREATED =
  'cloud-custodian.json[0] (CreateMesh), [1] (CreateVirtualNode) and the CreateMesh example of the App Mesh User Guide (odd/raw-snippets.json) record the resource a create made';
const CHANGED = 'no record in the corpus: the API returns the changed resource as a create does, and CloudTrail is taken to record it alike';
const WRITES = Object.fromEntries(
  ['Create', 'Update', 'Delete'].flatMap((verb) => KINDS.map((kind) => [`${verb}${kind}`, verb === 'Create' ? CREATED : CHANGED])),
);

/** AWS App Mesh (restJson1): how CloudTrail writes its payloads. */
export const appmesh: ServiceConfig = {
  name: 'appmesh',
  model: 'models/appmesh-2019-01-25.facts.json',
  eventCodec: 'AppMeshEvent',
  prefix: 'appMesh',
  callName: 'AppMesh',
  // cloud-custodian.json[1] (CreateVirtualNode): the path label meshName, the
  // query member meshOwner and the body members virtualNodeName, spec and
  // clientToken side by side, spelled as the model spells them.
  memberNames: 'as-is',
  // metadata.createdAt 'Nov 5, 2023, 4:29:11 AM' (cloud-custodian.json[0]) and
  // 'Mar 23, 2024, 12:28:16 AM' (cloud-custodian.json[1]), where the model's
  // restJson1 default would be epoch seconds.
  timestamps: 'java-text',
  serviceEvents: {
    StreamAggregatedResources: {
      module: 'StreamAggregatedResources',
      codec: 'StreamAggregatedResourcesEvent',
      reason:
        'the AwsServiceEvent App Mesh records when an Envoy proxy opens or loses its xDS stream: aws-docs-app-mesh-user-guide.json[0]; App Mesh User Guide, "Logging App Mesh API calls using AWS CloudTrail"',
    },
  },
  wire: {
    recordedResponses: WRITES,
    optional: {
      'ResourceMetadata.meshOwner': 'records written before meshes could be shared (2019) lack it.',
      'ResourceMetadata.resourceOwner': 'records written before meshes could be shared (2019) lack it.',
    },
  },
  budget: 28_500,
};
