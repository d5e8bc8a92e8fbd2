// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.core.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.apache.log4j.Appender;
import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;
import org.apache.log4j.spi.ThrowableInformation;
import org.avpstudio.dsl.validation.AvpResourceValidator;

/**
 * What the platform (Xtext, EMF, through log4j) logs at ERROR while a command runs. A command is a verdict, not a
 * log: nothing the platform logs reaches the terminal, and every error it logs is reported by the command as an
 * internal error (and makes it exit 2), with the exception's class and message but no stack trace.
 */
public final class PlatformLog implements AutoCloseable {

	private static volatile PlatformLog current;

	private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
	private final List<String> findings = Collections.synchronizedList(new ArrayList<>());
	private final List<Appender> previous = new ArrayList<>();
	private final Level previousLevel;
	private final Appender appender = new AppenderSkeleton() {
		@Override
		protected void append(LoggingEvent event) {
			PlatformLog.this.append(event);
		}

		@Override
		public boolean requiresLayout() {
			return false;
		}

		@Override
		public void close() {
			// nothing held
		}
	};

	private PlatformLog() {
		Logger root = Logger.getRootLogger();
		previousLevel = root.getLevel();
		for (Enumeration<?> all = root.getAllAppenders(); all.hasMoreElements();) {
			previous.add((Appender) all.nextElement());
		}
		root.removeAllAppenders();
		root.setLevel(Level.WARN);
		root.addAppender(appender);
	}

	/** Starts capturing, until {@link #close()}. */
	public static synchronized PlatformLog capture() {
		current = new PlatformLog();
		return current;
	}

	/** How many errors were logged so far in the current capture (0 when none runs). */
	public static int mark() {
		PlatformLog log = current;
		return log == null ? 0 : log.errors.size();
	}

	/** The errors logged since {@code mark}, described for the user. */
	public static List<String> since(int mark) {
		PlatformLog log = current;
		if (log == null) {
			return List.of();
		}
		synchronized (log.errors) {
			return List.copyOf(log.errors.subList(Math.min(mark, log.errors.size()), log.errors.size()));
		}
	}

	/** Records an internal error a check reported as a finding (it is printed with the findings). */
	public static void finding(String problem) {
		PlatformLog log = current;
		if (log != null) {
			log.findings.add(problem);
		}
	}

	/** The internal errors reported as findings during this capture. */
	public List<String> findings() {
		synchronized (findings) {
			return List.copyOf(findings);
		}
	}

	/** Every error logged during this capture. */
	public List<String> errors() {
		synchronized (errors) {
			return List.copyOf(errors);
		}
	}

	private void append(LoggingEvent event) {
		if (!event.getLevel().isGreaterOrEqual(Level.ERROR)) {
			return;
		}
		ThrowableInformation thrown = event.getThrowableInformation();
		Throwable cause = thrown == null ? null : thrown.getThrowable();
		String message = String.valueOf(event.getRenderedMessage());
		if (cause != null) {
			message = AvpResourceValidator.describe(cause);
		}
		String source = event.getLoggerName();
		errors.add(message + " (logged by " + source.substring(source.lastIndexOf('.') + 1) + ")");
	}

	@Override
	public synchronized void close() {
		Logger root = Logger.getRootLogger();
		root.removeAppender(appender);
		previous.forEach(root::addAppender);
		root.setLevel(previousLevel);
		if (current == this) {
			current = null;
		}
	}
}
