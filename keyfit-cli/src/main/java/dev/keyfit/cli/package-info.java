/**
 * The command line: thin picocli commands over the {@link dev.keyfit.Keyfit} facade, with the exit
 * codes of DESIGN.md and one-line errors.
 */
package dev.keyfit.cli;
