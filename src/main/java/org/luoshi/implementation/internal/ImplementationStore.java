package org.luoshi.implementation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.luoshi.implementation.Due;
import org.luoshi.implementation.ImplementationState;
import org.luoshi.implementation.MeasureView;
import org.luoshi.implementation.MilestoneView;
import org.luoshi.implementation.VersionInfo;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Implementation plans, their versions, measures and milestones. Every write first moves
 * the plan to its next version on the condition that it is still at the version the
 * writer read, so that of two writers on one version exactly one gets through.
 */
@Repository
public class ImplementationStore {

	/** The plan's header: whose it is and its write count. */
	public record Header(long id, long planId, long organisationId, int version) {
	}

	/** A measure to keep, with its milestones. */
	public record NewMeasure(long taskId, String text, String part, String division, String contact, Integer sourceLine,
			List<NewMilestone> milestones) {
	}

	/** A milestone to keep. */
	public record NewMilestone(String deliverable, Due due, String recognition) {
	}

	private final JdbcClient jdbc;

	private final ZoneId zone;

	ImplementationStore(JdbcClient jdbc, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.zone = clock.getZone();
	}

	public Optional<Header> header(long planId, long organisationId) {
		return this.jdbc
			.sql("select id, plan_id, organisation_id, version from implementation_plan"
					+ " where plan_id = :plan and organisation_id = :organisation")
			.param("plan", planId)
			.param("organisation", organisationId)
			.query((rs, i) -> new Header(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4)))
			.optional();
	}

	public Header create(long planId, long organisationId, String actor, OffsetDateTime at) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into implementation_plan (plan_id, organisation_id, created_by, created_at)
				values (:plan, :organisation, :actor, :at)
				""")
			.param("plan", planId)
			.param("organisation", organisationId)
			.param("actor", actor)
			.param("at", at)
			.update(key, "id");
		return new Header(key.getKeyAs(Number.class).longValue(), planId, organisationId, 0);
	}

	/**
	 * Moves the plan to its next version if it is still at the one expected.
	 * @return whether it was
	 */
	public boolean claim(long id, int expectedVersion) {
		return this.jdbc.sql("update implementation_plan set version = version + 1 where id = :id and version = :v")
			.param("id", id)
			.param("v", expectedVersion)
			.update() == 1;
	}

	public List<VersionInfo> versions(long headerId) {
		return this.jdbc.sql("""
				select id, number, state, reason, drafted_by, drafted_at, approved_by, approved_at, filed_by, filed_at
				from implementation_version where implementation_plan_id = :plan order by number desc
				""").param("plan", headerId).query(this::version).list();
	}

	public long addVersion(long headerId, int number, String reason, String actor, OffsetDateTime at) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc
			.sql("""
					insert into implementation_version (implementation_plan_id, number, state, reason, drafted_by, drafted_at)
					values (:plan, :number, :state, :reason, :actor, :at)
					""")
			.param("plan", headerId)
			.param("number", number)
			.param("state", ImplementationState.DRAFT.code())
			.param("reason", reason)
			.param("actor", actor)
			.param("at", at)
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	public void approved(long versionId, String actor, OffsetDateTime at) {
		this.jdbc
			.sql("update implementation_version set state = :state, approved_by = :actor, approved_at = :at"
					+ " where id = :id")
			.param("state", ImplementationState.APPROVED.code())
			.param("actor", actor)
			.param("at", at)
			.param("id", versionId)
			.update();
	}

	public void reopened(long versionId) {
		this.jdbc
			.sql("update implementation_version set state = :state, approved_by = null, approved_at = null"
					+ " where id = :id")
			.param("state", ImplementationState.DRAFT.code())
			.param("id", versionId)
			.update();
	}

	/** Files the version and supersedes the one filed before it. */
	public void filed(long headerId, long versionId, String actor, OffsetDateTime at) {
		this.jdbc
			.sql("update implementation_version set state = :superseded"
					+ " where implementation_plan_id = :plan and state = :filed")
			.param("superseded", ImplementationState.SUPERSEDED.code())
			.param("plan", headerId)
			.param("filed", ImplementationState.FILED.code())
			.update();
		this.jdbc
			.sql("update implementation_version set state = :state, filed_by = :actor, filed_at = :at"
					+ " where id = :id")
			.param("state", ImplementationState.FILED.code())
			.param("actor", actor)
			.param("at", at)
			.param("id", versionId)
			.update();
	}

	public long addMeasure(long versionId, int position, NewMeasure measure) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc
			.sql("""
					insert into implementation_measure (version_id, task_id, position, text, part, division, contact, source_line)
					values (:version, :task, :position, :text, :part, :division, :contact, :line)
					""")
			.param("version", versionId)
			.param("task", measure.taskId())
			.param("position", position)
			.param("text", measure.text())
			.param("part", measure.part())
			.param("division", measure.division())
			.param("contact", measure.contact())
			.param("line", measure.sourceLine())
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		int n = 0;
		for (NewMilestone m : measure.milestones()) {
			this.jdbc
				.sql("""
						insert into implementation_milestone (measure_id, position, deliverable, due_precision, due_by, recognition)
						values (:measure, :position, :deliverable, :precision, :by, :recognition)
						""")
				.param("measure", id)
				.param("position", ++n)
				.param("deliverable", m.deliverable())
				.param("precision", m.due().precision().code())
				.param("by", m.due().by())
				.param("recognition", m.recognition())
				.update();
		}
		return id;
	}

	/** The version a measure stands in, if it exists. */
	public Optional<long[]> measureVersionAndPosition(long measureId) {
		return this.jdbc.sql("select version_id, position from implementation_measure where id = :id")
			.param("id", measureId)
			.query((rs, i) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.optional();
	}

	public void removeMeasure(long measureId) {
		this.jdbc.sql("delete from implementation_milestone where measure_id = :id").param("id", measureId).update();
		this.jdbc.sql("delete from implementation_measure where id = :id").param("id", measureId).update();
	}

	public int nextPosition(long versionId) {
		return this.jdbc.sql("select coalesce(max(position), 0) + 1 from implementation_measure where version_id = :v")
			.param("v", versionId)
			.query(Integer.class)
			.single();
	}

	/**
	 * Copies every measure with its milestones from one version into another, in two
	 * statements each.
	 */
	public void copyMeasures(long fromVersion, long toVersion) {
		for (MeasureView m : measures(List.of(fromVersion)).getOrDefault(fromVersion, List.of())) {
			addMeasure(toVersion, nextPosition(toVersion),
					new NewMeasure(m.taskId(), m.text(), m.part(), m.division(), m.contact(), m.sourceLine(),
							m.milestones()
								.stream()
								.map((s) -> new NewMilestone(s.deliverable(), s.due(), s.recognition()))
								.toList()));
		}
	}

	/** The measures of each version, with their milestones, in two statements. */
	public Map<Long, List<MeasureView>> measures(Collection<Long> versionIds) {
		Map<Long, List<MeasureView>> byVersion = new LinkedHashMap<>();
		if (versionIds.isEmpty()) {
			return byVersion;
		}
		record Row(long id, long versionId, long taskId, String text, String part, String division, String contact,
				Integer line) {
		}
		List<Row> rows = this.jdbc.sql("""
				select id, version_id, task_id, text, part, division, contact, source_line
				from implementation_measure where version_id in (:versions) order by version_id, position, id
				""")
			.param("versions", versionIds)
			.query((rs, i) -> new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
					rs.getString(6), rs.getString(7), (Integer) rs.getObject(8, Integer.class)))
			.list();
		Map<Long, List<MilestoneView>> milestones = new LinkedHashMap<>();
		this.jdbc.sql("""
				select s.measure_id, s.id, s.deliverable, s.due_precision, s.due_by, s.recognition
				from implementation_milestone s join implementation_measure m on m.id = s.measure_id
				where m.version_id in (:versions) order by s.measure_id, s.position
				""").param("versions", versionIds).query((rs, i) -> {
			milestones.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>()).add(milestone(rs, 2));
			return null;
		}).list();
		for (Row r : rows) {
			byVersion.computeIfAbsent(r.versionId(), (k) -> new ArrayList<>())
				.add(new MeasureView(r.id(), r.taskId(), r.text(), r.part(), r.division(), r.contact(), r.line(),
						milestones.getOrDefault(r.id(), List.of())));
		}
		return byVersion;
	}

	static MilestoneView milestone(ResultSet rs, int from) throws SQLException {
		return new MilestoneView(rs.getLong(from), rs.getString(from + 1),
				new Due(Due.Precision.of(rs.getString(from + 2)), rs.getObject(from + 3, LocalDate.class)),
				rs.getString(from + 4));
	}

	private VersionInfo version(ResultSet rs, int i) throws SQLException {
		return new VersionInfo(rs.getLong("id"), rs.getInt("number"), ImplementationState.of(rs.getString("state")),
				rs.getString("reason"), rs.getString("drafted_by"), at(rs, "drafted_at"), rs.getString("approved_by"),
				at(rs, "approved_at"), rs.getString("filed_by"), at(rs, "filed_at"));
	}

	OffsetDateTime at(ResultSet rs, String column) throws SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return (at != null) ? at.atZoneSameInstant(this.zone).toOffsetDateTime() : null;
	}

}
