package org.luoshi.organisation.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.luoshi.organisation.OrganisationDirectory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The organisation picker's answers on the demo directory: what acts today and contains
 * the text typed, a dozen at most, named for the form's field; what was checked stays
 * checked; nothing excepted is offered.
 */
@SpringBootTest(properties = "luoshi.demo.enabled=true")
@AutoConfigureMockMvc
class OrganisationPickerTests {

	private static final Pattern INPUT = Pattern
		.compile("<input type=\"(radio|checkbox)\" name=\"(\\w+)\" value=\"(\\d+)\"([^>]*)>");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	JdbcClient jdbc;

	@Test
	void offersAsRadioButtonsTheOrganisationsWhoseNameContainsTheText() throws Exception {
		String answer = choices(get("/organisations/choices").param("q", "农委").param("field", "organisationId"));

		assertThat(answer).contains("省农委");
		assertThat(inputs(answer)).isNotEmpty()
			.allMatch((input) -> input.startsWith("radio organisationId "))
			.anyMatch((input) -> input.startsWith("radio organisationId " + id("省农委")));
		assertThat(answer).doesNotContain("长春市政府");
	}

	@Test
	void offersADozenAtMostAndSaysThatMoreMatch() throws Exception {
		String answer = choices(get("/organisations/choices").param("q", "省").param("field", "organisationId"));

		assertThat(inputs(answer)).hasSize(PickerRequest.OFFERED);
		assertThat(answer).contains("名称含“省”的单位不止这些");
	}

	@Test
	void keepsWhatWasCheckedAboveTheNewAnswersAndOffersNothingExcepted() throws Exception {
		long changchun = id("长春市政府");
		long agriculture = id("省农委");
		String answer = choices(get("/organisations/choices").param("q", "农委")
			.param("field", "predecessorIds")
			.param("multiple", "true")
			.param("predecessorIds", String.valueOf(changchun))
			.param("except", String.valueOf(agriculture)));

		assertThat(inputs(answer)).first().isEqualTo("checkbox predecessorIds " + changchun + " checked");
		assertThat(inputs(answer)).noneMatch((input) -> input.contains(" " + agriculture));
	}

	@Test
	void checksTheOnlyAnswerAndExplainsWhenThereIsNone() throws Exception {
		long agriculture = id("省农委");
		assertThat(inputs(choices(get("/organisations/choices").param("q", "吉林省农业委员会")
			.param("field", "organisationId")
			.param("required", "true")))).containsExactly("radio organisationId " + agriculture + " checked required");
		assertThat(choices(get("/organisations/choices").param("q", "并无此名").param("field", "organisationId")))
			.contains("没有名称含“并无此名”的现行单位");
		assertThat(choices(get("/organisations/choices").param("field", "organisationId"))).contains("输入单位名称中的几个字");
	}

	@Test
	void offersRegionsByPartOfTheirNamesEachAfterItsProvinceOrCity() throws Exception {
		String answer = choices(get("/regions/choices").param("q", "长春").param("field", "regionId"));

		assertThat(answer).contains("吉林省 长春市");
		assertThat(inputs(answer)).isNotEmpty().allMatch((input) -> input.startsWith("radio regionId "));
		assertThat(choices(get("/regions/choices").param("q", "并无此地").param("field", "regionId"))).contains("并无此地");
		String directory = this.mvc.perform(as("office", get("/organisations")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(directory).contains("/regions/choices?field=regionId").doesNotContain("长春市</option>");
	}

	@Test
	void refusesAFieldNameThatIsNotOneAndTooManyExceptions() throws Exception {
		this.mvc.perform(as("nongwei", get("/organisations/choices").param("q", "农").param("field", "x\" onclick=\"")))
			.andExpect(status().isBadRequest());
		MockHttpServletRequestBuilder many = get("/organisations/choices").param("q", "农")
			.param("field", "organisationId");
		for (int i = 0; i <= PickerRequest.MOST_IDS; i++) {
			many.param("except", String.valueOf(i));
		}
		this.mvc.perform(as("nongwei", many)).andExpect(status().isBadRequest());
		this.mvc
			.perform(as("nongwei",
					get("/organisations/choices").param("field", "organisationId").param("organisationId", "abc")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void thePagesThatChooseAnOrganisationOfferAPickerNotTheWholeDirectory() throws Exception {
		long agriculture = id("省农委");
		String organisation = this.mvc.perform(as("office", get("/organisations/{id}", agriculture)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(organisation)
			.contains("id=\"merge-others\"", "id=\"merge-successor\"",
					"/organisations/choices?field=predecessorIds&amp;multiple=true&amp;required=false&amp;except="
							+ agriculture)
			.doesNotContain("长春市政府");
		String users = this.mvc.perform(as("office", get("/admin/users")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(users).contains("id=\"organisationId\"", "/organisations/choices?field=organisationId")
			.doesNotContain("<option value=\"" + agriculture + "\"");
		long task = this.jdbc.sql("select min(task_id) from assignment where organisation_id = :id")
			.param("id", agriculture)
			.query(Long.class)
			.single();
		String taskPage = this.mvc.perform(as("office", get("/tasks/{id}", task)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(taskPage)
			.contains("id=\"add-organisation\"",
					"/organisations/choices?field=organisationId&amp;multiple=false&amp;required=true&amp;except=")
			.containsPattern("except=[0-9&;amp=except]*\\b" + agriculture + "\\b");
	}

	private String choices(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(as("nongwei", request))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	// each offered input as "type field id [checked] [required]"
	private static java.util.List<String> inputs(String html) {
		java.util.List<String> found = new java.util.ArrayList<>();
		Matcher matcher = INPUT.matcher(html);
		while (matcher.find()) {
			String flags = matcher.group(4);
			found.add((matcher.group(1) + " " + matcher.group(2) + " " + matcher.group(3)
					+ (flags.contains("checked") ? " checked" : "") + (flags.contains("required") ? " required" : ""))
				.strip());
		}
		return found;
	}

	private long id(String name) {
		return this.directory.resolve(name).orElseThrow().id();
	}

	private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
		return request.with(user(this.accounts.loadUserByUsername(username)));
	}

}
