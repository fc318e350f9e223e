package org.luoshi.notice.internal.read;

import java.util.List;

/**
 * The lines of a text file and the character encoding they were decoded with.
 *
 * @param lines the lines, without line terminators
 * @param encoding the charset name: UTF-8, GB18030, UTF-16LE or UTF-16BE
 */
record DecodedText(List<String> lines, String encoding) {
}
