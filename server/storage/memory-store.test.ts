import { createMemoryStore } from './memory-store.ts';
import { describeSessionStoreContract } from './session-store-contract.ts';

describeSessionStoreContract('memory', async () => ({ store: createMemoryStore() }));
