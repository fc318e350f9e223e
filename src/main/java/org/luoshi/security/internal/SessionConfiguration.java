package org.luoshi.security.internal;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * On PostgreSQL, session attributes are written with {@code insert … on conflict}, so
 * that two requests of one user arriving at two nodes at once do not collide on the same
 * attribute; H2 keeps Spring Session's plain statements.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributesOnPostgres(DataSource dataSource) {
		PostgreSqlJdbcIndexedSessionRepositoryCustomizer upsert = new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
		return (repository) -> {
			if (isPostgres(dataSource)) {
				upsert.customize(repository);
			}
		};
	}

	private static boolean isPostgres(DataSource dataSource) {
		try {
			String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
			return "PostgreSQL".equals(product);
		}
		catch (MetaDataAccessException ex) {
			return false;
		}
	}

}
