/**
 * Stage 3b of the flow: reads an annotated job posting and its dictionary matches as a {@link
 * dev.keyfit.posting.JobPosting}: its title, the terms it asks for weighted by how much it stresses
 * them, and the terms it asks for that the dictionary does not know.
 */
package dev.keyfit.posting;
