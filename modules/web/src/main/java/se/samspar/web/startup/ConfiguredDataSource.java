package se.samspar.web.startup;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The database behind {@code java:app/jdbc/samspar}, chosen by configuration (issue 15): embedded Derby in the data
 * folder by default, or the PostgreSQL that {@code samspar.db.url} names ({@code SAMSPAR_DB_URL}, e.g.
 * {@code jdbc:postgresql://db.example:5432/samspar}) with {@code samspar.db.user} and {@code samspar.db.password}.
 * Payara's pool ({@link SamsparDatabase}) creates it and asks it for connections; which driver serves them is decided
 * once, on the first.
 */
public class ConfiguredDataSource implements DataSource {
    static final String DERBY = "jdbc:derby:";
    static final String POSTGRESQL = "jdbc:postgresql:";

    private volatile DataSource target;
    private PrintWriter logWriter;
    private int loginTimeout;

    private DataSource target() throws SQLException {
        DataSource t = target;
        if (t == null) {
            synchronized (this) {
                if (target == null) {
                    target = of(ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader()));
                }
                t = target;
            }
        }
        return t;
    }

    static DataSource of(Config config) throws SQLException {
        String url = config.getOptionalValue("samspar.db.url", String.class).filter(u -> !u.isBlank()).orElse(null);
        if (url == null) {
            EmbeddedDataSource derby = new EmbeddedDataSource();
            derby.setDatabaseName(config.getValue("samspar.data.dir", String.class) + "/samspar");
            derby.setCreateDatabase("create");
            return derby;
        }
        if (url.startsWith(POSTGRESQL)) {
            PGSimpleDataSource postgres = new PGSimpleDataSource();
            postgres.setURL(url);
            // As on Derby: a row lock waited for more than 10 s ends the statement (55P03), and a status report that
            // met it is sent again (LockConflicts), instead of waiting for ever.
            postgres.setOptions("-c lock_timeout=10s");
            config.getOptionalValue("samspar.db.user", String.class).ifPresent(postgres::setUser);
            config.getOptionalValue("samspar.db.password", String.class).ifPresent(postgres::setPassword);
            return postgres;
        }
        throw new SQLException("samspar.db.url must name a PostgreSQL database (" + POSTGRESQL
                + "//host:port/name), or be left out for the embedded Derby in samspar.data.dir: " + url);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return username == null ? getConnection() : target().getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return target().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || target().isWrapperFor(type);
    }
}
