package org.luoshi.security.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.luoshi.organisation.OrganisationDirectory;
import org.luoshi.security.Role;
import org.luoshi.security.UserPage;
import org.luoshi.security.Users;
import org.luoshi.security.WithActor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The URL rules on their own: the user administration behind them is a stand-in that
 * refuses nobody, so a role is refused here by the rules alone, never by the service's
 * own check.
 */
@WebMvcTest({ UserAdminController.class, UserApiController.class })
@Import(WebSecurityRules.class)
class WebSecurityRulesTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Users users;

	@MockitoBean
	OrganisationDirectory organisations;

	@Test
	@WithActor(Role.OFFICE)
	void letsTheOfficeIntoTheUserAdministration() throws Exception {
		given(this.users.page(any(), anyInt(), anyInt())).willReturn(new UserPage(List.of(), 0, 50, 0));

		this.mvc.perform(get("/admin/users")).andExpect(status().isOk());
		this.mvc.perform(get("/api/users")).andExpect(status().isOk());
	}

	@Test
	@WithActor(Role.LEADER)
	void keepsEveryOtherRoleOutOfTheUserPages() throws Exception {
		this.mvc.perform(get("/admin/users")).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/users/1/disable").with(csrf())).andExpect(status().isForbidden());
		verifyNoInteractions(this.users);
	}

	@Test
	@WithActor(Role.APPROVER)
	void keepsEveryOtherRoleOutOfTheUserApi() throws Exception {
		this.mvc.perform(get("/api/users")).andExpect(status().isForbidden());
		this.mvc.perform(post("/api/users/1/disable")).andExpect(status().isForbidden());
		verifyNoInteractions(this.users);
	}

	@Test
	@WithActor(Role.LEADER)
	void letsALeaderReadButNeverChangeThroughTheApi() throws Exception {
		this.mvc.perform(post("/api/anything").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isForbidden());
	}

}
