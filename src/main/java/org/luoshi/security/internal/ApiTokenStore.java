package org.luoshi.security.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.luoshi.security.ApiTokenView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Personal access tokens by their hash, and each user's list of them. */
@Repository
public class ApiTokenStore {

	private static final String VIEW = "select id, name, prefix, created_at, expires_at, last_used_at, revoked_at from api_token";

	private final JdbcClient jdbc;

	ApiTokenStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(long userId, String name, String hash, String prefix, OffsetDateTime at,
			OffsetDateTime expiresAt) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into api_token (user_id, name, token_hash, prefix, created_at, expires_at)
				values (:user, :name, :hash, :prefix, :at, :expires)
				""")
			.param("user", userId)
			.param("name", name)
			.param("hash", hash)
			.param("prefix", prefix)
			.param("at", at)
			.param("expires", expiresAt)
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	/** The user's tokens, the newest first. */
	public List<ApiTokenView> ofUser(long userId) {
		return this.jdbc.sql(VIEW + " where user_id = :user order by created_at desc, id desc")
			.param("user", userId)
			.query(ApiTokenStore::view)
			.list();
	}

	public Optional<ApiTokenView> find(long userId, long id) {
		return this.jdbc.sql(VIEW + " where user_id = :user and id = :id")
			.param("user", userId)
			.param("id", id)
			.query(ApiTokenStore::view)
			.optional();
	}

	/**
	 * The enabled user a usable token with this hash belongs to: one indexed lookup.
	 */
	public Optional<UserRecord> userOf(String hash, OffsetDateTime now) {
		return this.jdbc.sql("""
				select u.id, u.username, u.display_name, u.password_hash, u.role, u.organisation_id, u.enabled,
				       u.version, u.created_at, u.created_by, u.password_change_required
				from api_token t join app_user u on u.id = t.user_id
				where t.token_hash = :hash and t.revoked_at is null and t.expires_at > :now and u.enabled = true
				""").param("hash", hash).param("now", now).query(UserStore::user).optional();
	}

	/**
	 * Notes the use, at most once a minute a token, so that a busy script costs no write
	 * per request.
	 */
	public void used(String hash, OffsetDateTime now) {
		this.jdbc.sql("""
				update api_token set last_used_at = :now
				where token_hash = :hash and (last_used_at is null or last_used_at < :minuteAgo)
				""").param("now", now).param("hash", hash).param("minuteAgo", now.minusMinutes(1)).update();
	}

	public boolean revoke(long userId, long id, String actor, OffsetDateTime at) {
		return this.jdbc.sql("""
				update api_token set revoked_at = :at, revoked_by = :actor
				where user_id = :user and id = :id and revoked_at is null
				""").param("at", at).param("actor", actor).param("user", userId).param("id", id).update() == 1;
	}

	private static ApiTokenView view(ResultSet rs, int row) throws SQLException {
		return new ApiTokenView(rs.getLong("id"), rs.getString("name"), rs.getString("prefix"), time(rs, "created_at"),
				time(rs, "expires_at"), time(rs, "last_used_at"), time(rs, "revoked_at"));
	}

	private static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return (at != null) ? at.withOffsetSameInstant(ZoneOffset.UTC) : null;
	}

}
