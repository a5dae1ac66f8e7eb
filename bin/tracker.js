#!/usr/bin/env node
// Entry point for `npx tracker`: the CLI is TypeScript, run through tsx so
// there is no build step between a clone and a working command.
import { register } from 'tsx/esm/api';

// `tracker stats | head`: a reader that closed the pipe wants no more output, not a stack trace.
// Later writes are dropped and the verb finishes its work (an ingest still stores its run).
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err.code !== 'EPIPE' && err.code !== 'ERR_STREAM_DESTROYED') throw err;
    stream.write = () => true;
  });
}

register();
// `npx tracker stats | head` closes the pipe early: that is the reader saying "enough", not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}
const { main } = await import('../ingest/cli.ts');
process.exitCode = await main(process.argv.slice(2));
