package org.luoshi.web;

import jakarta.servlet.MultipartConfigElement;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The one upload limit, {@code luoshi.upload.max-size} (20 MB, as much as the importer
 * reads): the servlet container refuses a larger file while it arrives, before anything
 * reads it whole — 413 with a problem on the API, the error page naming the limit on
 * pages — and the import page states the same figure. The whole request may carry 1 MB of
 * form fields beside the file.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimit {

	@Bean
	MultipartConfigElement multipartConfigElement(@Value("${luoshi.upload.max-size:20MB}") DataSize limit) {
		MultipartConfigFactory factory = new MultipartConfigFactory();
		factory.setMaxFileSize(limit);
		factory.setMaxRequestSize(DataSize.ofBytes(limit.toBytes() + DataSize.ofMegabytes(1).toBytes()));
		factory.setFileSizeThreshold(DataSize.ofKilobytes(512));
		return factory.createMultipartConfig();
	}

}
