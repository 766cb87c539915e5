/**
 * Stage 2 of the flow: annotates extracted text with OpenNLP (sentences, tokens, part-of-speech
 * tags, lemmas) and finds the resume's sections, giving an {@link dev.keyfit.nlp.AnnotatedResume}.
 */
package dev.keyfit.nlp;
