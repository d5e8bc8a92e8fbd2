// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.branding.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;

/**
 * Proves an installation works from the inside: when AVP Studio is started with
 * {@code -Davpstudio.selfcheck=FILE}, it starts every AVP Studio bundle once the workbench is up, writes
 * one line per bundle (name, version, state, and why it failed) to FILE, optionally saves a screenshot
 * ({@code -Davpstudio.screenshot=PNG}) and closes the workbench. Without the property it does nothing.
 */
public class InstallationSelfCheck implements IStartup {

	static final String REPORT_PROPERTY = "avpstudio.selfcheck";
	static final String SCREENSHOT_PROPERTY = "avpstudio.screenshot";
	private static final long SETTLE_MILLIS = 1500;

	@Override
	public void earlyStartup() {
		String report = System.getProperty(REPORT_PROPERTY);
		if (report == null || report.isBlank()) {
			return;
		}
		// Other bundles' early start-up code runs after this method returns: check from a thread of our own.
		Thread checker = new Thread(() -> check(report), "AVP Studio installation self-check");
		checker.setDaemon(true);
		checker.start();
	}

	private void check(String report) {
		List<String> lines = checkBundles();
		waitForBackgroundJobs();
		sleep(SETTLE_MILLIS);
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.syncExec(() -> {
			IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			if (window != null) {
				lines.add("window " + window.getShell().getText());
				if (window.getActivePage() != null && window.getActivePage().getPerspective() != null) {
					lines.add("perspective " + window.getActivePage().getPerspective().getId());
				}
				String screenshot = System.getProperty(SCREENSHOT_PROPERTY);
				if (screenshot != null && !screenshot.isBlank()) {
					lines.add(saveScreenshot(window.getShell(), Path.of(screenshot)));
				}
			}
		});
		write(Path.of(report), lines);
		display.asyncExec(() -> PlatformUI.getWorkbench().close());
	}

	private List<String> checkBundles() {
		List<String> lines = new ArrayList<>();
		Bundle self = FrameworkUtil.getBundle(getClass());
		for (Bundle bundle : self.getBundleContext().getBundles()) {
			if (!bundle.getSymbolicName().startsWith("org.avpstudio")) {
				continue;
			}
			String problem = "";
			if (isFragment(bundle)) {
				problem = bundle.getState() == Bundle.RESOLVED ? "" : " fragment not resolved";
			} else {
				try {
					bundle.start(Bundle.START_TRANSIENT);
				} catch (BundleException e) {
					problem = " " + e.getMessage().replace('\n', ' ');
				}
			}
			lines.add("bundle " + bundle.getSymbolicName() + " " + bundle.getVersion() + " " + stateName(bundle)
					+ problem);
		}
		return lines;
	}

	private static boolean isFragment(Bundle bundle) {
		return bundle.getHeaders().get("Fragment-Host") != null;
	}

	private static String stateName(Bundle bundle) {
		return switch (bundle.getState()) {
		case Bundle.ACTIVE -> "ACTIVE";
		case Bundle.RESOLVED -> "RESOLVED";
		case Bundle.STARTING -> "STARTING";
		case Bundle.INSTALLED -> "INSTALLED";
		default -> "STATE_" + bundle.getState();
		};
	}

	private static String saveScreenshot(Shell shell, Path target) {
		Display display = shell.getDisplay();
		shell.forceActive();
		while (display.readAndDispatch()) {
			// let pending paints happen before the capture
		}
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(target.toString(), SWT.IMAGE_PNG);
			return "screenshot " + target;
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	private static void write(Path file, List<String> lines) {
		try {
			Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
			Files.write(tmp, lines, StandardCharsets.UTF_8);
			Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
					java.nio.file.StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			System.err.println("AVP Studio self-check: cannot write " + file + ": " + e.getMessage());
		}
	}

	/** Imports and builds started at launch run as jobs: let them finish so the screenshot shows their result. */
	private static void waitForBackgroundJobs() {
		long deadline = System.currentTimeMillis() + 60_000;
		sleep(500);
		while (!Job.getJobManager().isIdle() && System.currentTimeMillis() < deadline) {
			sleep(200);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
