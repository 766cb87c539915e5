/**
 * The dictionaries: PM and TPM terms, role profiles and word lists, loaded from the YAML data under
 * {@code keywords/} (built into the jar; a directory given with {@code --keywords} adds to and
 * overrides it) and validated. Pure data: matching lives in {@code dev.keyfit.match}.
 */
package dev.keyfit.keywords;
