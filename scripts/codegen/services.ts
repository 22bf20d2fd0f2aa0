import type { ServiceConfig } from './generate.js';

/** The services whose record codecs are generated. Add a model and an entry to add a service. */
export const services: readonly ServiceConfig[] = [
  {
    folder: 'appmesh',
    modelPath: 'models/appmesh-2019-01-25.facts.json',
    serviceId: 'com.amazonaws.appmesh#AppMesh',
    prefix: 'appMesh',
    entry: 'cloudtrail-codecs/appmesh',
    guards: { succeeded: 'isSucceededCall', failed: 'isFailedAppMeshCall' },
    timestamps: 'java-text',
    optionalInCloudTrail: {
      'ResourceMetadata.meshOwner': 'records written before meshes could be shared (2019) lack it.',
      'ResourceMetadata.resourceOwner': 'records written before meshes could be shared (2019) lack it.',
    },
    docs: {
      path: 'docs/appmesh.md',
      extraRows: [
        '| `StreamAggregatedResources` | service event | `StreamAggregatedResourcesEvent` | absent or `null` | absent or `null`; `serviceEventDetails`: `StreamAggregatedResourcesDetails` |',
      ],
    },
  },
];
