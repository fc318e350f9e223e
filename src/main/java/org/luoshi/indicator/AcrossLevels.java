package org.luoshi.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.luoshi.indicator.internal.FigureStore;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A decomposed indicator on both levels, where a city's plan stands under the province's
 * and has an indicator of the same name (compared form): the province's split shows the
 * figures each city entered on its own plan, and the city's indicator shows the target
 * the province's issued split assigned to it. Read in a fixed number of statements.
 */
@Service
@Transactional(readOnly = true)
public class AcrossLevels {

	private final JdbcClient jdbc;

	private final FigureStore figures;

	AcrossLevels(JdbcClient jdbc, FigureStore figures) {
		this.jdbc = jdbc;
		this.figures = figures;
	}

	/**
	 * A city's own indicator of the same name, on the plan the city issued under the
	 * province's, and its current figures, earliest year first.
	 */
	public record OwnFigures(long organisationId, String organisation, long planId, String planTitle, long indicatorId,
			String unit, List<Figure> figures) {

		public OwnFigures {
			figures = List.copyOf(figures);
		}

	}

	/**
	 * The target the province's issued split assigned to the city that issued this plan.
	 */
	public record AssignedShare(long indicatorId, long planId, String planTitle, String name, String unit,
			long decompositionId, BigDecimal target, BigDecimal weight) {

	}

	/**
	 * The cities' own indicators of the same name as this one, on plans under its plan,
	 * with the figures entered on them: two statements whatever the number of cities.
	 */
	public List<OwnFigures> citiesOwn(long indicatorId) {
		record Match(long organisationId, String organisation, long planId, String planTitle, long indicatorId,
				String unit) {
		}
		List<Match> matches = this.jdbc.sql("""
				select p.issuer_organisation_id, o.name, p.id, p.title, li.id, li.unit
				from indicator ui
				join plan p on p.parent_plan_id = ui.plan_id
				join organisation o on o.id = p.issuer_organisation_id
				join indicator li on li.plan_id = p.id and li.compared_name = ui.compared_name
				where ui.id = :indicator
				order by o.name, p.id
				""")
			.param("indicator", indicatorId)
			.query((rs, i) -> new Match(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getLong(5),
					rs.getString(6)))
			.list();
		Map<Long, List<Figure>> byIndicator = this.figures.current(matches.stream().map(Match::indicatorId).toList())
			.stream()
			.collect(Collectors.groupingBy(Figure::indicatorId));
		return matches.stream()
			.map((m) -> new OwnFigures(m.organisationId(), m.organisation(), m.planId(), m.planTitle(), m.indicatorId(),
					m.unit(), byIndicator.getOrDefault(m.indicatorId(), List.of())))
			.toList();
	}

	/**
	 * The share the province assigned to this plan's issuer, from the latest issued split
	 * of the indicator of the same name on the plan above; empty when there is none.
	 */
	public Optional<AssignedShare> assigned(long indicatorId) {
		return this.jdbc
			.sql("""
					select ui.id, up.id, up.title, ui.name, ui.unit, d.id, s.target, s.weight
					from indicator li
					join plan lp on lp.id = li.plan_id
					join plan up on up.id = lp.parent_plan_id
					join indicator ui on ui.plan_id = up.id and ui.compared_name = li.compared_name
					join decomposition d on d.indicator_id = ui.id and d.state = :issued
					join decomposition_share s on s.decomposition_id = d.id and s.organisation_id = lp.issuer_organisation_id
					where li.id = :indicator
					order by d.id desc
					fetch first 1 rows only
					""")
			.param("indicator", indicatorId)
			.param("issued", DecompositionState.ISSUED.code())
			.query((rs, i) -> new AssignedShare(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getLong(6), rs.getBigDecimal(7), rs.getBigDecimal(8)))
			.optional();
	}

}
