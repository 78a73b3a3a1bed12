// An access key's label (what will use the key) is optional and at most 100 characters after trimming.
import { z } from 'zod';

export const ACCESS_KEY_LABEL_MAX_CHARS = 100;

export const ZAccessKeyLabel = z.object({ label: z.string().trim().max(ACCESS_KEY_LABEL_MAX_CHARS).optional() });
