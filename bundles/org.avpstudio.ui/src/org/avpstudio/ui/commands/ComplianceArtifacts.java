package org.avpstudio.ui.commands;

import java.util.ArrayList;
import java.util.List;

import org.avpstudio.ui.preferences.ComplianceProfilePreference;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;

/**
 * What the Generate, Check compliance and Export commands write into the model's project: hypervisor
 * configurations under {@code generated/<target>/}, reports under {@code reports/}. Runs without UI (in a Job).
 */
public final class ComplianceArtifacts {

	public static final String GENERATED = "generated";
	public static final String REPORTS = "reports";
	private static final String PLUGIN = "org.avpstudio.ui";

	private ComplianceArtifacts() {
	}

	/** Generates each target into its own folder; stops between targets when cancelled. */
	public static IStatus generate(IFile model, List<String> targets, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Generating from " + model.getName(), targets.size() + 1);
		MultiStatus status = new MultiStatus(PLUGIN, 0, "Generation from " + model.getName());
		IFolder root = model.getProject().getFolder(GENERATED);
		try {
			for (String target : targets) {
				if (progress.isCanceled()) {
					throw new OperationCanceledException();
				}
				progress.subTask(target);
				IFolder out = root.getFolder(target);
				AvpCli.Result result = AvpCli.run(List.of("generate", path(model), "--target", target, "--out", out.getLocation().toOSString()));
				if (!result.usable()) {
					status.add(Status.error(target + ": " + result.problem()));
				} else {
					result.out().lines().forEach(line -> status.add(Status.info(target + ": " + line)));
				}
				progress.worked(1);
			}
		} finally {
			if (root.getProject().isOpen()) {
				root.refreshLocal(IResource.DEPTH_INFINITE, progress.split(1));
				if (root.exists()) {
					root.setDerived(true, null);
				}
			}
		}
		return status;
	}

	/** Writes a report ({@code html}, {@code sarif}, {@code junit}, {@code md}, {@code csv}) and returns its file. */
	public static IFile report(IFile model, String format, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Checking " + model.getName() + " against the AVPS", 2);
		IFile report = model.getProject().getFolder(REPORTS).getFile(reportName(model, format));
		AvpCli.Result result = AvpCli.run(new ArrayList<>(List.of("report", path(model), "--format", format, "--out",
				report.getLocation().toOSString(), "--profile", ComplianceProfilePreference.get())));
		progress.worked(1);
		report.getParent().refreshLocal(IResource.DEPTH_ONE, progress.split(1));
		if (!result.usable()) {
			throw new CoreException(Status.error("No " + format + " report for " + model.getFullPath() + ":\n" + result.problem()));
		}
		return report;
	}

	/** Work on a model's project that may fail with a status. */
	interface Work {
		IStatus run(IProgressMonitor monitor) throws CoreException;
	}

	/** Runs {@code work} as a user Job holding the model's project, so that builds and other writes wait for it. */
	static org.eclipse.core.runtime.jobs.Job schedule(String name, IFile model, Work work) {
		org.eclipse.core.runtime.jobs.Job job = org.eclipse.core.runtime.jobs.Job.create(name, monitor -> {
			try {
				return work.run(monitor);
			} catch (CoreException e) {
				return e.getStatus();
			}
		});
		job.setRule(model.getProject());
		job.setUser(true);
		job.schedule();
		return job;
	}

	static String reportName(IFile model, String format) {
		String base = model.getFullPath().removeFileExtension().lastSegment();
		return switch (format) {
		case "html" -> base + "-compliance.html";
		case "junit" -> base + "-compliance.junit.xml";
		case "sarif" -> base + ".sarif";
		default -> base + "-compliance." + format;
		};
	}

	private static String path(IFile file) {
		return file.getLocation().toOSString();
	}
}
