package org.luoshi.indicator.internal;

import org.luoshi.common.Vocabulary;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.luoshi.indicator.FigureForm;
import org.luoshi.indicator.FigureStatus;
import org.luoshi.indicator.Figure;

import org.luoshi.common.AuditedChange;
import org.luoshi.common.Illustrative;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Every yearly figure of every indicator, append-only: a revision is a new row, and the
 * latest row per indicator, region and year is current.
 */
@Repository
@Vocabulary("the audit summary is recorded once, in the words the office writes")
public class FigureStore {

	// the region may be null (an indicator whose region is not known); null matches null
	private static final String SAME_REGION = "(w.region_id = v.region_id or (w.region_id is null and v.region_id is null))";

	// PostgreSQL takes at most 65,535 parameters in a statement
	private static final int AT_ONCE = 1000;

	private static final String SELECT = """
			select v.id, v.indicator_id, v.region_id, v.figure_year, v.figure, v.figure_form, v.status, v.source, v.revision_reason,
			       v.revises_id, v.entered_by, v.entered_at, v.illustrative,
			       (v.id = (select max(w.id) from indicator_value w where w.indicator_id = v.indicator_id
			                and w.figure_year = v.figure_year and %s)) as is_current
			from indicator_value v
			"""
		.formatted(SAME_REGION);

	/** A figure to keep. */
	public record NewFigure(long indicatorId, Long regionId, int year, BigDecimal value, FigureForm form,
			FigureStatus status, String source, String revisionReason, Long revisesId) {
	}

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	FigureStore(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	public long insert(NewFigure figure, String actor, OffsetDateTime at) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into indicator_value (indicator_id, region_id, figure_year, figure, figure_form, status, source,
				                             revision_reason, revises_id, entered_by, entered_at, illustrative)
				values (:indicator, :region, :year, :value, :form, :status, :source, :reason, :revises, :actor, :at,
				        :illustrative)
				""")
			.param("indicator", figure.indicatorId())
			.param("region", figure.regionId())
			.param("year", figure.year())
			.param("value", figure.value())
			.param("form", figure.form().code())
			.param("status", figure.status().code())
			.param("source", figure.source())
			.param("reason", figure.revisionReason())
			.param("revises", figure.revisesId())
			.param("actor", actor)
			.param("at", at)
			.param("illustrative", Illustrative.active())
			.update(key, "id");
		this.events
			.publishEvent(new AuditedChange(actor, "indicator.figure-entered", "indicator:" + figure.indicatorId(),
					figure.year() + "：" + figure.value().toPlainString()
							+ (figure.form().relative() ? " (" + figure.form().code() + ")" : "")
							+ (figure.revisionReason() == null ? "" : "（修订：" + figure.revisionReason() + "）")));
		return key.getKeyAs(Number.class).longValue();
	}

	/**
	 * Every figure of the indicator, all regions, oldest first within a region and year.
	 */
	public List<Figure> all(long indicatorId) {
		return this.jdbc.sql(SELECT + " where v.indicator_id = :indicator order by v.region_id, v.figure_year, v.id")
			.param("indicator", indicatorId)
			.query(FigureStore::figure)
			.list();
	}

	/** The current figures of the indicators given, every region and year. */
	public List<Figure> current(List<Long> indicatorIds) {
		if (indicatorIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(SELECT + " where v.indicator_id in (:indicators) order by v.figure_year")
			.param("indicators", indicatorIds)
			.query(FigureStore::figure)
			.stream()
			.filter(Figure::current)
			.toList();
	}

	/** The figure now current for the indicator in the region and year. */
	public Optional<Figure> current(long indicatorId, Long regionId, int year) {
		String region = (regionId != null) ? "v.region_id = :region" : "v.region_id is null";
		JdbcClient.StatementSpec query = this.jdbc
			.sql(SELECT + " where v.indicator_id = :indicator and v.figure_year = :year and " + region
					+ " order by v.id desc")
			.param("indicator", indicatorId)
			.param("year", year);
		if (regionId != null) {
			query = query.param("region", regionId);
		}
		return query.query(FigureStore::figure).stream().findFirst();
	}

	/** How many times the region's figure for the year was entered: 0 when never. */
	public int version(long indicatorId, Long regionId, int year) {
		String region = (regionId != null) ? "region_id = :region" : "region_id is null";
		JdbcClient.StatementSpec query = this.jdbc
			.sql("select count(*) from indicator_value where indicator_id = :indicator and figure_year = :year and "
					+ region)
			.param("indicator", indicatorId)
			.param("year", year);
		if (regionId != null) {
			query = query.param("region", regionId);
		}
		return query.query(Integer.class).single();
	}

	/** The figures with these ids, a thousand ids to a statement. */
	public List<Figure> find(Collection<Long> ids) {
		List<Long> distinct = ids.stream().distinct().toList();
		List<Figure> found = new ArrayList<>();
		for (int from = 0; from < distinct.size(); from += AT_ONCE) {
			found.addAll(this.jdbc.sql(SELECT + " where v.id in (:ids)")
				.param("ids", distinct.subList(from, Math.min(distinct.size(), from + AT_ONCE)))
				.query(FigureStore::figure)
				.list());
		}
		return found;
	}

	public Optional<Figure> find(long id) {
		return this.jdbc.sql(SELECT + " where v.id = :id").param("id", id).query(FigureStore::figure).optional();
	}

	private static Figure figure(ResultSet rs, int row) throws SQLException {
		String status = rs.getString("status");
		String form = rs.getString("figure_form");
		return new Figure(rs.getLong("id"), rs.getLong("indicator_id"), rs.getObject("region_id", Long.class),
				rs.getInt("figure_year"), IndicatorStore.decimal(rs, "figure"),
				FigureForm.of(form).orElseThrow(() -> new IllegalStateException("unknown figure form " + form)),
				FigureStatus.of(status).orElseThrow(() -> new IllegalStateException("unknown figure status " + status)),
				rs.getString("source"), rs.getString("revision_reason"), rs.getObject("revises_id", Long.class),
				rs.getString("entered_by"), rs.getObject("entered_at", OffsetDateTime.class),
				rs.getBoolean("is_current"), rs.getBoolean("illustrative"));
	}

}
