package org.luoshi.indicator.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.luoshi.common.ComparedText;
import org.luoshi.notice.IndicatorDraft;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The plans' indicators and the organisations that answer for each. */
@Repository
public class IndicatorStore {

	private static final String SELECT = """
			select id, plan_id, name, binding, kind, unit, baseline_year, baseline_value, target, target_upper,
			       target_year, task_id, lead_organisation_id, region_id, to_decompose, position, source_line, version
			from indicator
			""";

	/** One organisation answering for an indicator. */
	public record Answering(long organisationId, String writtenName, boolean lead) {
	}

	/** Where a new indicator stands and what the notice says about it. */
	public record NewIndicator(long planId, IndicatorDraft draft, Integer baselineYear, Integer targetYear, Long taskId,
			Long leadOrganisationId, Long regionId, boolean toDecompose, int position) {
	}

	private final JdbcClient jdbc;

	IndicatorStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(NewIndicator indicator, OffsetDateTime at) {
		IndicatorDraft draft = indicator.draft();
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into indicator (plan_id, name, compared_name, binding, kind, unit, baseline_year, target,
				                       target_upper, target_year, task_id, lead_organisation_id, region_id,
				                       to_decompose, position, source_line, created_at)
				values (:plan, :name, :compared, :binding, :kind, :unit, :baselineYear, :target, :upper, :targetYear,
				        :task, :lead, :region, :decompose, :position, :line, :at)
				""")
			.param("plan", indicator.planId())
			.param("name", draft.name())
			.param("compared", ComparedText.of(draft.name()))
			.param("binding", draft.binding())
			.param("kind", draft.kind().code())
			.param("unit", draft.unit())
			.param("baselineYear", indicator.baselineYear())
			.param("target", draft.target())
			.param("upper", draft.targetUpper())
			.param("targetYear", indicator.targetYear())
			.param("task", indicator.taskId())
			.param("lead", indicator.leadOrganisationId())
			.param("region", indicator.regionId())
			.param("decompose", indicator.toDecompose())
			.param("position", indicator.position())
			.param("line", draft.line())
			.param("at", at)
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	public void addAnswering(long indicatorId, Answering answering, int position) {
		this.jdbc.sql("""
				insert into indicator_organisation (indicator_id, organisation_id, written_name, position, lead)
				values (:indicator, :organisation, :name, :position, :lead)
				""")
			.param("indicator", indicatorId)
			.param("organisation", answering.organisationId())
			.param("name", answering.writtenName())
			.param("position", position)
			.param("lead", answering.lead())
			.update();
	}

	public Optional<IndicatorRecord> find(long id) {
		return this.jdbc.sql(SELECT + " where id = :id").param("id", id).query(IndicatorStore::record).optional();
	}

	public List<IndicatorRecord> ofPlan(long planId) {
		return this.jdbc.sql(SELECT + " where plan_id = :plan order by position, id")
			.param("plan", planId)
			.query(IndicatorStore::record)
			.list();
	}

	public Optional<IndicatorRecord> findByName(long planId, String name) {
		return this.jdbc.sql(SELECT + " where plan_id = :plan and compared_name = :name")
			.param("plan", planId)
			.param("name", ComparedText.of(name))
			.query(IndicatorStore::record)
			.optional();
	}

	/** The plan's indicator names in compared form. */
	public Set<String> comparedNames(long planId) {
		return new HashSet<>(this.jdbc.sql("select compared_name from indicator where plan_id = :plan")
			.param("plan", planId)
			.query(String.class)
			.list());
	}

	public int nextPosition(long planId) {
		return this.jdbc.sql("select coalesce(max(position), 0) + 1 from indicator where plan_id = :plan")
			.param("plan", planId)
			.query(Integer.class)
			.single();
	}

	public List<Answering> answering(long indicatorId) {
		return this.jdbc.sql("""
				select organisation_id, written_name, lead from indicator_organisation
				where indicator_id = :indicator order by position
				""")
			.param("indicator", indicatorId)
			.query((rs, i) -> new Answering(rs.getLong(1), rs.getString(2), rs.getBoolean(3)))
			.list();
	}

	/** The organisations answering for each of the indicators, in one query. */
	public Map<Long, List<Answering>> answering(List<Long> indicatorIds) {
		Map<Long, List<Answering>> answering = new HashMap<>();
		if (indicatorIds.isEmpty()) {
			return answering;
		}
		this.jdbc.sql("""
				select indicator_id, organisation_id, written_name, lead from indicator_organisation
				where indicator_id in (:indicators) order by indicator_id, position
				""").param("indicators", indicatorIds).query((rs, i) -> {
			answering.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>())
				.add(new Answering(rs.getLong(2), rs.getString(3), rs.getBoolean(4)));
			return null;
		}).list();
		return answering;
	}

	/**
	 * Completes the indicator if it is still at the version the caller saw.
	 * @return false when somebody changed it in between
	 */
	public boolean complete(IndicatorRecord completed, int expectedVersion) {
		return this.jdbc.sql("""
				update indicator set baseline_year = :baselineYear, baseline_value = :baseline, target = :target,
				       target_upper = :upper, target_year = :targetYear, region_id = :region, version = version + 1
				where id = :id and version = :version
				""")
			.param("baselineYear", completed.baselineYear())
			.param("baseline", completed.baselineValue())
			.param("target", completed.target())
			.param("upper", completed.targetUpper())
			.param("targetYear", completed.targetYear())
			.param("region", completed.regionId())
			.param("id", completed.id())
			.param("version", expectedVersion)
			.update() == 1;
	}

	private static IndicatorRecord record(ResultSet rs, int row) throws SQLException {
		return new IndicatorRecord(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("name"),
				rs.getBoolean("binding"), IndicatorRecord.kind(rs.getString("kind")), rs.getString("unit"),
				rs.getObject("baseline_year", Integer.class), decimal(rs, "baseline_value"), decimal(rs, "target"),
				decimal(rs, "target_upper"), rs.getObject("target_year", Integer.class),
				rs.getObject("task_id", Long.class), rs.getObject("lead_organisation_id", Long.class),
				rs.getObject("region_id", Long.class), rs.getBoolean("to_decompose"), rs.getInt("position"),
				rs.getObject("source_line", Integer.class), rs.getInt("version"));
	}

	static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
		BigDecimal value = rs.getBigDecimal(column);
		if (value == null) {
			return null;
		}
		// numeric(20, 6) gives 553.000000; shown as written, 553, never as 5.53E+2
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

}
