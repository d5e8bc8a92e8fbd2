// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.commands;

import java.util.List;

import org.avpstudio.core.Generation;
import org.avpstudio.core.ModelDiagnostic;
import org.avpstudio.core.ModelException;
import org.avpstudio.core.ModelSet;
import org.avpstudio.core.PlatformModel;
import org.avpstudio.core.ReportFormat;
import org.avpstudio.core.Reports;
import org.avpstudio.core.io.SaveException;
import org.avpstudio.generator.Target;
import org.avpstudio.generator.TargetFinding;
import org.avpstudio.generator.Targets;
import org.avpstudio.generator.report.SourceLocation;
import org.avpstudio.ui.preferences.ProjectCompliance;
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
		SubMonitor progress = SubMonitor.convert(monitor, "Generating from " + model.getName(), targets.size() + 2);
		MultiStatus status = new MultiStatus(PLUGIN, 0, "Generation from " + model.getName());
		IFolder root = model.getProject().getFolder(GENERATED);
		try {
			PlatformModel platform = load(model);
			progress.worked(1);
			for (String name : targets) {
				if (progress.isCanceled()) {
					throw new OperationCanceledException();
				}
				progress.subTask(name);
				Target target = Targets.byName(name).orElseThrow(() -> new CoreException(Status.error("unknown target " + name)));
				try {
					Generation.Result result = Generation.generate(platform, List.of(target), root.getFolder(name).getLocation().toFile().toPath());
					status.add(Status.info(name + ": wrote " + result.files().changed().size() + " file(s), " + result.files().unchanged().size() + " unchanged"));
					for (TargetFinding finding : result.findings()) {
						SourceLocation at = PlatformModel.locate(finding.element());
						status.add(Status.warning(name + ": line " + at.line() + ": " + finding.message()));
					}
				} catch (ModelException | SaveException e) {
					status.add(Status.error(name + ": " + e.getMessage()));
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
		ReportFormat chosen = ReportFormat.byId(format).orElseThrow(() -> new CoreException(Status.error("unknown report format " + format)));
		IFile report = model.getProject().getFolder(REPORTS).getFile(chosen.fileName(model.getFullPath().removeFileExtension().lastSegment()));
		try {
			Reports.write(load(model), chosen, List.of(), report.getLocation().toFile().toPath());
		} catch (ModelException | SaveException e) {
			throw new CoreException(Status.error("No " + format + " report for " + model.getFullPath() + ":\n" + e.getMessage()));
		} finally {
			progress.worked(1);
			report.getParent().refreshLocal(IResource.DEPTH_ONE, progress.split(1));
		}
		return report;
	}

	/** The saved model, checked with its project's compliance settings; refused with its first errors when unusable. */
	private static PlatformModel load(IFile model) throws CoreException {
		try {
			PlatformModel platform = new ModelSet(ProjectCompliance.settingsFor(model.getProject())).load(model.getLocation().toFile().toPath());
			if (!platform.usable()) {
				String errors = platform.blockingDiagnostics().stream().limit(8).map(ModelDiagnostic::asText)
						.reduce((x, y) -> x + "\n" + y).orElse("");
				throw new CoreException(Status.error(model.getFullPath() + " has errors that stop the check; fix them first:\n" + errors));
			}
			return platform;
		} catch (ModelException e) {
			throw new CoreException(Status.error(e.getMessage()));
		}
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
}
