/**
 * Readers that turn the bytes of a division notice into
 * {@link org.luoshi.notice.NoticeText}: format detection from magic numbers, strict text
 * decoding (UTF-8, GB18030, UTF-16), Word body extraction with automatic numbering
 * rendered, and PDF text with paragraphs rebuilt from line geometry. Plain Java, no
 * Spring; {@link org.luoshi.notice.NoticeReader} is the entry point.
 */
package org.luoshi.notice.internal.read;
