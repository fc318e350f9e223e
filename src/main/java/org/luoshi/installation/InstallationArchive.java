package org.luoshi.installation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.luoshi.installation.internal.Exporter;
import org.luoshi.installation.internal.Importer;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Service;

/**
 * Backup and restore of the whole installation: {@link #export(Path)} writes every table
 * Flyway created to one archive, {@link #restore(Path)} puts such an archive into an
 * empty database at the same schema version. Both go to the database directly, below the
 * modules, on one connection.
 */
@Service
public class InstallationArchive {

	private final DataSource dataSource;

	/** Where each database's own migrations live (spring.flyway.locations). */
	static final String VENDOR_MIGRATIONS = "db/vendor/";

	private final Flyway flyway;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	InstallationArchive(DataSource dataSource, Flyway flyway, Clock clock) {
		this.dataSource = dataSource;
		this.flyway = flyway;
		this.clock = clock;
	}

	/**
	 * The version of the last common migration applied, as the archive records it. A
	 * database's own migrations (db/vendor/{vendor}: PostgreSQL's trigram indexes) add
	 * only indexes and extensions, never a table or a column, so that an archive moves
	 * between H2 and PostgreSQL at the same common version.
	 */
	public String schemaVersion() {
		return Arrays.stream(this.flyway.info().applied())
			.filter((migration) -> migration.getVersion() != null && !ownToOneDatabase(migration))
			.map(MigrationInfo::getVersion)
			.max(Comparator.naturalOrder())
			.map(MigrationVersion::getVersion)
			.orElse("0");
	}

	private static boolean ownToOneDatabase(MigrationInfo migration) {
		String location = migration.getPhysicalLocation();
		return location != null && location.replace('\\', '/').contains(VENDOR_MIGRATIONS);
	}

	/**
	 * Writes the installation to {@code file}, which must not exist yet.
	 * @throws InstallationRefusal when the file exists or a column cannot be archived
	 */
	public ArchiveSummary export(Path file) {
		try (Connection connection = this.dataSource.getConnection()) {
			return Exporter.export(connection, schemaVersion(), file, this.clock.instant(), this.json);
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException("export failed: " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Restores the archive into this database, which must be empty and at the archive's
	 * schema version; all of it or, refused, nothing.
	 * @throws InstallationRefusal when the archive is damaged, of another version, or the
	 * database has rows
	 */
	public ArchiveSummary restore(Path file) {
		try (Connection connection = this.dataSource.getConnection()) {
			return Importer.restore(connection, schemaVersion(), file, this.json);
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException("import failed: " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
