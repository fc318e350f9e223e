/**
 * The public portal (公开): what the planning office published, for anybody without signing
 * in — the published annual reports to read and download, the binding indicators with
 * their charts, the city view of decomposed ones and each part's progress, and the
 * published figures as open data (CSV and JSON with a documented schema). Everything is
 * served from the published snapshots; no draft and no figure a report did not publish
 * reaches it.
 * <p>
 * It depends on {@code evaluation} for the published reports and their figures
 * ({@link org.luoshi.evaluation.PublishedReports}), the only thing it shows, and on the
 * shared {@code common} for pages of results.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal",
		allowedDependencies = { "evaluation", "common" })
package org.luoshi.portal;
