// Package corpus holds no code of kh: its test runs the bad-input corpus of
// testdata/bad through the real command layer (internal/cli, in-process) and
// checks that every hostile or broken input ends in its expected exit code
// and diagnostics, never in a panic, a hang, a file written outside the
// output folder or a changed source. testdata/bad/README.md describes the
// case format.
package corpus
