package org.luoshi.reporting;

import java.time.OffsetDateTime;

/** A file attached to a report, without its content. */
public record AttachmentInfo(long id, Long taskId, String fileName, String mediaType, long size, String sha256,
		String uploadedBy, OffsetDateTime uploadedAt) {

}
