package org.luoshi.web;

import jakarta.servlet.ServletException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(HomeController.class)
@WithMockUser
@Import({ ApiProblemHandlerTests.ProbeApiController.class, ApiProblemHandlerTests.ProbePageController.class })
class ApiProblemHandlerTests {

	@Autowired
	MockMvc mvc;

	@Test
	void listsEveryRejectedFieldOfAnInvalidBody() throws Exception {
		this.mvc
			.perform(post("/api/probe/tasks").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\": \"\", \"year\": 1999}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.title").value("输入不符合要求"))
			.andExpect(jsonPath("$.detail").value("有 2 项输入不符合要求，详见 errors。"))
			.andExpect(jsonPath("$.instance").value("/api/probe/tasks"))
			.andExpect(jsonPath("$.errors", hasSize(2)))
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("title", "year")))
			.andExpect(jsonPath("$.errors[?(@.field == 'year')].rejectedValue").value(1999))
			.andExpect(jsonPath("$.errors[*].message", everyItem(notNullValue())));
	}

	@Test
	void neverEchoesARejectedPassword() throws Exception {
		this.mvc
			.perform(post("/api/probe/accounts").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"\", \"newPassword\": \"secret\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("name", "newPassword")))
			.andExpect(jsonPath("$.errors[?(@.field == 'name')].rejectedValue").value(""))
			.andExpect(content().string(not(containsString("secret"))));
	}

	@Test
	void speaksEnglishToAnEnglishReader() throws Exception {
		this.mvc
			.perform(post("/api/probe/tasks").with(csrf())
				.param("lang", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\": \"\", \"year\": 2012}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Invalid input"))
			.andExpect(jsonPath("$.errors[0].field").value("title"))
			.andExpect(jsonPath("$.errors[0].message").value("must not be blank"));
	}

	@Test
	void answersAnUnknownApiPathWith404() throws Exception {
		this.mvc.perform(get("/api/no-such-thing"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.title").value("未找到"))
			.andExpect(jsonPath("$.instance").value("/api/no-such-thing"));
	}

	@Test
	void answersAWrongMethodWith405AndTheAllowedOnes() throws Exception {
		this.mvc.perform(delete("/api/probe/tasks").with(csrf()))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string("Allow", containsString("POST")))
			.andExpect(jsonPath("$.title").value("不支持的请求方法"));
	}

	@Test
	void answersAConcurrentChangeWith409() throws Exception {
		this.mvc.perform(get("/api/probe/stale"))
			.andExpect(status().isConflict())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("冲突"));
	}

	@Test
	void hidesTheCauseOfAnUnexpectedFailure() throws Exception {
		this.mvc.perform(get("/api/probe/failure"))
			.andExpect(status().isInternalServerError())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("服务器内部错误"))
			.andExpect(content().string(not(containsString("secret"))))
			.andExpect(content().string(not(containsString("IllegalStateException"))))
			.andExpect(content().string(not(containsString("trace"))));
	}

	@Test
	void leavesPageRequestsToTheErrorPage() throws Exception {
		this.mvc.perform(get("/probe/stale")).andExpect(status().isConflict()).andExpect(content().string(""));
		this.mvc.perform(get("/no-such-page")).andExpect(status().isNotFound()).andExpect(content().string(""));
	}

	@Test
	void letsAnUnexpectedPageFailureReachTheContainer() {
		// the container logs it and forwards to the 500 error page
		assertThatThrownBy(() -> this.mvc.perform(get("/probe/failure"))).isInstanceOf(ServletException.class)
			.hasRootCauseInstanceOf(IllegalStateException.class);
	}

	/** An input with the constraints a real form would carry. */
	record TaskForm(@NotBlank String title, @Min(2011) int year) {
	}

	/** An input with a password in it. */
	record AccountForm(@NotBlank String name, @Size(min = 8) String newPassword) {
	}

	@RestController
	static class ProbeApiController {

		@PostMapping("/api/probe/accounts")
		AccountForm create(@Valid @RequestBody AccountForm form) {
			return form;
		}

		@PostMapping("/api/probe/tasks")
		TaskForm create(@Valid @RequestBody TaskForm form) {
			return form;
		}

		@GetMapping("/api/probe/stale")
		void stale() {
			throw new OptimisticLockingFailureException("task 1.2.3 changed meanwhile");
		}

		@GetMapping("/api/probe/failure")
		void failure() {
			throw new IllegalStateException("secret connection string");
		}

	}

	@Controller
	static class ProbePageController {

		@GetMapping("/probe/stale")
		String stale() {
			throw new OptimisticLockingFailureException("task 1.2.3 changed meanwhile");
		}

		@GetMapping("/probe/failure")
		String failure() {
			throw new IllegalStateException("bug");
		}

	}

}
