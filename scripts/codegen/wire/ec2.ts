import type { ServiceConfig } from '../config.js';
import { ec2Query, XML_TIMESTAMP, type Ec2Wire } from '../dialects/ec2Query.js';

// Evidence is named in each reason (file[index] of ../shared/corpus, odd/ for
// ../shared/corpus/odd); test/services/ec2.test.ts checks the corpus facts
// these entries rely on. The dialect (scripts/codegen/dialects/ec2Query.ts)
// states the rules; these are the places where the records overrule them.

const items = (name: string, item: string, reason: string) => ({ name, list: 'items', item, reason }) as const;

/** Where EC2's records depart from the ec2Query dialect's rules. */
export const ec2Wire: Ec2Wire = {
  members: {
    // Request lists named otherwise than `<queryName>Set`, with the member of their one-member items.
    'DescribeInstancesRequest.InstanceIds': items('instancesSet', 'instanceId', 'plaso.json[0], stratus-red-team.json[18], odd/otrf-security-datasets.json[1]'),
    'StartInstancesRequest.InstanceIds': items('instancesSet', 'instanceId', 'aws-docs-2026-mirror.json[20], stratus-red-team.json[19]'),
    'StopInstancesRequest.InstanceIds': items('instancesSet', 'instanceId', 'aws-docs-2026-mirror.json[26], plaso.json[3], stratus-red-team.json[21]'),
    'TerminateInstancesRequest.InstanceIds': items('instancesSet', 'instanceId', 'plaso.json[2]'),
    'DescribeInstanceStatusRequest.InstanceIds': items('instancesSet', 'instanceId', 'odd/otrf-security-datasets.json[33], [51]'),
    'DescribeClassicLinkInstancesRequest.InstanceIds': {
      name: 'instancesSet',
      list: 'item',
      item: 'instanceId',
      reason: '`{"item": [...]}`, not `items`: odd/otrf-security-datasets.json[49], [65], [74]',
    },
    'DescribeSecurityGroupsRequest.GroupNames': items('securityGroupSet', 'groupName', 'panther-analysis.json[37], odd/otrf-security-datasets.json[92] (empty)'),
    'DescribeSecurityGroupsRequest.GroupIds': items('securityGroupIdSet', 'groupId', 'panther-analysis.json[37], odd/otrf-security-datasets.json[92] (empty)'),
    'DescribeVpcsRequest.VpcIds': items('vpcSet', 'vpcId', 'panther-analysis.json[39] (empty)'),
    'DescribeAddressesRequest.PublicIps': items('publicIpsSet', 'publicIp', 'odd/otrf-security-datasets.json[2], [93] (empty)'),
    'DescribeAddressesRequest.AllocationIds': items('allocationIdsSet', 'allocationId', 'odd/otrf-security-datasets.json[2], [93] (empty)'),
    'DescribeVolumesRequest.VolumeIds': items('volumeSet', 'volumeId', 'odd/otrf-security-datasets.json[61], [69]'),
    'DescribeVolumeStatusRequest.VolumeIds': items('volumeSet', 'volumeId', 'odd/otrf-security-datasets.json[62], [70]'),
    'DescribeSnapshotsRequest.SnapshotIds': items('snapshotSet', 'snapshotId', 'odd/otrf-security-datasets.json[13], [95] (empty)'),
    'DescribeSnapshotsRequest.OwnerIds': items('ownersSet', 'owner', 'odd/otrf-security-datasets.json[95]'),
    'DescribeSnapshotsRequest.RestorableByUserIds': items('sharedUsersSet', 'user', 'odd/otrf-security-datasets.json[13] (`{"user": "self"}`)'),
    'DescribeAccountAttributesRequest.AttributeNames': items('accountAttributeNameSet', 'attributeName', 'odd/otrf-security-datasets.json[90], [91]'),
    'DescribeAvailabilityZonesRequest.ZoneNames': items('availabilityZoneSet', 'zoneName', 'odd/otrf-security-datasets.json[24], [82] (empty)'),
    'DescribeAvailabilityZonesRequest.ZoneIds': items('availabilityZoneIdSet', 'zoneId', 'odd/otrf-security-datasets.json[24], [82] (empty)'),
    'DescribeKeyPairsRequest.KeyNames': items('keySet', 'keyName', 'odd/otrf-security-datasets.json[85] (empty)'),
    'DescribePlacementGroupsRequest.GroupNames': items('placementGroupSet', 'groupName', 'odd/otrf-security-datasets.json[89] (empty)'),
    'DescribePlacementGroupsRequest.GroupIds': items('placementGroupIdSet', 'groupId', 'odd/otrf-security-datasets.json[89] (empty)'),
    'InstanceNetworkInterfaceSpecification.Groups': items('groupSet', 'groupId', 'RunInstances networkInterfaceSet items: plaso.json[4], odd/panther-analysis.json[11]'),
    'AuthorizeSecurityGroupIngressRequest.IpPermissions': { name: 'ipPermissions', reason: 'panther-analysis.json[36], stratus-red-team.json[25]' },
    'AuthorizeSecurityGroupEgressRequest.IpPermissions': { name: 'ipPermissions', reason: 'panther-analysis.json[35]' },
    'RunInstancesRequest.Placement': {
      lift: true,
      reason: '`tenancy` and `availabilityZone` beside the other members, no `placement`: cloud-custodian.json[3], [12], [21], plaso.json[4], odd/panther-analysis.json[97]',
    },
    'RunInstancesRequest.BlockDeviceMappings': { name: 'blockDeviceMapping', reason: 'cloud-custodian.json[3], [12], [21], plaso.json[4]' },
    'CreateImageRequest.BlockDeviceMappings': { name: 'blockDeviceMapping', reason: 'odd/panther-analysis.json[10], odd/streamalert.json[20]' },
    'LaunchPermissionModifications.Add': { name: 'add', reason: 'panther-analysis.json[11], stratus-red-team.json[26]' },
    'LaunchPermissionModifications.Remove': { name: 'remove', reason: 'odd/streamalert.json[51]' },
    'CreateVolumePermissionModifications.Add': { name: 'add', reason: 'stratus-red-team.json[27]' },
    'CreateVolumePermissionModifications.Remove': { name: 'remove', reason: 'as `add` (stratus-red-team.json[27]); no record removes' },
    'DeleteFlowLogsRequest.FlowLogIds': { name: 'flowLogId', list: 'array', reason: 'a plain array of ids in the legacy form: odd/streamalert.json[11] (ids elided as "…"); stratus-red-team.json[16] is wrapped' },
    'DeleteFlowLogsResult.Unsuccessful': { list: 'array', reason: '`"unsuccessful": []`, the response of the same record: odd/streamalert.json[11]' },
    'DescribeFlowLogsRequest.FlowLogIds': { name: 'flowLogId', list: 'array', reason: 'a plain array of ids: odd/streamalert.json[12] (ids elided as "…")' },
    'TagSpecification.Tags': { name: 'tags', list: 'array', reason: 'a plain array in tagSpecificationSet items: odd/panther-analysis.json[11] (RunInstances)' },
    'InstanceNetworkInterface.PrivateIpAddresses': {
      list: 'item',
      reason: '`privateIpAddressesSet: {"item": [...]}` in every RunInstances response: cloud-custodian.json[3], [12], plaso.json[4]',
    },
    // Request members named otherwise than their query name.
    'CreateVolumeRequest.AvailabilityZone': { name: 'zone', reason: 'cloud-custodian.json[15]' },
    'Volume.AvailabilityZone': { name: 'zone', reason: 'the CreateVolume response, cloud-custodian.json[15]' },
    'ModifyImageAttributeRequest.Attribute': { name: 'attributeType', reason: 'panther-analysis.json[11], stratus-red-team.json[26]' },
    'ModifySnapshotAttributeRequest.Attribute': { name: 'attributeType', reason: 'stratus-red-team.json[27]' },
    'CreateNetworkAclEntryRequest.Protocol': { name: 'aclProtocol', reason: 'panther-analysis.json[20]' },
    'CreateNetworkAclEntryRequest.IcmpTypeCode': { name: 'icmpTypeCode', reason: 'panther-analysis.json[20]' },
    // Values in other JSON types than the model's.
    'Volume.Size': { as: 'text', reason: '`"size": "100"` in the CreateVolume response, cloud-custodian.json[15]' },
    'BlockDeviceMapping.NoDevice': { as: 'element', reason: '`"noDevice": {}` (an empty XML element), cloud-custodian.json[3], [12], [21]' },
    'ModifyInstanceAttributeRequest.UserData': { hidden: true, reason: '`"<sensitiveDataRemoved>"`, stratus-red-team.json[20], odd/panther-analysis.json[13]' },
  },
  gathered: {
    RunInstancesRequest: {
      name: 'instancesSet',
      shape: 'RunInstancesItem',
      members: ['ImageId', 'MinCount', 'MaxCount', 'KeyName'],
      reason: 'cloud-custodian.json[3], [12], [21], plaso.json[4], odd/panther-analysis.json[11], [97]',
    },
  },
  merged: {
    'RunInstancesRequest.groupSet': {
      shape: 'GroupItem',
      members: { SecurityGroupIds: 'groupId', SecurityGroups: 'groupName' },
      reason: 'cloud-custodian.json[3], [12], [21] (`groupSet: {"items": [{"groupId": …}]}`)',
    },
  },
  wrapped: {
    DeleteTransitGatewayVpcAttachment: { names: ['DelTGwVpcAttachReq'], reason: 'cloud-custodian.json[20], whose request wrapper is `DelTGwVpcAttachReq`' },
    DeleteFlowLogs: { reason: 'stratus-red-team.json[16]' },
    DescribeInstanceTypes: { reason: 'odd/otrf-security-datasets.json[0], [34]' },
    DescribeInstanceCreditSpecifications: { reason: 'odd/otrf-security-datasets.json[7], [75]' },
    DescribeHosts: { reason: 'odd/otrf-security-datasets.json[8], [86]' },
    DescribeLaunchTemplates: { reason: 'odd/otrf-security-datasets.json[11], [81]' },
    DescribeVolumesModifications: { reason: 'odd/otrf-security-datasets.json[30]' },
  },
  wrappedFamilies: {
    TransitGateway: 'DeleteTransitGatewayVpcAttachment, cloud-custodian.json[20]',
    TrafficMirror: 'seven operations in odd/panther-analysis.json[14]–[20]',
  },
};

/** Amazon EC2 (ec2Query): how CloudTrail writes its payloads. */
export const ec2: ServiceConfig = {
  name: 'ec2',
  model: 'models/ec2-2016-11-15.facts.json',
  eventCodec: 'EC2Event',
  prefix: 'ec2',
  callName: 'EC2',
  memberNames: 'as-is',
  // launchTime, attachTime, createTime in the legacy form: cloud-custodian.json[3], [15], plaso.json[4].
  timestamps: 'epoch-millis',
  // keyMaterial (aws-docs-2026-mirror.json[27]) and userData (stratus-red-team.json[20]).
  hidden: '<sensitiveDataRemoved>',
  dialect: ec2Query(ec2Wire),
  serviceEvents: {
    SharedSnapshotVolumeCreated: {
      module: 'serviceEvents',
      codec: 'SharedSnapshotVolumeCreatedEvent',
      reason: 'an AwsServiceEvent with `serviceEventDetails.snapshotId`: plaso.json[1]',
    },
    SharedSnapshotCopyInitiated: {
      module: 'serviceEvents',
      codec: 'SharedSnapshotCopyInitiatedEvent',
      reason: 'an AwsServiceEvent with `serviceEventDetails.snapshotId`: the sample in Stratus Red Team\'s aws.exfiltration.ec2-share-ebs-snapshot page, after the EBS documentation',
    },
    BidEvictedEvent: {
      module: 'serviceEvents',
      codec: 'BidEvictedEvent',
      reason: 'an AwsServiceEvent with `serviceEventDetails.instanceIdSet`: odd/aws-docs-cloudtrail-user-guide-archive.json[4] (a CloudTrail User Guide sample)',
    },
    BidFulfilledEvent: {
      module: 'serviceEvents',
      codec: 'BidFulfilledEvent',
      reason: 'an AwsServiceEvent with `serviceEventDetails.instanceIdSet`: odd/aws-docs-cloudtrail-user-guide-archive.json[3] (a CloudTrail User Guide sample)',
    },
  },
  wire: {
    required: {
      'RunInstancesResult.Instances': 'every RunInstances response: cloud-custodian.json[3], [12], [21], plaso.json[4], odd/panther-analysis.json[11], [97]',
      'InstanceListSet.items': 'a reservation holds at least one instance: every RunInstances response (as above)',
      'Instance.InstanceId': 'every instance of every RunInstances response (as above)',
      'Instance.LaunchTime': 'every instance of every RunInstances response (as above)',
    },
    recordedResponses: {
      RunInstances: 'cloud-custodian.json[3], [12], [21], plaso.json[4], odd/panther-analysis.json[11], [97]; no successful RunInstances without one',
      StartInstances: 'aws-docs-2026-mirror.json[20], aws-docs-cloudtrail-user-guide-archive.json[12], panther-analysis.json[38], stratus-red-team.json[19]',
      StopInstances: 'aws-docs-2026-mirror.json[26], aws-docs-cloudtrail-user-guide-archive.json[17], plaso.json[3], stratus-red-team.json[21]',
      CreateKeyPair: 'aws-docs-2026-mirror.json[27], aws-docs-cloudtrail-user-guide-archive.json[18]',
      CreateSecurityGroup: 'panther-analysis.json[34], plaso.json[5]',
    },
    timestampForms: {
      [XML_TIMESTAMP]: { form: 'iso-zoneless', reason: 'wrapped responses: `"creationTime": "2022-11-09T09:23:12.000Z"`, cloud-custodian.json[20]' },
    },
  },
  apiPages: false,
  // min+gzip of the entry measured at 144,864 bytes (scripts/budgets.ts bundleSize), plus 5%.
  budget: 152_000,
};
