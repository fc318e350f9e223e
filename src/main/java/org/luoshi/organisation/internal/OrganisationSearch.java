package org.luoshi.organisation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.luoshi.common.ComparedText;
import org.luoshi.common.LikePattern;
import org.luoshi.organisation.OrganisationKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Lists the directory page by page, narrowed to a kind and to organisations any of whose
 * names contains the text searched for, in compared form and regardless of case.
 */
@Repository
public class OrganisationSearch {

	// lower(compared_name) is what PostgreSQL's trigram index covers (V30)
	private static final String NAME_CONTAINS = "exists (select 1 from organisation_name n"
			+ " where n.organisation_id = o.id and lower(n.compared_name) like lower(:pattern) escape '!')";

	private final JdbcClient jdbc;

	private final OrganisationStore store;

	public OrganisationSearch(JdbcClient jdbc, OrganisationStore store) {
		this.jdbc = jdbc;
		this.store = store;
	}

	/** One page of what matches, numbered from 0. */
	public List<OrganisationRecord> page(String text, OrganisationKind kind, int page, int size) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(text, kind, params);
		params.put("size", size);
		params.put("offset", (long) page * size);
		return this.jdbc.sql("select o.* from organisation o" + where + " order by o.id limit :size offset :offset")
			.params(params)
			.query(this.store::row)
			.list();
	}

	public long count(String text, OrganisationKind kind) {
		Map<String, Object> params = new LinkedHashMap<>();
		return this.jdbc.sql("select count(*) from organisation o" + where(text, kind, params))
			.params(params)
			.query(Long.class)
			.single();
	}

	/**
	 * The organisations acting on the day with a name containing the text, but those
	 * excepted: the shortest names first, since the one meant is most often the one whose
	 * name the text nearly is.
	 */
	public List<OrganisationRecord> choices(String text, Collection<Long> except, LocalDate day, int limit) {
		Map<String, Object> params = new LinkedHashMap<>();
		List<String> conditions = new ArrayList<>();
		conditions.add("(o.active_from is null or o.active_from <= :day)");
		conditions.add("(o.active_to is null or o.active_to > :day)");
		params.put("day", day);
		String compared = ComparedText.of(text);
		if (!compared.isEmpty()) {
			conditions.add(NAME_CONTAINS);
			params.put("pattern", LikePattern.containing(compared));
		}
		if (!except.isEmpty()) {
			conditions.add("o.id not in (:except)");
			params.put("except", List.copyOf(except));
		}
		params.put("limit", limit);
		return this.jdbc
			.sql("select o.* from organisation o where " + String.join(" and ", conditions)
					+ " order by length(o.name), o.name, o.id limit :limit")
			.params(params)
			.query(this.store::row)
			.list();
	}

	// Only the conditions asked for are written: PostgreSQL cannot tell the type of a
	// parameter that is only compared with null.
	private static String where(String text, OrganisationKind kind, Map<String, Object> params) {
		List<String> conditions = new ArrayList<>();
		String compared = ComparedText.of(text);
		if (!compared.isEmpty()) {
			conditions.add(NAME_CONTAINS);
			params.put("pattern", LikePattern.containing(compared));
		}
		if (kind != null) {
			conditions.add("o.kind = :kind");
			params.put("kind", kind.code());
		}
		return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
	}

}
