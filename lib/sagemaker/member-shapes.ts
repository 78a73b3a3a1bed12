// Request members that several SageMaker operations share (names, tags, timestamps, paging), with AWS's patterns and limits; the card and registry operations both build on them.
import 'server-only';
import { z } from 'zod';
import { CARD_NAME_MAX_CHARS, CARD_NAME_PATTERN } from '../schemas/card-name';
import { fromEpochSeconds, MAX_NEXT_TOKEN_CHARS } from './protocol';

/**
 * The model documents no default page size for most lists; 10 is what SageMaker documents for its other List operations
 * (27 of the 31 MaxResults defaults stated in service-2.json).
 */
export const DEFAULT_MAX_RESULTS = 10;

/*
 * Patterns are AWS's, anchored: the service matches a whole value, and a name that only contains a valid name
 * would break the ARNs built from it. Unknown members are dropped rather than refused, so a newer SDK that sends
 * a field this server does not know yet still works.
 */
export const KMS_KEY_ID = /^[a-zA-Z0-9:/_-]*$/;
export const S3_URI = /^(https|s3):\/\/([^/]+)\/?(.*)$/;
const TAG_TEXT = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
const RESOURCE_ARN = /^arn:aws[a-z-]*:sagemaker:[a-z0-9-]*:[0-9]{12}:.+$/;

export const ZEntityName = z
  .string()
  .min(1, { abort: true })
  .max(CARD_NAME_MAX_CHARS, { abort: true })
  .regex(CARD_NAME_PATTERN, 'must be 1-63 letters, digits and hyphens, starting and ending with a letter or digit');
/** Smithy's Integer is 32-bit. */
export const ZInteger = z.int32();
export const ZNextToken = z.string().max(MAX_NEXT_TOKEN_CHARS);
export const ZMaxResults = z.int().min(1).max(100).default(DEFAULT_MAX_RESULTS);
export const ZSortOrderValue = z.enum(['Ascending', 'Descending']);
export const ZResourceArn = z.string().max(256).regex(RESOURCE_ARN, 'must be a SageMaker ARN (arn:aws:sagemaker:<region>:<account>:<resource>)');
export const ZS3Uri = z.string().max(1024).regex(S3_URI, 'must be an s3:// or https:// URI');
export const ZKmsKeyId = z.string().max(2048).regex(KMS_KEY_ID, 'may hold only letters, digits and : / _ -');

/** AWS JSON sends timestamps as epoch seconds; an ISO-8601 string, as someone writing the JSON by hand might send, is read too. */
export const ZTimestamp = z.union([z.number(), z.string()]).transform((value, context) => {
  const date = fromEpochSeconds(value);
  if (date === null) {
    context.addIssue({ code: 'custom', message: 'must be epoch seconds or an ISO-8601 date-time with a time zone' });
    return z.NEVER;
  }
  return date;
});

export const ZTag = z.object({
  Key: z.string().min(1).max(128).regex(TAG_TEXT, 'may hold only letters, digits, spaces and _ . : / = + - @'),
  Value: z.string().max(256).regex(TAG_TEXT, 'may hold only letters, digits, spaces and _ . : / = + - @'),
});
export const ZTagList = z.array(ZTag).max(50);
