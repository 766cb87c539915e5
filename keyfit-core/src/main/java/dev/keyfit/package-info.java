/**
 * keyfit: an offline, deterministic resume keyword analyzer for Project Manager and Technical
 * Project Manager roles. {@link dev.keyfit.Keyfit} is the entry point; the stages live in {@code
 * extract → nlp → match → score → advise → report}.
 */
package dev.keyfit;
