package org.luoshi.organisation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.luoshi.organisation.OrganisationKind;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The organisation table: entering organisations, reading them by id, by a name in
 * compared form and page by page, and ending them when they are succeeded, guarded by
 * their version.
 */
@Repository
public class OrganisationStore {

	private final JdbcClient jdbc;

	public OrganisationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(String name, OrganisationKind kind, Long regionId, boolean collective, LocalDate activeFrom,
			Instant createdAt) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into organisation (name, kind, region_id, collective, active_from, created_at)
				values (:name, :kind, :region, :collective, :from, :created)""")
			.param("name", name)
			.param("kind", kind.code())
			.param("region", regionId)
			.param("collective", collective)
			.param("from", activeFrom)
			.param("created", OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC))
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	public Optional<OrganisationRecord> find(long id) {
		return this.jdbc.sql("select * from organisation where id = :id").param("id", id).query(this::row).optional();
	}

	/** The organisation that bears the name, given in compared form. */
	public Optional<OrganisationRecord> findByComparedName(String comparedName) {
		return this.jdbc.sql("""
				select o.* from organisation o join organisation_name n on n.organisation_id = o.id
				where n.compared_name = :name""").param("name", comparedName).query(this::row).optional();
	}

	public List<OrganisationRecord> all() {
		return this.jdbc.sql("select * from organisation order by id").query(this::row).list();
	}

	public List<OrganisationRecord> findAll(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		// in chunks: PostgreSQL takes at most 65,535 parameters in one statement
		List<OrganisationRecord> found = new java.util.ArrayList<>();
		for (int from = 0; from < ids.size(); from += 1000) {
			found.addAll(this.jdbc.sql("select * from organisation where id in (:ids) order by id")
				.param("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
				.query(this::row)
				.list());
		}
		return found;
	}

	/**
	 * The single organisations of the kind acting on the day in these regions, by id: a
	 * few rows, read by region, never the directory.
	 */
	public List<OrganisationRecord> actingIn(List<Long> regionIds, OrganisationKind kind, LocalDate day) {
		List<OrganisationRecord> found = new java.util.ArrayList<>();
		for (int from = 0; from < regionIds.size(); from += 1000) {
			found.addAll(this.jdbc.sql("""
					select * from organisation
					where region_id in (:regions) and kind = :kind and collective = false
					  and (active_from is null or active_from <= :day) and (active_to is null or active_to > :day)
					order by id""")
				.param("regions", regionIds.subList(from, Math.min(regionIds.size(), from + 1000)))
				.param("kind", kind.code())
				.param("day", day)
				.query(this::row)
				.list());
		}
		return found;
	}

	public List<OrganisationRecord> predecessorsOf(long id) {
		return this.jdbc.sql("select * from organisation where successor_id = :id order by id")
			.param("id", id)
			.query(this::row)
			.list();
	}

	public long count() {
		return this.jdbc.sql("select count(*) from organisation").query(Long.class).single();
	}

	/** Ends the organisation on {@code activeTo}, handing over to the successor. */
	public void end(long id, int expectedVersion, LocalDate activeTo, long successorId) {
		int changed = this.jdbc.sql("""
				update organisation set active_to = :to, successor_id = :successor, version = version + 1
				where id = :id and version = :version""")
			.param("to", activeTo)
			.param("successor", successorId)
			.param("id", id)
			.param("version", expectedVersion)
			.update();
		requireChanged(changed, id, expectedVersion);
	}

	/** Counts a change to the organisation's names or members as a new version of it. */
	public void touch(long id, int expectedVersion) {
		int changed = this.jdbc
			.sql("update organisation set version = version + 1 where id = :id and version = :version")
			.param("id", id)
			.param("version", expectedVersion)
			.update();
		requireChanged(changed, id, expectedVersion);
	}

	private static void requireChanged(int changed, long id, int expectedVersion) {
		if (changed == 0) {
			throw new OptimisticLockingFailureException(
					"Organisation " + id + " is no longer at version " + expectedVersion);
		}
	}

	OrganisationRecord row(ResultSet rs, int rowNum) throws SQLException {
		OffsetDateTime created = rs.getObject("created_at", OffsetDateTime.class);
		return new OrganisationRecord(rs.getLong("id"), rs.getString("name"),
				OrganisationKind.fromCode(rs.getString("kind")), rs.getObject("region_id", Long.class),
				rs.getBoolean("collective"), rs.getObject("active_from", LocalDate.class),
				rs.getObject("active_to", LocalDate.class), rs.getObject("successor_id", Long.class),
				rs.getInt("version"), created.toInstant());
	}

}
