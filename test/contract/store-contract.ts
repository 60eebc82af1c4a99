import type { Stores } from '../../functions/src/ports/stores.js';
import { describeCheckInContract } from './check-in-contract.js';
import { describeGoalQueryContract } from './goal-query-contract.js';
import { describeGoalWriteContract } from './goal-write-contract.js';
import { describeSettingsContract } from './settings-contract.js';
import { describeTenantIsolationContract } from './tenant-isolation-contract.js';

/** An opened store and how to let go of it (close it; the data may stay for a re-open). */
export interface OpenedStores {
  stores: Stores;
  cleanup(): Promise<void>;
}

/** What each part of the contract gets: the store every test shares, and a way to open another. */
export interface ContractContext {
  stores(): Stores;
  open(): Promise<OpenedStores>;
}

/**
 * The behaviour every `Stores` adapter must have. `open` must give a store over the SAME data each
 * time it is called (that is how survival across a re-open is checked). Tests share one opened
 * store and keep apart by using a fresh tenant each.
 */
export function describeStoreContract(name: string, open: () => Promise<OpenedStores>): void {
  describe(`${name} store contract`, () => {
    let opened: OpenedStores | undefined;
    beforeAll(async () => {
      opened = await open();
    });
    afterAll(async () => {
      await opened?.cleanup();
    });
    const context: ContractContext = {
      stores: () => {
        if (opened === undefined) throw new Error('The store is not open.');
        return opened.stores;
      },
      open,
    };

    describeGoalWriteContract(context);
    describeGoalQueryContract(context);
    describeCheckInContract(context);
    describeSettingsContract(context);
    describeTenantIsolationContract(context);
  });
}
