import { z } from 'zod';

/** A rotated secret may keep working for up to seven days, so deployments can switch over. */
export const MAX_GRACE_PERIOD_SECONDS = 7 * 24 * 3600;

export const gracePeriodInput = z
  .number()
  .int()
  .min(0, 'gracePeriodSeconds must not be negative')
  .max(MAX_GRACE_PERIOD_SECONDS, `gracePeriodSeconds must be at most ${MAX_GRACE_PERIOD_SECONDS} (7 days)`)
  .nullish()
  .transform((seconds) => seconds ?? 0);

/** When the replaced secret stops working: the end of the grace period, or null for at once. */
export function gracePeriodEnd(gracePeriodSeconds: number): Date | null {
  return gracePeriodSeconds > 0 ? new Date(Date.now() + gracePeriodSeconds * 1000) : null;
}
