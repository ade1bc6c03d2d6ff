package dev.baton.bot.inbox;

import dev.baton.bot.system.TransientFailures;
import org.apache.ibatis.cache.CacheKey;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;

/**
 * Notes, for the inbox turn running on this thread, any statement that met a transient
 * database failure (a deadlock rolls the whole transaction back on MySQL and MariaDB):
 * even if some code catches it and carries on, the turn is rolled back and tried again,
 * never committed half done.
 */
@Intercepts({ @Signature(type = Executor.class, method = "update", args = { MappedStatement.class, Object.class }),
		@Signature(type = Executor.class, method = "query",
				args = { MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class }),
		@Signature(type = Executor.class, method = "query", args = { MappedStatement.class, Object.class,
				RowBounds.class, ResultHandler.class, CacheKey.class, BoundSql.class }) })
public class TransientFailureWatch implements Interceptor {

	@Override
	public Object intercept(Invocation invocation) throws Throwable {
		try {
			return invocation.proceed();
		}
		catch (Throwable failure) {
			if (InboxTurn.active() && TransientFailures.isTransient(failure)) {
				InboxTurn.noteTransient(failure);
			}
			throw failure;
		}
	}

}
