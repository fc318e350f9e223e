package org.luoshi.plan.internal;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How a revised notice's tasks are matched to the register's, without a database. */
class RevisionDifferTests {

	private static RevisionDiffer.Item stored(long id, String code, String text, String assignments) {
		return new RevisionDiffer.Item(id, code, text, text, assignments, assignments);
	}

	private static RevisionDiffer.Item revised(String code, String text, String assignments) {
		return new RevisionDiffer.Item(null, code, text, text, assignments, assignments);
	}

	@Test
	void aTaskWhoseNumberMovedKeepsItsIdentityByItsWords() {
		List<RevisionDiffer.Item> before = List.of(stored(1, "1.0.1", "甲", "5:lead"),
				stored(2, "1.0.2", "乙", "6:lead"));
		List<RevisionDiffer.Item> after = List.of(revised("1.0.1", "新", "7:lead"), revised("1.0.2", "甲", "5:lead"),
				revised("1.0.3", "乙", "6:lead"));
		RevisionDiffer.Match match = RevisionDiffer.match(before, after);
		assertThat(match.continues()).containsExactly(null, 1L, 2L);
		assertThat(match.diff().added()).extracting(c -> c.code()).containsExactly("1.0.1");
		assertThat(match.diff().unchanged()).isEqualTo(2);
		assertThat(match.removed()).isEmpty();
	}

	@Test
	void newWordsInTheSamePlaceAreAChangeNotAnAdditionAndARemoval() {
		RevisionDiffer.Match match = RevisionDiffer.match(List.of(stored(1, "2.1.2", "新增耕地275万亩", "5:lead")),
				List.of(revised("2.1.2", "新增耕地300万亩", "5:lead")));
		assertThat(match.continues()).containsExactly(1L);
		assertThat(match.diff().changed()).extracting(c -> c.before() + "→" + c.after())
			.containsExactly("新增耕地275万亩→新增耕地300万亩");
		assertThat(match.diff().added()).isEmpty();
		assertThat(match.diff().removed()).isEmpty();
	}

	@Test
	void anotherLeadIsAReassignment() {
		RevisionDiffer.Match match = RevisionDiffer.match(List.of(stored(1, "2.4.1", "甲", "5:lead")),
				List.of(revised("2.4.1", "甲", "5:lead,8:responsible")));
		assertThat(match.diff().reassigned()).hasSize(1);
		assertThat(match.diff().changed()).isEmpty();
		assertThat(match.diff().unchanged()).isZero();
	}

	@Test
	void tasksNoLongerInTheNoticeAreRemovedAndIdenticalTextsPairInOrder() {
		List<RevisionDiffer.Item> before = new ArrayList<>(List.of(stored(1, "1.0.1", "同", "5:lead"),
				stored(2, "1.0.2", "同", "6:lead"), stored(3, "1.0.3", "去", "7:lead")));
		RevisionDiffer.Match match = RevisionDiffer.match(before,
				List.of(revised("1.0.1", "同", "5:lead"), revised("1.0.2", "同", "6:lead")));
		assertThat(match.continues()).containsExactly(1L, 2L);
		assertThat(match.removed()).extracting(RevisionDiffer.Item::id).containsExactly(3L);
		assertThat(match.diff().isEmpty()).isFalse();
	}

}
