package org.luoshi.portal.web;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;

import org.luoshi.evaluation.PublishedReports;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * How fresh the portal's pages are: they change only when the office publishes, so each
 * carries an ETag and Last-Modified from the last publication (and the reader's language)
 * and may be cached for five minutes; a reader who has the page gets 304.
 */
@Component
class Freshness {

	static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

	private final PublishedReports published;

	Freshness(PublishedReports published) {
		this.published = published;
	}

	/**
	 * Sets the validators and caching on the response.
	 * @return true when the reader's copy is still good (the 304 is written)
	 */
	boolean notModified(ServletWebRequest request, String page, Locale locale) {
		OffsetDateTime last = this.published.lastPublished().orElse(null);
		long millis = (last != null) ? last.toInstant().toEpochMilli() : 0;
		String tag = "\"" + page + "-" + this.published.reports(0, 1).total() + "-" + millis + "-"
				+ locale.toLanguageTag() + "\"";
		if (request.getResponse() != null) {
			request.getResponse().setHeader(HttpHeaders.CACHE_CONTROL, CACHE.getHeaderValue());
			request.getResponse().setHeader(HttpHeaders.VARY, "Accept-Language, Cookie");
		}
		return (millis > 0) ? request.checkNotModified(tag, millis) : request.checkNotModified(tag);
	}

}
