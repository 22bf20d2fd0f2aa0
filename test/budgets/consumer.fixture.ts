// A typical consumer of the App Mesh module: decode, narrow by eventName and
// outcome, read nested spec fields. Type-checking this file is what the
// type-cost budget measures.
import { AppMeshEvent, appMeshService, isFailedAppMeshCall, isSucceededCall, type AppMeshEvent as Event } from 'cloudtrail-codecs/appmesh';

export function describe(json: unknown): string[] {
  const out: string[] = [];
  const r = AppMeshEvent.decode(json);
  if (r._tag === 'Left') return out;
  const e: Event = r.right;
  if (e.eventName === 'CreateRoute' && isSucceededCall(e)) {
    const targets = e.requestParameters.spec.httpRoute?.action.weightedTargets ?? [];
    for (const target of targets) out.push(`${target.virtualNode}:${target.weight}`);
    out.push(e.responseElements.route.metadata.createdAt.toISOString());
    out.push(e.requestParameters.spec.grpcRoute?.match?.serviceName ?? '');
  } else if (e.eventName === 'CreateVirtualNode' && isSucceededCall(e)) {
    for (const l of e.requestParameters.spec.listeners ?? []) {
      out.push(String(l.portMapping.port), l.tls?.mode ?? '', l.healthCheck?.path ?? '');
      out.push(l.tls?.certificate.acm?.certificateArn ?? '');
    }
    out.push(e.requestParameters.spec.serviceDiscovery?.dns?.hostname ?? '');
    out.push(e.responseElements.virtualNode.status.status);
  } else if (e.eventName === 'UpdateGatewayRoute' && isSucceededCall(e)) {
    out.push(e.requestParameters.spec.httpRoute?.action.target.virtualService.virtualServiceName ?? '');
  } else if (e.eventName === 'StreamAggregatedResources' && !appMeshService.isDeparted(e)) {
    out.push(e.serviceEventDetails.eventStatus, e.serviceEventDetails.nodeArn);
  } else if (isFailedAppMeshCall(e)) {
    out.push(e.errorCode ?? '', String(e.eventName));
  }
  return out;
}
