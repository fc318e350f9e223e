package org.luoshi.plan.web;

import org.luoshi.plan.PlanOverview;
import org.luoshi.plan.PlanRegister;
import org.luoshi.plan.TaskFilter;
import org.luoshi.plan.TaskSummary;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What the editing page tests need: requests from a demo user with the CSRF token of a
 * page, and the county plan, imported through the pages the first time it is asked for.
 */
@TestComponent
class RegisterEditing {

	private final MockMvc mvc;

	private final UserDetailsService accounts;

	private final PlanRegister register;

	RegisterEditing(MockMvc mvc, UserDetailsService accounts, PlanRegister register) {
		this.mvc = mvc;
		this.accounts = accounts;
		this.register = register;
	}

	<B extends AbstractMockHttpServletRequestBuilder<B>> B asOffice(B request) {
		return as("office", request);
	}

	<B extends AbstractMockHttpServletRequestBuilder<B>> B as(String username, B request) {
		return request.with(user(this.accounts.loadUserByUsername(username))).with(csrf());
	}

	synchronized long countyPlanId() throws Exception {
		for (PlanOverview plan : this.register.plans()) {
			if (plan.title().equals(PlanPageFixtures.COUNTY_PLAN)) {
				return plan.id();
			}
		}
		String draft = this.mvc.perform(asOffice(multipart("/imports").file(PlanPageFixtures.countyNotice())))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String plan = this.mvc.perform(asOffice(post(draft + "/confirm"))).andReturn().getResponse().getRedirectedUrl();
		return Long.parseLong(plan.substring(plan.lastIndexOf('/') + 1));
	}

	/** The county plan's task whose words begin so. */
	TaskSummary countyTask(String words) throws Exception {
		return this.register.tasks(countyPlanId(), new TaskFilter(words, null, null, null), 0, 10).items().get(0);
	}

	long version(long taskId) {
		return this.register.task(taskId).version();
	}

}
