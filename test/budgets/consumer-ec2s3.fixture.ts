// A consumer of the two largest modules, EC2 (627 operations) and S3: decode,
// narrow by eventName first, then by outcome, and read nested response and
// data-event fields. Type-checking this file is what their type-cost budget
// measures.
import { EC2Event, isFailedEC2Call, isSucceededEC2Call } from 'cloudtrail-codecs/ec2';
import { S3CloudTrailEvent, isSucceededS3Call } from 'cloudtrail-codecs/s3';

export function launches(json: unknown): string[] {
  const out: string[] = [];
  const r = EC2Event.decode(json);
  if (r._tag === 'Left') return out;
  const e = r.right;
  if (e.eventName === 'RunInstances' && isSucceededEC2Call(e)) {
    for (const instance of e.responseElements.instancesSet.items) {
      out.push(instance.instanceId, instance.launchTime.toISOString(), instance.instanceType ?? '');
      for (const group of instance.groupSet?.items ?? []) out.push(group.groupId ?? '');
    }
  } else if (e.eventName === 'AuthorizeSecurityGroupIngress' && isSucceededEC2Call(e)) {
    out.push(e.requestParameters?.groupId ?? '');
  } else if (e.eventName === 'StopInstances' && isFailedEC2Call(e)) {
    out.push(e.errorCode ?? e.errorMessage ?? '');
  }
  return out;
}

export function uploads(json: unknown): string[] {
  const out: string[] = [];
  const r = S3CloudTrailEvent.decode(json);
  if (r._tag === 'Left') return out;
  const e = r.right;
  if (e.eventName === 'PutObject' && isSucceededS3Call(e)) {
    out.push(e.requestParameters.bucketName, e.requestParameters.key);
    out.push(String(e.additionalEventData?.bytesTransferredIn ?? 0));
  } else if (e.eventName === 'GetObject' && isSucceededS3Call(e)) {
    out.push(e.requestParameters.bucketName, String(e.additionalEventData?.bytesTransferredOut ?? 0));
  }
  return out;
}
