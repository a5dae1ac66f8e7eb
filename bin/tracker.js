#!/usr/bin/env node
// Entry point for `npx tracker`: the CLI is TypeScript, run through tsx so
// there is no build step between a clone and a working command.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../ingest/cli.ts');
process.exitCode = await main(process.argv.slice(2));
