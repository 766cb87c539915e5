/**
 * Stage 4 of the flow: turns matches into explainable scores, per category and per role (or against
 * a job posting); every point traces to a term, its evidence and its weight.
 */
package dev.keyfit.score;
