package org.luoshi.organisation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.luoshi.common.LikePattern;
import org.luoshi.organisation.RegionRef;
import org.luoshi.organisation.internal.RegionCatalogue.Division;
import org.luoshi.organisation.internal.RegionCatalogue.Province;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The regions organisations belong to: provinces, their cities and counties. */
@Repository
public class RegionStore {

	private static final String SELECT = "select id, name, short_name, level, parent_id from region";

	private final JdbcClient jdbc;

	public RegionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public boolean exists(long id) {
		return this.jdbc.sql("select count(*) from region where id = :id")
			.param("id", id)
			.query(Long.class)
			.single() > 0;
	}

	/** The region called so, by its name or short name, if the directory has it. */
	public Optional<Long> idOf(String name) {
		return this.jdbc.sql("select id from region where name = :name or short_name = :name order by id")
			.param("name", name)
			.query(Long.class)
			.stream()
			.findFirst();
	}

	public Optional<RegionRef> find(long id) {
		return this.jdbc.sql(SELECT + " where id = :id").param("id", id).query(RegionStore::ref).optional();
	}

	public List<RegionRef> divisionsOf(long id) {
		return this.jdbc.sql(SELECT + " where parent_id = :id order by id")
			.param("id", id)
			.query(RegionStore::ref)
			.list();
	}

	/**
	 * The regions whose name or short name contains the text (any case), the shortest
	 * names first, with their parent's name: a region is known by both (朝阳区 is in more
	 * than one city).
	 */
	public List<Named> search(String text, int limit) {
		String words = text.strip().toLowerCase(java.util.Locale.ROOT);
		String pattern = LikePattern.containing(words);
		return this.jdbc.sql("""
				select r.id, r.name, p.name as parent from region r left join region p on p.id = r.parent_id
				where lower(r.name) like :pattern escape '!' or lower(r.short_name) like :pattern escape '!'
				order by length(r.name), r.id fetch first :limit rows only""")
			.param("pattern", pattern)
			.param("limit", limit)
			.query((rs, i) -> named(rs))
			.list();
	}

	/** These regions with their parent's name, a thousand ids to a statement. */
	public List<Named> named(java.util.Collection<Long> ids) {
		List<Long> distinct = ids.stream().distinct().toList();
		List<Named> found = new java.util.ArrayList<>();
		for (int from = 0; from < distinct.size(); from += 1000) {
			found.addAll(this.jdbc.sql("""
					select r.id, r.name, p.name as parent from region r left join region p on p.id = r.parent_id
					where r.id in (:ids) order by r.id""")
				.param("ids", distinct.subList(from, Math.min(distinct.size(), from + 1000)))
				.query((rs, i) -> named(rs))
				.list());
		}
		return found;
	}

	/** A region's name and its parent's, null for a province. */
	public record Named(long id, String name, String parent) {
	}

	private static Named named(ResultSet rs) throws SQLException {
		return new Named(rs.getLong("id"), rs.getString("name"), rs.getString("parent"));
	}

	public List<RegionRef> all() {
		return this.jdbc.sql(SELECT + " order by id").query(RegionStore::ref).list();
	}

	private static RegionRef ref(ResultSet rs, int row) throws SQLException {
		return new RegionRef(rs.getLong("id"), rs.getString("name"), rs.getString("short_name"), rs.getString("level"),
				rs.getObject("parent_id", Long.class));
	}

	/** Enters a province and its divisions, those that are not there yet. */
	public void ensure(Province province) {
		long provinceId = find(province.name(), null)
			.orElseGet(() -> insert(province.name(), province.shortName(), "province", null));
		for (Division division : province.divisions()) {
			if (find(division.name(), provinceId).isEmpty()) {
				insert(division.name(), division.shortName(), division.level(), provinceId);
			}
		}
	}

	private Optional<Long> find(String name, Long parentId) {
		String parent = (parentId != null) ? "parent_id = :parent" : "parent_id is null";
		JdbcClient.StatementSpec query = this.jdbc.sql("select id from region where name = :name and " + parent)
			.param("name", name);
		if (parentId != null) {
			query = query.param("parent", parentId);
		}
		return query.query(Long.class).optional();
	}

	private long insert(String name, String shortName, String level, Long parentId) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("insert into region (name, short_name, level, parent_id) values (:name, :short, :level, :parent)")
			.param("name", name)
			.param("short", shortName)
			.param("level", level)
			.param("parent", parentId)
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

}
