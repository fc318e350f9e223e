package org.luoshi.web;

import tools.jackson.core.StreamReadConstraints;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JSON from clients may nest at most {@link #MAX_NESTING} levels (Jackson allows 500 by
 * default): nothing the API reads nests deeper than a few levels, and a deeply nested
 * body costs the parser time and stack for nothing. Jackson's builder takes its read
 * constraints from the defaults when Spring Boot creates it, after the customizers; this
 * customizer sets those defaults as it is created.
 */
@Configuration(proxyBeanMethods = false)
class JsonLimits {

	static final int MAX_NESTING = 64;

	@Bean
	JsonMapperBuilderCustomizer nestingLimit() {
		StreamReadConstraints
			.overrideDefaultStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build());
		return (builder) -> {
		};
	}

}
