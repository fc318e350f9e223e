package org.luoshi.notice;

/**
 * A paragraph without a responsibility clause, kept with the chapter or section it stands
 * in.
 */
public record NoteDraft(String text, int line) {
}
