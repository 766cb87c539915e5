/**
 * The command line's file and terminal output: atomic writes that never replace a special file
 * ({@link dev.keyfit.cli.io.OutputFiles}) and the batch table on a terminal.
 */
package dev.keyfit.cli.io;
