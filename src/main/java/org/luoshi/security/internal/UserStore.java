package org.luoshi.security.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.luoshi.common.LikePattern;
import org.luoshi.security.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The user table: entering users, reading them by id or user name, and changing them. */
@Repository
public class UserStore {

	private final JdbcClient jdbc;

	public UserStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(String username, String displayName, String passwordHash, Role role, Long organisationId,
			Instant createdAt, String createdBy, boolean passwordChangeRequired) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc
			.sql("""
					insert into app_user (username, display_name, password_hash, role, organisation_id, created_at, created_by,
					                      password_change_required)
					values (:username, :displayName, :hash, :role, :organisation, :created, :createdBy, :mustChange)""")
			.param("username", username)
			.param("displayName", displayName)
			.param("hash", passwordHash)
			.param("role", role.code())
			.param("organisation", organisationId)
			.param("created", OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC))
			.param("createdBy", createdBy)
			.param("mustChange", passwordChangeRequired)
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	public Optional<UserRecord> find(long id) {
		return this.jdbc.sql("select * from app_user where id = :id").param("id", id).query(UserStore::user).optional();
	}

	public Optional<UserRecord> findByUsername(String username) {
		return this.jdbc.sql("select * from app_user where username = :username")
			.param("username", username)
			.query(UserStore::user)
			.optional();
	}

	public List<UserRecord> all() {
		return this.jdbc.sql("select * from app_user order by username").query(UserStore::user).list();
	}

	/**
	 * A page of the users whose user name or name contains the text (any case), by user
	 * name; every user if the text is blank.
	 */
	public List<UserRecord> page(String text, long offset, int limit) {
		return this.jdbc.sql("select * from app_user" + where(text) + " order by username limit :limit offset :offset")
			.params(params(text))
			.param("limit", limit)
			.param("offset", offset)
			.query(UserStore::user)
			.list();
	}

	public long count(String text) {
		return this.jdbc.sql("select count(*) from app_user" + where(text))
			.params(params(text))
			.query(Long.class)
			.single();
	}

	private static String where(String text) {
		return (text == null || text.isBlank()) ? ""
				: " where lower(username) like :pattern escape '!' or lower(coalesce(display_name, '')) like :pattern escape '!'";
	}

	private static java.util.Map<String, Object> params(String text) {
		if (text == null || text.isBlank()) {
			return java.util.Map.of();
		}
		String words = text.strip().toLowerCase(java.util.Locale.ROOT);
		return java.util.Map.of("pattern", LikePattern.containing(words));
	}

	public long count() {
		return this.jdbc.sql("select count(*) from app_user").query(Long.class).single();
	}

	public long countEnabled(Role role) {
		return this.jdbc.sql("select count(*) from app_user where role = :role and enabled")
			.param("role", role.code())
			.query(Long.class)
			.single();
	}

	/**
	 * Locks every planning-office user's row until the transaction ends, so that two
	 * changes that could each leave the last one disabled run one after the other.
	 */
	public void lockOfficeUsers() {
		this.jdbc.sql("select id from app_user where role = :role order by id for update")
			.param("role", Role.OFFICE.code())
			.query(Long.class)
			.list();
	}

	public void changeRole(long id, Role role, Long organisationId) {
		this.jdbc.sql(
				"update app_user set role = :role, organisation_id = :organisation, version = version + 1 where id = :id")
			.param("role", role.code())
			.param("organisation", organisationId)
			.param("id", id)
			.update();
	}

	/**
	 * @param changeRequired whether the user must change it at the next sign-in: a
	 * password somebody else set
	 */
	public void changePasswordHash(long id, String passwordHash, boolean changeRequired) {
		this.jdbc.sql("""
				update app_user set password_hash = :hash, password_change_required = :required, version = version + 1
				where id = :id""")
			.param("hash", passwordHash)
			.param("required", changeRequired)
			.param("id", id)
			.update();
	}

	public void changeEnabled(long id, boolean enabled) {
		this.jdbc.sql("update app_user set enabled = :enabled, version = version + 1 where id = :id")
			.param("enabled", enabled)
			.param("id", id)
			.update();
	}

	static UserRecord user(ResultSet rs, int rowNum) throws SQLException {
		return new UserRecord(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				rs.getString("password_hash"), Role.fromCode(rs.getString("role")),
				rs.getObject("organisation_id", Long.class), rs.getBoolean("enabled"), rs.getInt("version"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("created_by"),
				rs.getBoolean("password_change_required"));
	}

}
