package org.luoshi.evaluation.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.luoshi.evaluation.AnnualReportModel;
import org.luoshi.evaluation.FigureQuery;
import org.luoshi.evaluation.PublishedFigure;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The figures of published reports, written when a report is published and read by the
 * portal a page at a time.
 */
@Repository
public class PublishedFigureStore {

	private static final String SELECT = """
			select report_id, plan_id, report_year, indicator_id, indicator_name, binding, unit, region, city,
			       figure_year, figure, status, level, progress, target, expected, verdict, published_at
			from published_figure
			""";

	private final JdbcClient jdbc;

	PublishedFigureStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Keeps the figures of the report just published: the indicator's own region's
	 * (region null), then each city's.
	 */
	public void publish(long reportId, AnnualReportModel model, OffsetDateTime at) {
		for (AnnualReportModel.IndicatorRow row : model.indicators()) {
			insert(reportId, model, row, null, false, row.figure(), row.figureStatus(), row.level(), row.progress(),
					row.target(), row.expected(), row.verdict().code(), at);
		}
		for (AnnualReportModel.CityBreakdown breakdown : model.cities()) {
			AnnualReportModel.IndicatorRow row = model.indicators()
				.stream()
				.filter((r) -> r.indicatorId() == breakdown.indicatorId())
				.findFirst()
				.orElseThrow();
			for (AnnualReportModel.CityRow city : breakdown.cities()) {
				insert(reportId, model, row, city.city(), true, city.figure(), null, null, city.progress(),
						city.target(), null, city.verdict().code(), at);
			}
		}
	}

	private void insert(long reportId, AnnualReportModel model, AnnualReportModel.IndicatorRow row, String region,
			boolean city, BigDecimal figure, String status, Double level, Double progress, BigDecimal target,
			Double expected, String verdict, OffsetDateTime at) {
		this.jdbc.sql("""
				insert into published_figure (report_id, plan_id, report_year, indicator_id, indicator_name, binding,
				       unit, region, city, figure_year, figure, status, level, progress, target, expected, verdict,
				       published_at)
				values (:report, :plan, :year, :indicator, :name, :binding, :unit, :region, :city, :year, :figure,
				        :status, :level, :progress, :target, :expected, :verdict, :at)
				""")
			.param("report", reportId)
			.param("plan", model.planId())
			.param("year", model.year())
			.param("indicator", row.indicatorId())
			.param("name", row.name())
			.param("binding", model.binding().contains(row))
			.param("unit", row.unit())
			.param("region", region)
			.param("city", city)
			.param("figure", figure)
			.param("status", status)
			.param("level", level)
			.param("progress", progress)
			.param("target", target)
			.param("expected", expected)
			.param("verdict", verdict)
			.param("at", at)
			.update();
	}

	/** A page of the figures asked for, by plan, indicator, year and region. */
	public List<PublishedFigure> find(FigureQuery query, int offset, int limit) {
		Where where = where(query);
		JdbcClient.StatementSpec sql = this.jdbc.sql(SELECT + where.sql()
				+ " order by plan_id, report_year, indicator_id, city, region, id limit :limit offset :offset");
		for (Map.Entry<String, Object> p : where.params().entrySet()) {
			sql = sql.param(p.getKey(), p.getValue());
		}
		return sql.param("limit", limit).param("offset", offset).query(PublishedFigureStore::figure).list();
	}

	public int count(FigureQuery query) {
		Where where = where(query);
		JdbcClient.StatementSpec sql = this.jdbc.sql("select count(*) from published_figure" + where.sql());
		for (Map.Entry<String, Object> p : where.params().entrySet()) {
			sql = sql.param(p.getKey(), p.getValue());
		}
		return sql.query(Integer.class).single();
	}

	/** When the last figure was published, for Last-Modified. */
	public Optional<OffsetDateTime> lastPublished() {
		return this.jdbc.sql("select published_at from published_figure order by published_at desc limit 1")
			.query((rs, i) -> rs.getObject(1, OffsetDateTime.class))
			.optional();
	}

	private record Where(String sql, Map<String, Object> params) {
	}

	private static Where where(FigureQuery query) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new TreeMap<>();
		if (query.planId() != null) {
			conditions.add("plan_id = :plan");
			params.put("plan", query.planId());
		}
		if (query.indicatorId() != null) {
			conditions.add("indicator_id = :indicator");
			params.put("indicator", query.indicatorId());
		}
		if (query.year() != null) {
			conditions.add("figure_year = :year");
			params.put("year", query.year());
		}
		return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
	}

	private static PublishedFigure figure(ResultSet rs, int row) throws SQLException {
		return new PublishedFigure(rs.getLong("report_id"), rs.getLong("plan_id"), rs.getInt("report_year"),
				rs.getLong("indicator_id"), rs.getString("indicator_name"), rs.getBoolean("binding"),
				rs.getString("unit"), rs.getString("region"), rs.getBoolean("city"), rs.getInt("figure_year"),
				decimal(rs, "figure"), rs.getString("status"), rs.getObject("level", Double.class),
				rs.getObject("progress", Double.class), decimal(rs, "target"), rs.getObject("expected", Double.class),
				rs.getString("verdict"), AnnualReportStore.time(rs, "published_at"));
	}

	private static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
		BigDecimal value = rs.getBigDecimal(column);
		return (value == null) ? null : (value.signum() == 0) ? BigDecimal.ZERO : value.stripTrailingZeros();
	}

}
