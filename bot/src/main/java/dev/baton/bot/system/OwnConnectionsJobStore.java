package dev.baton.bot.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.quartz.SchedulerConfigException;
import org.quartz.spi.ClassLoadHelper;
import org.quartz.spi.SchedulerSignaler;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.scheduling.quartz.LocalDataSourceJobStore;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;

/**
 * Spring's job store, but reaching its own application's database whatever else runs in
 * the JVM. Spring registers the store's connections in Quartz's JVM-wide
 * {@link DBConnectionManager} under the scheduler's name
 * ({@code springTxDataSource.baton}), and the last scheduler of that name to start wins:
 * a second Baton started in the same JVM (the tests start several, on other databases)
 * took over the first one's Quartz connections, so the first scheduled its broadcasts
 * into the second one's database, and failed with "HikariDataSource … has been closed"
 * once that one stopped. The scheduler keeps its name (the cluster's nodes must share it,
 * it is the tables' SCHED_NAME); only the names under which this store finds its
 * connections are its own.
 */
public class OwnConnectionsJobStore extends LocalDataSourceJobStore {

	private static final AtomicLong STORES = new AtomicLong();

	@Override
	public void initialize(ClassLoadHelper loadHelper, SchedulerSignaler signaler) throws SchedulerConfigException {
		DataSource transactional = SchedulerFactoryBean.getConfigTimeDataSource();
		DataSource plain = SchedulerFactoryBean.getConfigTimeNonTransactionalDataSource();
		super.initialize(loadHelper, signaler);
		DataSource nonTransactional = plain != null ? plain : transactional;
		String own = getInstanceName() + ".store-" + STORES.incrementAndGet();
		DBConnectionManager connections = DBConnectionManager.getInstance();
		connections.addConnectionProvider(TX_DATA_SOURCE_PREFIX + own,
				new Provider(() -> DataSourceUtils.doGetConnection(transactional)));
		connections.addConnectionProvider(NON_TX_DATA_SOURCE_PREFIX + own,
				new Provider(nonTransactional::getConnection));
		setDataSource(TX_DATA_SOURCE_PREFIX + own);
		setNonManagedTXDataSource(NON_TX_DATA_SOURCE_PREFIX + own);
	}

	private interface ConnectionSource {

		Connection get() throws SQLException;

	}

	/** The application's pool is Spring's to close; Quartz only borrows from it. */
	private record Provider(ConnectionSource source) implements ConnectionProvider {

		@Override
		public Connection getConnection() throws SQLException {
			return source.get();
		}

		@Override
		public void shutdown() {
		}

		@Override
		public void initialize() {
		}

	}

}
