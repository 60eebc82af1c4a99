import type { CheckIn, CreateCheckIn, GoalView } from '@northstar/shared';
import type { ApiClient } from '../../api/api-client';
import { ApiError } from '../../api/api-error';

/**
 * Sends one submission of the check-in dialog under one idempotency key. When the network fails
 * (no answer at all), the check-in may still have been recorded, so it is sent once more with
 * the same key: the server then records it at most once and answers as the first time.
 */
export async function sendCheckIn(
  api: Pick<ApiClient, 'checkIn'>,
  goalId: string,
  body: CreateCheckIn,
  idempotencyKey: string = crypto.randomUUID(),
): Promise<{ checkIn: CheckIn; goal: GoalView }> {
  try {
    return await api.checkIn(goalId, body, idempotencyKey);
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 0) throw error;
    return api.checkIn(goalId, body, idempotencyKey);
  }
}
