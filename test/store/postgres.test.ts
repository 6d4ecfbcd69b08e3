import { afterAll } from 'vitest';
import { openPostgresStore } from '../../src/store/postgres/index.js';
import { storeContract } from './contract.js';
import { dropSchemas, freshSchema, pgAvailable, pgUrl } from './pg-available.js';

const available = await pgAvailable();
const prefix = freshSchema('contract');
let n = 0;
afterAll(async () => {
  if (available) await dropSchemas(prefix);
});

storeContract('postgres', () => openPostgresStore(pgUrl(`${prefix}_${n++}`)), !available);
