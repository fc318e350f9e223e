package org.luoshi.web;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The error page as the servlet container shows it after a failed page request: inside
 * the layout, with a text for each status, never Spring Boot's white-label page.
 */
@WebMvcTest(HomeController.class)
@WithMockUser
class ErrorPageTests {

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@CsvSource({ "403, 无权访问, Access denied", "404, 页面不存在, Page not found", "409, 内容已被他人修改, Changed by someone else",
			"500, 系统出错, Something went wrong", "418, 请求未能完成, The request could not be completed" })
	void showsTheStatusInTheLayoutInBothLanguages(int status, String chinese, String english) throws Exception {
		this.mvc.perform(errorDispatch(status))
			.andExpect(status().is(status))
			.andExpect(content().string(containsString("落实 Luoshi")))
			.andExpect(content().string(containsString("错误代码 " + status)))
			.andExpect(content().string(containsString(chinese)))
			.andExpect(content().string(not(containsString("Whitelabel"))));
		this.mvc.perform(errorDispatch(status).param("lang", "en"))
			.andExpect(content().string(containsString("Error " + status)))
			.andExpect(content().string(containsString(english)));
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder errorDispatch(
			int status) {
		return get("/error").accept(MediaType.TEXT_HTML)
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/somewhere");
	}

}
