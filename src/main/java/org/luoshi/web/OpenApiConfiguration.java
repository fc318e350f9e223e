package org.luoshi.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.luoshi.common.Vocabulary;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The title page of the API description served at {@code /v3/api-docs} and in Swagger UI,
 * with HTTP Basic as the way to sign in; which paths it covers is set by
 * {@code springdoc.paths-to-match}.
 */
@Vocabulary("the API description names the office's own terms beside the English")
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	private static final String BASIC = "basic";

	@Bean
	OpenAPI luoshiOpenApi(@Value("${luoshi.version:dev}") String version) {
		return new OpenAPI()
			.info(new Info().title("Luoshi API")
				.description("Plans, tasks, responsible organisations, indicators and progress reports "
						+ "of a development plan divided by an official division notice (分工通知). "
						+ "Every request signs in with HTTP Basic, with the same user name and password as the pages.")
				.version(version))
			.components(new Components().addSecuritySchemes(BASIC,
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
			.addSecurityItem(new SecurityRequirement().addList(BASIC));
	}

}
