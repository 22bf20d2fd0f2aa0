// A typical consumer of the IAM module (164 operations): decode, narrow by
// eventName first, then by outcome, and read nested request and response
// fields. Type-checking this file is what the IAM type-cost budget measures.
import { IAMEvent, isFailedIAMCall, isSucceededIAMCall, type IAMEvent as Event } from 'cloudtrail-codecs/iam';

export function describe(json: unknown): string[] {
  const out: string[] = [];
  const r = IAMEvent.decode(json);
  if (r._tag === 'Left') return out;
  const e: Event = r.right;
  if (e.eventName === 'CreateAccessKey' && isSucceededIAMCall(e)) {
    out.push(e.responseElements.accessKey.accessKeyId, e.responseElements.accessKey.status);
    out.push(e.responseElements.accessKey.createDate?.toISOString() ?? '');
  } else if (e.eventName === 'CreateUser' && isSucceededIAMCall(e)) {
    out.push(e.requestParameters.userName, e.responseElements.user.arn);
    for (const tag of e.requestParameters.tags ?? []) out.push(`${tag.key}=${tag.value}`);
    out.push(e.responseElements.user.createDate.toISOString());
  } else if (e.eventName === 'PutRolePolicy' && isSucceededIAMCall(e)) {
    out.push(e.requestParameters.roleName, e.requestParameters.policyDocument);
  } else if (e.eventName === 'AttachRolePolicy' && isSucceededIAMCall(e)) {
    out.push(e.requestParameters.policyArn);
  } else if (e.eventName === 'UpdateAssumeRolePolicy' && isFailedIAMCall(e)) {
    out.push(e.errorCode ?? e.errorMessage ?? '', e.requestParameters?.roleName ?? '');
  } else if (e.eventName === 'CreateRole' && isSucceededIAMCall(e)) {
    out.push(e.responseElements?.role.roleLastUsed?.lastUsedDate?.toISOString() ?? '');
    out.push(e.requestParameters.permissionsBoundary ?? '');
  }
  return out;
}
