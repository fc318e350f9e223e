package org.luoshi.evaluation.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.luoshi.evaluation.AssessmentYear;
import org.luoshi.evaluation.EvaluationFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the assessment's page and API tests share: the seeded 2011 of
 * {@link AssessmentYear} before each test, and nothing of it left after.
 */
abstract class AssessedYearWebTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	AssessmentYear year;

	@BeforeEach
	void seed() {
		this.year = AssessmentYear.seeded(this.context);
	}

	@AfterEach
	void leaveNoTrace() {
		if (this.year != null) {
			this.year.leaveNoTrace();
		}
		else {
			EvaluationFixtures.clearAssessments(this.jdbc);
		}
	}

}
