package org.luoshi.reporting;

/** An attachment with its content, for download. */
public record AttachmentFile(AttachmentInfo info, byte[] content) {

}
