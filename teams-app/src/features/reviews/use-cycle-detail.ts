import type { OpenCycleResult, ReviewCycle, UpdateCycle } from '@northstar/shared';
import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { useResource } from '../../app/use-resource';
import { useWriteOutcome } from './use-write-outcome';

const STALE =
  'Someone changed this cycle while you had it open. We loaded the latest version; please check it and try again.';

/** Who opening a cycle skipped, and why. */
export type Skipped = OpenCycleResult['skipped'];

/** Loads a cycle and opens, closes or edits it with If-Match; a 412 loads it again. */
export function useCycleDetail(cycleId: string) {
  const { api } = useApp();
  const resource = useResource(() => api.getCycle(cycleId), [api, cycleId]);
  const [skipped, setSkipped] = useState<Skipped>([]);
  const { notice, fieldErrors, busy, run: runWrite } = useWriteOutcome(STALE, resource.reload);
  const run = (call: () => Promise<{ cycle: ReviewCycle; text: string }>) =>
    runWrite(call, ({ cycle, text }) => {
      resource.setData(() => cycle);
      return text;
    });

  const open = (cycle: ReviewCycle) =>
    void run(async () => {
      const result = await api.openCycle(cycle.id, cycle.etag);
      setSkipped(result.skipped);
      return { cycle: result.cycle, text: openedText(result) };
    });
  const close = (cycle: ReviewCycle) =>
    void run(async () => ({
      cycle: await api.closeCycle(cycle.id, cycle.etag),
      text: `Closed ${cycle.name}. Its reviews can no longer change.`,
    }));
  const save = (cycle: ReviewCycle, patch: UpdateCycle) =>
    void run(async () => ({
      cycle: await api.updateCycle(cycle.id, patch, cycle.etag),
      text: 'Cycle saved.',
    }));
  return { resource, notice, skipped, fieldErrors, busy, open, close, save };
}

function openedText(result: OpenCycleResult): string {
  const created = result.created === 1 ? '1 review' : `${String(result.created)} reviews`;
  const skipped = result.skipped.length;
  const people = skipped === 1 ? '1 person' : `${String(skipped)} people`;
  return skipped === 0
    ? `Opened ${result.cycle.name}: ${created} created.`
    : `Opened ${result.cycle.name}: ${created} created, ${people} skipped (listed below).`;
}
