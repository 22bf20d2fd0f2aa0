// Type-level tests for App Mesh events. Nothing here runs: `tsc --noEmit -p .`
// checks it, and every `@ts-expect-error` must sit on a real error.
import {
  isFailedAppMeshCall,
  isSucceededCall,
  appMeshService,
  type AppMeshDeparted,
  type AppMeshEvent,
  type AppMeshFailedCall,
  type AppMeshSucceededCall,
  type AppMeshUnknownOperationEvent,
  type CreateRouteEvent,
  type CreateRouteFailed,
  type CreateRouteSucceeded,
  type CreateRouteSucceededJson,
  type CreateVirtualNodeFailed,
  type DeleteMeshEvent,
  type DescribeVirtualNodeOutput,
  type DescribeVirtualNodeSucceeded,
  type Listener,
  type ListMeshesInput,
  type ListMeshesSucceeded,
  type MeshData,
  type StreamAggregatedResourcesEvent,
  type StreamAggregatedResourcesEventJson,
  type TagResourceFailed,
  type TagResourceSucceeded,
  type Unrecognized,
  type UntagResourceSucceeded,
  type WeightedTarget,
} from '../../src/services/appmesh/index.js';
import type { DeepPartial } from '../../src/service-kit/index.js';

/** True when A and B are the same type (not merely mutually assignable). */
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;

/** Compiles only when its type argument is `true`. */
function expectType<T extends true>(_ok: T): void {}

// ---------------------------------------------------------------------------
// eventName plus isSucceededCall: the request and response are fully typed

export function createdRouteTargets(e: AppMeshEvent): WeightedTarget[] | undefined {
  if (e.eventName === 'CreateRoute' && isSucceededCall(e)) {
    expectType<Equals<typeof e, CreateRouteSucceeded>>(true);
    const targets = e.requestParameters.spec.httpRoute?.action.weightedTargets;
    expectType<Equals<typeof targets, WeightedTarget[] | undefined>>(true);
    expectType<Equals<typeof e.responseElements.route.metadata.createdAt, Date>>(true);
    expectType<Equals<typeof e.responseElements.route.metadata.version, number>>(true);
    // Targets of a TCP route are the same shape.
    expectType<Equals<NonNullable<typeof e.requestParameters.spec.tcpRoute>['action']['weightedTargets'], WeightedTarget[]>>(true);
    return targets;
  }
  return undefined;
}

export function routeNeedsNarrowing(e: AppMeshEvent): unknown {
  if (e.eventName === 'CreateRoute') {
    // The departed variant stays until a guard removes it.
    expectType<Equals<typeof e, CreateRouteEvent | AppMeshDeparted>>(true);
    expectType<Equals<CreateRouteEvent, CreateRouteSucceeded | CreateRouteFailed>>(true);
    // A failed call has no response to read: the union does not offer it.
    // @ts-expect-error responseElements may be null (failed call)
    return e.responseElements.route;
  }
  return undefined;
}

export function routeResponseOfFailedCall(e: CreateRouteFailed): null | undefined {
  expectType<Equals<typeof e.responseElements, null | undefined>>(true);
  // @ts-expect-error a failed call's response is null, never a route
  void e.responseElements.route;
  return e.responseElements;
}

// Read-only and tagging calls: the response may be null.
expectType<Equals<DescribeVirtualNodeSucceeded['responseElements'], DescribeVirtualNodeOutput | null | undefined>>(true);
expectType<Equals<TagResourceSucceeded['responseElements'], null | undefined>>(true);
export function listedMeshes(e: ListMeshesSucceeded): number {
  // @ts-expect-error responseElements of a read may be null
  void e.responseElements.meshes;
  expectType<Equals<typeof e.requestParameters, ListMeshesInput | null | undefined>>(true);
  expectType<Equals<NonNullable<typeof e.requestParameters>['limit'], number | undefined>>(true);
  return e.responseElements?.meshes.length ?? 0;
}

// isSucceededCall alone narrows to the union of successful calls.
export function anySucceeded(e: AppMeshEvent): void {
  if (isSucceededCall(e)) {
    expectType<Equals<typeof e, AppMeshSucceededCall>>(true);
    // Every successful call has typed payloads, but which depends on eventName.
    // @ts-expect-error not every operation returns a route
    void e.responseElements.route;
  }
}

// A successful TagResource/UntagResource record (responseElements null,
// errorCode `?: never`) has the shape of its Failed type; the guard must still
// keep it out of the true branch and in the false one.
export function failedNarrowing(e: AppMeshEvent): string {
  if (isFailedAppMeshCall(e)) {
    expectType<Equals<typeof e, AppMeshFailedCall>>(true);
    return 'failed';
  }
  // A successful TagResource record reaches this line at run time.
  if (e.eventName === 'TagResource') return 'tagged';
  return 'other';
}
// A success must not be a structural subtype of the failure, or guards narrow wrongly.
const tagSuccessIsNotFailed: TagResourceSucceeded extends TagResourceFailed ? true : false = false;
void tagSuccessIsNotFailed;
const untagSuccessIsNotFailed: UntagResourceSucceeded extends TagResourceFailed ? true : false = false;
void untagSuccessIsNotFailed;

export function deletedMeshStatus(e: DeleteMeshEvent): MeshData['status']['status'] | undefined {
  return isSucceededCall(e) ? e.responseElements.mesh.status.status : undefined;
}

// ---------------------------------------------------------------------------
// isFailedAppMeshCall: the request is deep-partial

export function failedNodeListeners(e: AppMeshEvent): number | undefined {
  if (e.eventName === 'CreateVirtualNode' && isFailedAppMeshCall(e)) {
    expectType<Equals<typeof e, CreateVirtualNodeFailed>>(true);
    expectType<Equals<typeof e.errorCode, string | undefined>>(true);
    const listeners = e.requestParameters?.spec?.listeners;
    expectType<Equals<typeof listeners, DeepPartial<Listener>[] | undefined>>(true);
    // Required members of the model are optional at every depth here.
    const port = listeners?.[0]?.portMapping?.port;
    expectType<Equals<typeof port, number | undefined>>(true);
    const nothing: NonNullable<typeof listeners>[number] = {};
    void nothing;
    // @ts-expect-error the request of a failed call may be null or absent
    void e.requestParameters.spec;
    // @ts-expect-error spec may be missing from a refused request
    void e.requestParameters?.spec.listeners;
    return port;
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// switch on eventName

export function describe(e: AppMeshEvent): string {
  // A record whose payload departs from the model keeps its eventName, so
  // the event name alone leaves the departed variant in; it must be handled.
  if (appMeshService.isDeparted(e)) {
    expectType<Equals<typeof e, AppMeshDeparted>>(true);
    return `departed: ${appMeshService.departuresOf(e).length} issues`;
  }
  switch (e.eventName) {
    case 'CreateRoute':
      expectType<Equals<typeof e, CreateRouteEvent>>(true);
      return `route ${e.requestParameters?.routeName ?? '?'}`;
    case 'DeleteMesh':
      expectType<Equals<typeof e, DeleteMeshEvent>>(true);
      return 'mesh deleted';
    case 'StreamAggregatedResources':
      expectType<Equals<typeof e, StreamAggregatedResourcesEvent>>(true);
      return e.serviceEventDetails.eventStatus;
    case 'CreateGatewayRoute':
    case 'CreateMesh':
    case 'CreateVirtualGateway':
    case 'CreateVirtualNode':
    case 'CreateVirtualRouter':
    case 'CreateVirtualService':
    case 'DeleteGatewayRoute':
    case 'DeleteRoute':
    case 'DeleteVirtualGateway':
    case 'DeleteVirtualNode':
    case 'DeleteVirtualRouter':
    case 'DeleteVirtualService':
    case 'DescribeGatewayRoute':
    case 'DescribeMesh':
    case 'DescribeRoute':
    case 'DescribeVirtualGateway':
    case 'DescribeVirtualNode':
    case 'DescribeVirtualRouter':
    case 'DescribeVirtualService':
    case 'ListGatewayRoutes':
    case 'ListMeshes':
    case 'ListRoutes':
    case 'ListTagsForResource':
    case 'ListVirtualGateways':
    case 'ListVirtualNodes':
    case 'ListVirtualRouters':
    case 'ListVirtualServices':
    case 'TagResource':
    case 'UntagResource':
    case 'UpdateGatewayRoute':
    case 'UpdateMesh':
    case 'UpdateRoute':
    case 'UpdateVirtualGateway':
    case 'UpdateVirtualNode':
    case 'UpdateVirtualRouter':
    case 'UpdateVirtualService':
      return e.eventName;
    default: {
      // Only an operation added after this release is left.
      expectType<Equals<typeof e, AppMeshUnknownOperationEvent>>(true);
      expectType<Equals<typeof e.eventName, Unrecognized<'AppMeshEventName'>>>(true);
      // @ts-expect-error an Unrecognized name is not a string; compare through String()
      const direct: string = e.eventName;
      void direct;
      return String(e.eventName) === 'PutMeshPolicy' ? 'mesh policy' : `new: ${String(e.eventName)}`;
    }
  }
}

// ---------------------------------------------------------------------------
// StreamAggregatedResources

const established: StreamAggregatedResourcesEvent['serviceEventDetails']['eventStatus'] = 'ConnectionEstablished';
void established;
// Values AWS adds later fit too, without hiding the known ones.
const later: StreamAggregatedResourcesEvent['serviceEventDetails']['eventStatus'] = 'ConnectionThrottled';
void later;
expectType<
  Equals<
    Extract<StreamAggregatedResourcesEvent['serviceEventDetails']['eventStatus'], 'ConnectionEstablished'>,
    'ConnectionEstablished'
  >
>(true);
expectType<Equals<StreamAggregatedResourcesEvent['serviceEventDetails']['failureReason'], string | undefined>>(true);
expectType<Equals<StreamAggregatedResourcesEvent['eventName'], 'StreamAggregatedResources'>>(true);
// @ts-expect-error eventStatus is a string, not a number
const wrongStatus: StreamAggregatedResourcesEvent['serviceEventDetails']['eventStatus'] = 3;
void wrongStatus;
expectType<Equals<StreamAggregatedResourcesEventJson['eventTime'], string>>(true);

// ---------------------------------------------------------------------------
// Wire forms: timestamps are Java text

expectType<Equals<CreateRouteSucceededJson['responseElements']['route']['metadata']['createdAt'], string>>(true);
expectType<Equals<CreateRouteSucceeded['responseElements']['route']['metadata']['createdAt'], Date>>(true);
