package org.luoshi.plan.internal;

import org.junit.jupiter.api.Test;
import org.luoshi.notice.NoticeFixtures;
import org.luoshi.security.SecurityFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code GET /api/imports/{id}}: a pending import is the office's alone to read (the
 * service refuses anybody else), and reading it again and again does not read the stored
 * file again.
 */
@SpringBootTest(properties = "luoshi.demo.enabled=true")
@AutoConfigureMockMvc
class ImportReadTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ParsedNotices parsed;

	@Autowired
	JdbcClient jdbc;

	@Test
	void onlyTheOfficeReadsADraftAndItIsReadOnce() throws Exception {
		this.mvc
			.perform(multipart("/api/imports")
				.file(new MockMultipartFile("file", "seed.txt", "text/plain", NoticeFixtures.seedBytes()))
				.with(SecurityFixtures.signedInAs(SecurityFixtures.office())))
			.andExpect(status().isCreated());
		long id = this.jdbc.sql("select max(id) from notice_import").query(Long.class).single();
		long before = this.parsed.reads();
		for (int i = 0; i < 3; i++) {
			this.mvc.perform(get("/api/imports/{id}", id).with(SecurityFixtures.signedInAs(SecurityFixtures.office())))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.importId").value(id));
		}
		assertThat(this.parsed.reads()).as("the stored file is not read again").isEqualTo(before);

		long nongwei = this.jdbc.sql("select id from organisation where name = '省农委'").query(Long.class).single();
		this.mvc
			.perform(get("/api/imports/{id}", id)
				.with(SecurityFixtures.signedInAs(SecurityFixtures.reporterOf(nongwei))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/imports/{id}", id).with(SecurityFixtures.signedInAs(SecurityFixtures.leader())))
			.andExpect(status().isForbidden());
	}

}
