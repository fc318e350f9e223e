package org.luoshi.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The title page of the API description served at {@code /v3/api-docs} and in Swagger UI;
 * which paths it covers is set by {@code springdoc.paths-to-match}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI luoshiOpenApi(@Value("${luoshi.version:dev}") String version) {
		return new OpenAPI().info(new Info().title("Luoshi API")
			.description("Plans, tasks, responsible organisations, indicators and progress reports "
					+ "of a development plan divided by an official division notice (分工通知).")
			.version(version));
	}

}
