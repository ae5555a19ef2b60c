package se.samspar.web.startup;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's pool of connections: to the embedded Derby database in the folder {@code samspar.data.dir}
 * (environment variable {@code SAMSPAR_DATA_DIR}; only one JVM can open the folder at a time), or to the PostgreSQL
 * that {@code samspar.db.url} names ({@link ConfiguredDataSource}).
 */
@DataSourceDefinition(
        name = "java:app/jdbc/samspar",
        className = "se.samspar.web.startup.ConfiguredDataSource",
        minPoolSize = 2,
        maxPoolSize = 32,
        transactional = true)
@ApplicationScoped
public class SamsparDatabase {
}
