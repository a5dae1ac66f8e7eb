/**
 * Exit codes a scheduler can act on (README, "Exit codes"). A source that
 * fails alone must not turn every scheduled run red, and a run where nothing
 * could be reached must not look like success: so "partial" has a code of
 * its own, which a systemd unit can list in SuccessExitStatus.
 */
export const EXIT = {
  /** Every source answered: new articles stored, or confirmed there were none ("nothing to do"). */
  ok: 0,
  /** Every source failed, or the command could not run (lock held, database error, build failed). */
  failed: 1,
  /** Bad arguments or settings. */
  usage: 2,
  /** Some sources failed; the others stored or confirmed what they had. For `build`: built, but --after-build failed. */
  partial: 3,
} as const;

/** For a run over `sources` sources (or files) of which `errors` failed. */
export function runExitCode(sources: number, errors: number): number {
  if (errors === 0) return EXIT.ok;
  return errors >= sources ? EXIT.failed : EXIT.partial;
}
