/**
 * Stage 5 of the flow: turns an assessment into advice: the missing terms ranked by what they would
 * add, statements to write for them, and ATS checks with a one-line fix each.
 */
package dev.keyfit.advise;
