package org.luoshi.reporting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The notifications shown in the application, addressed to an organisation or (no
 * organisation) to the planning office, and who has read which.
 */
@Repository
public class NotificationStore {

	/** A notification as stored. */
	public record Notification(long id, Long organisationId, Long cycleId, Long reportId, String kind,
			Integer daysBefore, OffsetDateTime dueAt, String message, String createdBy, OffsetDateTime createdAt,
			boolean read) {
	}

	/** What a new notification says. */
	public record New(Long organisationId, Long cycleId, Long reportId, String kind, Integer daysBefore,
			OffsetDateTime dueAt, String message) {
	}

	private final JdbcClient jdbc;

	NotificationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long add(New notification, String actor, OffsetDateTime at) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into reporting_notification (organisation_id, cycle_id, report_id, kind, days_before, due_at,
				                                    message, created_by, created_at)
				values (:organisation, :cycle, :report, :kind, :days, :due, :message, :actor, :at)
				""")
			.param("organisation", notification.organisationId())
			.param("cycle", notification.cycleId())
			.param("report", notification.reportId())
			.param("kind", notification.kind())
			.param("days", notification.daysBefore())
			.param("due", notification.dueAt())
			.param("message", notification.message())
			.param("actor", actor)
			.param("at", at)
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	/**
	 * The newest notifications of an organisation, or of the office when it is null, with
	 * whether the user has read each.
	 */
	public List<Notification> of(Long organisationId, String username, int limit) {
		MapSqlParameterSource params = new MapSqlParameterSource("organisation", organisationId)
			.addValue("user", username)
			.addValue("limit", limit);
		return this.jdbc.sql("""
				select n.id, n.organisation_id, n.cycle_id, n.report_id, n.kind, n.days_before, n.due_at, n.message,
				       n.created_by, n.created_at, r.read_at
				from reporting_notification n
				left join reporting_notification_read r on r.notification_id = n.id and r.username = :user
				where (cast(:organisation as bigint) is null and n.organisation_id is null)
				   or n.organisation_id = :organisation
				order by n.id desc limit :limit
				""").paramSource(params).query(NotificationStore::notification).list();
	}

	public boolean exists(long id, Long organisationId) {
		MapSqlParameterSource params = new MapSqlParameterSource("id", id).addValue("organisation", organisationId);
		return this.jdbc
			.sql("""
					select count(*) from reporting_notification where id = :id
					and ((cast(:organisation as bigint) is null and organisation_id is null) or organisation_id = :organisation)
					""")
			.paramSource(params)
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * @return false when the user had read it already
	 */
	public boolean read(long id, String username, OffsetDateTime at) {
		return this.jdbc.sql("""
				insert into reporting_notification_read (notification_id, username, read_at) values (:id, :user, :at)
				on conflict do nothing
				""").param("id", id).param("user", username).param("at", at).update() == 1;
	}

	private static Notification notification(ResultSet rs, int row) throws SQLException {
		return new Notification(rs.getLong("id"), rs.getObject("organisation_id", Long.class),
				rs.getObject("cycle_id", Long.class), rs.getObject("report_id", Long.class), rs.getString("kind"),
				rs.getObject("days_before", Integer.class), Times.in(rs, "due_at", ZoneOffset.UTC),
				rs.getString("message"), rs.getString("created_by"), Times.in(rs, "created_at", ZoneOffset.UTC),
				rs.getObject("read_at") != null);
	}

}
