package org.luoshi.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Only the application's own scripts run: every page says so in its
 * Content-Security-Policy, with a nonce per answer that only our inline scripts carry; no
 * template has an inline event handler or a {@code javascript:} link, which the policy
 * would stop; and the matrix's tooltip, which ECharts shows as HTML, escapes the names
 * and titles it puts together.
 */
@DemoApplicationTest
class ContentSecurityPolicyTests {

	private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]+)';");

	private static final Pattern SCRIPT = Pattern.compile("<script([^>]*)>");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	@WithUserDetails("office")
	void givesOnlyOurInlineScriptsThisAnswersNonce() throws Exception {
		long plan = this.jdbc.sql("select min(id) from plan").query(Long.class).single();
		String first = null;
		for (String page : List.of("/plans/" + plan + "/matrix", "/", "/login")) {
			MvcResult result = this.mvc.perform(get(page)).andExpect(status().isOk()).andReturn();
			String policy = result.getResponse().getHeader("Content-Security-Policy");
			assertThat(policy).as(page).contains("default-src 'self'", "object-src 'none'", "base-uri 'self'");
			Matcher nonce = NONCE.matcher(policy);
			assertThat(nonce.find()).as(policy).isTrue();
			assertThat(nonce.group(1)).isNotEqualTo(first);
			first = nonce.group(1);
			Matcher script = SCRIPT.matcher(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
			while (script.find()) {
				String attributes = script.group(1);
				if (!attributes.contains("src=")) {
					assertThat(attributes).as(page).contains("nonce=\"" + nonce.group(1) + "\"");
				}
			}
		}
	}

	@Test
	@WithUserDetails("office")
	void escapesTheNamesAndTitlesInTheMatrixTooltip() throws Exception {
		long plan = this.jdbc.sql("select min(id) from plan").query(Long.class).single();
		String page = this.mvc.perform(get("/plans/" + plan + "/matrix"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String formatter = page.substring(page.indexOf("formatter: function (p)"));
		formatter = formatter.substring(0, formatter.indexOf('}'));
		assertThat(formatter).contains("escape(chart.organisations[", "escape(chart.chapters[",
				"escape(element.dataset.tasks)");
		assertThat(page).contains("const escape = echarts.format.encodeHTML;");
	}

	@Test
	void noTemplateHasAnInlineEventHandlerOrAJavascriptLink() throws IOException {
		Pattern handler = Pattern.compile("\\s(th:)?on[a-z]+\\s*=|javascript:", Pattern.CASE_INSENSITIVE);
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter((p) -> p.toString().endsWith(".html")).toList()) {
				assertThat(handler.matcher(Files.readString(template)).find()).as(template.toString()).isFalse();
			}
		}
	}

	@Test
	void keepsTheApiDescriptionFromStrangers() throws Exception {
		this.mvc.perform(get("/v3/api-docs")).andExpect(status().isFound());
		this.mvc.perform(get("/swagger-ui.html")).andExpect(status().isFound());
	}

}
