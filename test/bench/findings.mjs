// What profiling found, for docs/benchmarks.md: written by hand, kept beside
// the bench so a re-run keeps it. The tables around it are measured each run.
export const WHERE_THE_TIME_GOES = `(to be written)`;
export const WHAT_IS_LEFT = `(to be written)`;
