package dev.baton.bench;

import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

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
 * A profile by statement: the wall time and count of every MyBatis statement the
 * application runs, by its mapper id, so a benchmark can say which statements take its
 * time (the rest of a run is Java, commits and JDBC templates).
 */
@Intercepts({ @Signature(type = Executor.class, method = "update", args = { MappedStatement.class, Object.class }),
		@Signature(type = Executor.class, method = "query",
				args = { MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class }),
		@Signature(type = Executor.class, method = "query", args = { MappedStatement.class, Object.class,
				RowBounds.class, ResultHandler.class, CacheKey.class, BoundSql.class }) })
public final class StatementTimes implements Interceptor {

	private final Map<String, LongAdder[]> times = new ConcurrentHashMap<>();

	@Override
	public Object intercept(Invocation invocation) throws Throwable {
		long started = System.nanoTime();
		try {
			return invocation.proceed();
		}
		finally {
			String id = ((MappedStatement) invocation.getArgs()[0]).getId();
			LongAdder[] t = times.computeIfAbsent(id.substring(id.lastIndexOf('.', id.lastIndexOf('.') - 1) + 1),
					k -> new LongAdder[] { new LongAdder(), new LongAdder() });
			t[0].add(System.nanoTime() - started);
			t[1].increment();
		}
	}

	@Override
	public void setProperties(Properties properties) {
	}

	public void reset() {
		times.clear();
	}

	/** The statements, slowest first, as table rows: statement, count, total ms. */
	public String report() {
		StringBuilder out = new StringBuilder("| statement | count | total ms |\n|---|---:|---:|\n");
		times.entrySet()
			.stream()
			.sorted((a, b) -> Long.compare(b.getValue()[0].sum(), a.getValue()[0].sum()))
			.forEach(e -> out.append(String.format("| %s | %,d | %,d |%n", e.getKey(), e.getValue()[1].sum(),
					e.getValue()[0].sum() / 1_000_000)));
		return out.toString();
	}

}
