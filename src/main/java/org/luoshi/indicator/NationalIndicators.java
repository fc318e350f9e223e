package org.luoshi.indicator;

import org.luoshi.common.ComparedText;
import org.luoshi.common.LikePattern;
import org.luoshi.common.Page;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national overview of binding indicators: every binding indicator across every plan
 * of the installation — a province's, its cities', its counties' — grouped by its
 * compared name, with how many plans hold it and report it. Grouped and paged in the
 * database, three statements whatever the number of plans: each indicator's latest figure
 * of its own (not a city's) is one index seek.
 */
@Service
@Transactional(readOnly = true)
public class NationalIndicators {

	/** Most rows a page shows. */
	public static final int PAGE_LIMIT = 200;

	private final JdbcClient jdbc;

	NationalIndicators(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A page of the binding indicators, those most plans hold first.
	 * @param q words the compared name contains, or null for all
	 */
	public Page<NationalIndicator> overview(String q, int page, int size) {
		int limit = Math.max(1, Math.min(size, PAGE_LIMIT));
		int from = Math.max(0, page) * limit;
		// the words taken literally, wildcards and all
		String contains = (q != null && !q.isBlank()) ? LikePattern.containing(ComparedText.of(q)) : null;
		String where = (contains != null) ? " and i.compared_name like :q escape '!'" : "";
		var rows = this.jdbc.sql("""
				select x.compared_name, min(x.name), min(x.unit), count(*), count(coalesce(x.own, x.plain)),
				       max(coalesce(greatest(x.own, x.plain), x.own, x.plain))
				from (select i.compared_name, i.name, i.unit,
				             (select max(v.figure_year) from indicator_value v
				              where v.indicator_id = i.id and v.region_id = i.region_id) own,
				             (select max(v.figure_year) from indicator_value v
				              where v.indicator_id = i.id and v.region_id is null) plain
				      from indicator i where i.binding""" + where + """
				) x
				group by x.compared_name order by count(*) desc, x.compared_name
				offset :from rows fetch next :limit rows only
				""");
		var counted = this.jdbc.sql("select count(distinct i.compared_name) from indicator i where i.binding" + where);
		if (contains != null) {
			rows = rows.param("q", contains);
			counted = counted.param("q", contains);
		}
		var items = rows.param("from", from)
			.param("limit", limit)
			.query((rs, i) -> new NationalIndicator(rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
					rs.getObject(6, Integer.class)))
			.list();
		return new Page<>(items, Math.max(0, page), limit, counted.query(Long.class).single());
	}

	/** How many plans hold a binding indicator. */
	public long plans() {
		return this.jdbc.sql("select count(distinct plan_id) from indicator where binding").query(Long.class).single();
	}

}
