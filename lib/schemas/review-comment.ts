// A lifecycle comment is at most 4,000 characters after trimming; a request for changes must say what needs to change, other decisions may leave it out.
import { z } from 'zod';

export const REVIEW_COMMENT_MAX_CHARS = 4000;

export const ZOptionalReviewComment = z.object({ comment: z.string().trim().max(REVIEW_COMMENT_MAX_CHARS).optional() });

export const ZRequiredReviewComment = z.object({
  comment: z.string({ error: 'write what needs to change' }).trim().min(1, 'write what needs to change').max(REVIEW_COMMENT_MAX_CHARS),
});
