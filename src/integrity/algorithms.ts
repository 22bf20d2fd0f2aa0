import { openEnum, type OpenEnum, type OpenEnumC } from '../core/openEnum.js';

/**
 * The signature algorithm a digest names in `digestSignatureAlgorithm` (and
 * its S3 metadata in `signature-algorithm`). CloudTrail uses one,
 * `SHA256withRSA`: RSASSA-PKCS1-v1_5 over SHA-256. Other values decode, and
 * verification reports them as unsupported.
 *
 * @example
 * import type { DigestSignatureAlgorithm } from 'cloudtrail-codecs/integrity';
 * const algorithm: DigestSignatureAlgorithm = 'SHA256withRSA';
 */
export type DigestSignatureAlgorithm = OpenEnum<'SHA256withRSA'>;

/**
 * The codec of {@link DigestSignatureAlgorithm}.
 *
 * @example
 * import { DigestSignatureAlgorithm, type DigestSignatureAlgorithmC } from 'cloudtrail-codecs/integrity';
 * const codec: DigestSignatureAlgorithmC = DigestSignatureAlgorithm;
 * codec.known; // ['SHA256withRSA']
 */
export interface DigestSignatureAlgorithmC extends OpenEnumC<'SHA256withRSA'> {}

/**
 * Codec of {@link DigestSignatureAlgorithm}: any string decodes.
 *
 * @example
 * import { DigestSignatureAlgorithm } from 'cloudtrail-codecs/integrity';
 * DigestSignatureAlgorithm.isKnown('SHA256withRSA'); // true
 * DigestSignatureAlgorithm.isKnown('SHA512withRSA'); // false
 */
export const DigestSignatureAlgorithm: DigestSignatureAlgorithmC = openEnum('DigestSignatureAlgorithm', ['SHA256withRSA']);

/**
 * The hash algorithm of a log file entry (`hashAlgorithm`) and of the link
 * to the previous digest (`previousDigestHashAlgorithm`). CloudTrail uses
 * `SHA-256`; other values decode, and verification reports them as
 * unsupported.
 *
 * @example
 * import type { DigestHashAlgorithm } from 'cloudtrail-codecs/integrity';
 * const algorithm: DigestHashAlgorithm = 'SHA-256';
 */
export type DigestHashAlgorithm = OpenEnum<'SHA-256'>;

/**
 * The codec of {@link DigestHashAlgorithm}.
 *
 * @example
 * import { DigestHashAlgorithm, type DigestHashAlgorithmC } from 'cloudtrail-codecs/integrity';
 * const codec: DigestHashAlgorithmC = DigestHashAlgorithm;
 * codec.known; // ['SHA-256']
 */
export interface DigestHashAlgorithmC extends OpenEnumC<'SHA-256'> {}

/**
 * Codec of {@link DigestHashAlgorithm}: any string decodes.
 *
 * @example
 * import { DigestHashAlgorithm } from 'cloudtrail-codecs/integrity';
 * DigestHashAlgorithm.decode('SHA-512')._tag; // 'Right'
 * DigestHashAlgorithm.isKnown('SHA-512'); // false
 */
export const DigestHashAlgorithm: DigestHashAlgorithmC = openEnum('DigestHashAlgorithm', ['SHA-256']);
