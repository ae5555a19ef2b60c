package se.samspar.web.startup;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The embedded Derby database. Its folder is the configuration value {@code samspar.data.dir}
 * (environment variable {@code SAMSPAR_DATA_DIR}), which Payara substitutes when it creates the
 * pool; only one JVM can open the folder at a time.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/samspar",
        className = "org.apache.derby.jdbc.EmbeddedDataSource",
        databaseName = "${MPCONFIG=samspar.data.dir}/samspar",
        properties = {"createDatabase=create"},
        minPoolSize = 2,
        maxPoolSize = 32,
        transactional = true)
@ApplicationScoped
public class SamsparDatabase {
}
