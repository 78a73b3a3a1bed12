// A model card holds at most 50 tags (SageMaker's limit), each a key of 1–128 and a value of 0–256 letters, digits, spaces and _ . : / = + - @; keys are unique per card.
import 'server-only';
import { z } from 'zod';

export const MAX_TAGS_PER_CARD = 50;
const TAG_TEXT = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
const TAG_TEXT_MESSAGE = 'may hold only letters, digits, spaces and _ . : / = + - @';

export const ZTagKey = z.string().min(1).max(128).regex(TAG_TEXT, TAG_TEXT_MESSAGE);
export const ZTag = z.object({ key: ZTagKey, value: z.string().max(256).regex(TAG_TEXT, TAG_TEXT_MESSAGE) });

export type CardTagDto = { key: string; value: string };
