package org.avpstudio.benchmarks.fuzz;

import java.util.ArrayList;
import java.util.List;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;

/**
 * Every ERROR the platform (Xtext, EMF, anything through log4j) logs while a fuzz input runs. A logged error is a
 * finding of the fuzzer even when nothing was thrown: Xtext catches what fails inside it and logs it.
 */
final class LogWatch extends AppenderSkeleton {

	private static LogWatch installed;

	private final List<String> errors = new ArrayList<>();

	static synchronized LogWatch installed() {
		if (installed == null) {
			installed = new LogWatch();
			Logger.getRootLogger().addAppender(installed);
		}
		return installed;
	}

	synchronized void clear() {
		errors.clear();
	}

	/** Fails with what was logged at ERROR since the last {@link #clear()}. */
	synchronized void assertNoErrors(String what) {
		if (!errors.isEmpty()) {
			throw new IllegalStateException(what + " logged " + errors.size() + " error(s): " + errors);
		}
	}

	@Override
	protected synchronized void append(LoggingEvent event) {
		if (event.getLevel().isGreaterOrEqual(Level.ERROR)) {
			String thrown = event.getThrowableInformation() == null ? "" : " " + event.getThrowableInformation().getThrowable();
			errors.add(event.getLoggerName() + ": " + event.getRenderedMessage() + thrown);
		}
	}

	@Override
	public void close() {
	}

	@Override
	public boolean requiresLayout() {
		return false;
	}
}
