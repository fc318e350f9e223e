package org.luoshi.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The home page when no {@link org.luoshi.plan.PlanCatalogue} bean exists at all. */
@WebMvcTest(HomeController.class)
@WithMockUser
class HomeControllerWithoutPlanStoreTests {

	@Autowired
	MockMvc mvc;

	@Test
	void showsTheEmptyStateInsteadOfFailing() throws Exception {
		this.mvc.perform(get("/").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No plan imported yet")));
	}

}
