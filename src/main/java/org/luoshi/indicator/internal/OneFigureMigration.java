package org.luoshi.indicator.internal;

import java.sql.Statement;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import org.springframework.stereotype.Component;

/**
 * V25: one figure per indicator, region and year, however many write at once. A figure is
 * never overwritten: the first entry has no {@code revises_id} and each revision names
 * the entry it revises. So two first entries for the same indicator, region and year, or
 * two revisions of the same entry, mean two writers raced, and the database refuses the
 * second. Revisions: a unique index on {@code revises_id} (both databases let many rows
 * leave it null). First entries: on PostgreSQL a partial unique index; H2 has no partial
 * indexes, so there a generated column holds the key of first entries only (null for
 * revisions) under a unique index — which is why this migration is Java rather than SQL.
 */
@Component
class OneFigureMigration implements JavaMigration {

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("25");
	}

	@Override
	public String getDescription() {
		return "one figure per indicator region and year";
	}

	@Override
	public Integer getChecksum() {
		return 25_001;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws Exception {
		boolean postgres = context.getConnection()
			.getMetaData()
			.getDatabaseProductName()
			.toLowerCase()
			.contains("postgres");
		try (Statement sql = context.getConnection().createStatement()) {
			sql.execute("create unique index indicator_value_one_revision on indicator_value (revises_id)");
			if (postgres) {
				sql.execute("create unique index indicator_value_first_entry on indicator_value"
						+ " (indicator_id, coalesce(region_id, 0), figure_year) where revises_id is null");
			}
			else {
				sql.execute("alter table indicator_value add column first_entry_key varchar(64) generated always as"
						+ " (case when revises_id is null then cast(indicator_id as varchar) || ':'"
						+ " || coalesce(cast(region_id as varchar), '-') || ':' || cast(figure_year as varchar) end)");
				sql.execute("create unique index indicator_value_first_entry on indicator_value (first_entry_key)");
			}
		}
	}

}
