/**
 * Stage 3 of the flow: finds dictionary terms in an annotated resume in one pass over its tokens (a
 * token trie, longest match wins, context guards for ambiguous words) and keeps the evidence of
 * every match.
 */
package dev.keyfit.match;
