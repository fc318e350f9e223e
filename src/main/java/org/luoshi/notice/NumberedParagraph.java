package org.luoshi.notice;

/**
 * A numbered paragraph outside the task list: a division principle or a work requirement.
 *
 * @param number 1-based position as numbered in the notice
 * @param title the heading sentence, without its number and final full stop
 * @param text what follows the heading sentence
 * @param line 1-based source line
 */
public record NumberedParagraph(int number, String title, String text, int line) {
}
