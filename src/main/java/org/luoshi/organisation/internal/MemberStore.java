package org.luoshi.organisation.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The members of collective names, in the order the office lists them. */
@Repository
public class MemberStore {

	private final JdbcClient jdbc;

	public MemberStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Appends a member; one that is already there keeps its place. */
	public void add(long collectiveId, long memberId) {
		if (membersOf(collectiveId).contains(memberId)) {
			return;
		}
		this.jdbc
			.sql("""
					insert into organisation_member (collective_id, member_id, position)
					values (:collective, :member,
					        (select coalesce(max(position), 0) + 1 from organisation_member where collective_id = :collective))""")
			.param("collective", collectiveId)
			.param("member", memberId)
			.update();
	}

	public List<Long> membersOf(long collectiveId) {
		return this.jdbc.sql("select member_id from organisation_member where collective_id = :id order by position")
			.param("id", collectiveId)
			.query(Long.class)
			.list();
	}

	public List<Long> collectivesOf(long memberId) {
		return this.jdbc
			.sql("select collective_id from organisation_member where member_id = :id order by collective_id")
			.param("id", memberId)
			.query(Long.class)
			.list();
	}

	/**
	 * Puts the successor in the predecessor's place in one collective, or drops the
	 * predecessor where the successor is a member already or is the collective itself.
	 */
	public void replace(long collectiveId, long predecessorId, long successorId) {
		int moved = (collectiveId == successorId) ? 0
				: this.jdbc.sql("""
						update organisation_member set member_id = :successor
						where collective_id = :collective and member_id = :predecessor
						and not exists (select 1 from organisation_member
						                where collective_id = :collective and member_id = :successor)""")
					.param("collective", collectiveId)
					.param("predecessor", predecessorId)
					.param("successor", successorId)
					.update();
		if (moved == 0) {
			this.jdbc
				.sql("delete from organisation_member where collective_id = :collective and member_id = :predecessor")
				.param("collective", collectiveId)
				.param("predecessor", predecessorId)
				.update();
		}
	}

}
