export { createApp, type AppOptions } from './app.js';
export { openDatabase, type Database, type DatabaseOptions, type StorageKind } from './db/database.js';
export { DataFolderLockedError } from './db/data-folder-lock.js';
export { migrate } from './db/migrate.js';
export { createApiToken } from './http/auth.js';
export { seedDataset, tenantExists, type Dataset } from './seed.js';
export { startServer, type RunningServer } from './server.js';
export { demoDataset } from './demo/index.js';
