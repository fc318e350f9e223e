package org.luoshi.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The language switch: simplified Chinese unless the reader picks English with
 * {@code ?lang=en}; the choice is kept in a cookie for a year. API clients, which keep no
 * cookie, may also ask with {@code Accept-Language: en}; pages ignore that header, as an
 * office PC's browser may say English while its user reads Chinese.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

	static final String COOKIE = "luoshi-lang";

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
		resolver.setDefaultLocaleFunction((request) -> {
			boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
			boolean english = request.getHeader("Accept-Language") != null
					&& Locale.ENGLISH.getLanguage().equals(request.getLocale().getLanguage());
			return (api && english) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
		});
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		// a stale or mistyped link must not turn into an error page
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

}
