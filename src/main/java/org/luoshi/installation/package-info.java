/**
 * Backup and restore of a whole installation: {@code export FILE} writes every table
 * Flyway created (notices, plans, organisations, figures, reports with every version,
 * audit, users, sessions) to one zip archive, one JSON-lines file per table and a
 * manifest naming the Flyway schema version, each table's columns, row count and the
 * SHA-256 of its file; {@code import FILE} restores such an archive into an empty
 * database at the same schema version, H2 or PostgreSQL, in one transaction, then moves
 * every identity column past the rows restored. The tables are read from the database's
 * metadata, never listed here, so a table a later migration adds is carried without a
 * change to this module.
 * <p>
 * It reads the database below the other modules and depends only on the shared
 * {@code common}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Installation", allowedDependencies = { "common" })
package org.luoshi.installation;
