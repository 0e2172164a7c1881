// Imported first by wxt.config.ts and vitest.config.ts, so every build, dev server and test run
// sees the registries as the files say (scripts/registries.mjs) before any rule module is loaded.
import { ROOT, writeRegistries } from './registries.mjs';

writeRegistries(ROOT);
