package dev.baton.bot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

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
 * Counts the statements Baton sends through MyBatis while a piece of work runs: every
 * mapper call, read or write, before MyBatis' own cache (a repeated query counts each
 * time). Only the test's thread and the web server's request threads are watched, and
 * only while {@link #during} runs, so other contexts' background work is not counted. A
 * bean of every {@link DomainContext} (MyBatis takes every Interceptor bean).
 */
@Intercepts({
		@Signature(type = Executor.class, method = "query",
				args = { MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class }),
		@Signature(type = Executor.class, method = "query",
				args = { MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class, CacheKey.class,
						BoundSql.class }),
		@Signature(type = Executor.class, method = "update", args = { MappedStatement.class, Object.class }) })
public class QueryCounter implements Interceptor {

	/**
	 * One statement: the mapper method ({@code HandoverMapper.search}) and its SQL as
	 * sent.
	 */
	public record Statement(String id, String sql) {

		public String method() {
			String[] parts = id.split("\\.");
			return parts.length < 2 ? id : parts[parts.length - 2] + "." + parts[parts.length - 1];
		}

	}

	private final List<Statement> seen = Collections.synchronizedList(new ArrayList<>());

	private volatile Predicate<Thread> watching = t -> false;

	@Override
	public Object intercept(Invocation invocation) throws Throwable {
		if (watching.test(Thread.currentThread())) {
			MappedStatement statement = (MappedStatement) invocation.getArgs()[0];
			String sql = statement.getBoundSql(invocation.getArgs()[1]).getSql().replaceAll("\\s+", " ").strip();
			seen.add(new Statement(statement.getId(), sql));
		}
		return invocation.proceed();
	}

	/**
	 * Runs the work and returns what it returned with every statement it sent, in order.
	 */
	public <T> Counted<T> during(Supplier<T> work) {
		Thread test = Thread.currentThread();
		synchronized (this) {
			seen.clear();
			watching = t -> t == test || t.getName().startsWith("http-nio");
			try {
				T result = work.get();
				return new Counted<>(result, List.copyOf(seen));
			}
			finally {
				watching = t -> false;
				seen.clear();
			}
		}
	}

	public record Counted<T>(T result, List<Statement> statements) {
	}

}
