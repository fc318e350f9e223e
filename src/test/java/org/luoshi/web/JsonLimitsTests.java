package org.luoshi.web;

import org.junit.jupiter.api.Test;
import org.luoshi.security.SecurityFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A JSON body nested deeper than 64 levels is refused with 400 before anything reads it;
 * one nested a little is read as usual.
 */
@SpringBootTest
@AutoConfigureMockMvc
class JsonLimitsTests {

	@Autowired
	MockMvc mvc;

	private static String nested(int depth) {
		return "{\"year\": 2011, \"value\": \"1\", \"extra\": " + "[".repeat(depth) + "]".repeat(depth) + "}";
	}

	@Test
	void aBodyNestedTooDeepIsABadRequest() throws Exception {
		this.mvc
			.perform(post("/api/indicators/1/values").with(SecurityFixtures.signedInAs(SecurityFixtures.office()))
				.contentType(MediaType.APPLICATION_JSON)
				.content(nested(200)))
			.andExpect(status().isBadRequest());
		// shallow nesting reaches the service, which finds no such indicator
		this.mvc
			.perform(post("/api/indicators/1/values").with(SecurityFixtures.signedInAs(SecurityFixtures.office()))
				.contentType(MediaType.APPLICATION_JSON)
				.content(nested(10)))
			.andExpect(status().isNotFound());
	}

}
