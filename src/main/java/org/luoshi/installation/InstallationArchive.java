package org.luoshi.installation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
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

	private final Flyway flyway;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	InstallationArchive(DataSource dataSource, Flyway flyway, Clock clock) {
		this.dataSource = dataSource;
		this.flyway = flyway;
		this.clock = clock;
	}

	/** The version of the last migration applied, as the archive records it. */
	public String schemaVersion() {
		MigrationInfo current = this.flyway.info().current();
		return (current != null && current.getVersion() != null) ? current.getVersion().getVersion() : "0";
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
