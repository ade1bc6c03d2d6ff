package dev.baton.bot.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps API request bodies: a declared length over the limit fails on the first read, a
 * chunked body as soon as it passes the limit. The failure reaches the handler as an
 * unreadable body, which {@link ApiProblems} answers with 413.
 */
class RequestBodyLimit extends OncePerRequestFilter {

	private final long limit;

	private final List<String> exceptUnder;

	RequestBodyLimit(long limit) {
		this(limit, List.of());
	}

	/**
	 * @param exceptUnder paths (prefixes) with a limit of their own, left to another
	 * filter
	 */
	RequestBodyLimit(long limit, List<String> exceptUnder) {
		this.limit = limit;
		this.exceptUnder = List.copyOf(exceptUnder);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return exceptUnder.stream().anyMatch(path::startsWith);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new Limited(request, limit), response);
	}

	private static final class Limited extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream stream;

		Limited(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				stream = new CountingStream(super.getInputStream(), limit, getContentLengthLong());
			}
			return stream;
		}

	}

	private static final class CountingStream extends ServletInputStream {

		private final ServletInputStream in;

		private final long limit;

		private final long declared;

		private long count;

		CountingStream(ServletInputStream in, long limit, long declared) {
			this.in = in;
			this.limit = limit;
			this.declared = declared;
		}

		@Override
		public int read() throws IOException {
			check(0);
			int b = in.read();
			if (b >= 0) {
				check(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			check(0);
			int n = in.read(buffer, offset, length);
			if (n > 0) {
				check(n);
			}
			return n;
		}

		private void check(int read) throws BodyTooLargeException {
			count += read;
			if (declared > limit || count > limit) {
				throw new BodyTooLargeException(limit);
			}
		}

		@Override
		public boolean isFinished() {
			return in.isFinished();
		}

		@Override
		public boolean isReady() {
			return in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			in.setReadListener(listener);
		}

	}

}
