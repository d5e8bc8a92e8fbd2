// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.commands;

import java.util.Arrays;
import java.util.List;

import org.avpstudio.generator.Target;
import org.avpstudio.generator.Targets;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.dialogs.ListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/** Generate: the user ticks hypervisor targets; a Job writes them under {@code generated/<target>/} of the project. */
public class GenerateHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IFile model = AvpSelection.fileOrExplain(event, "Generate");
		if (model == null) {
			return null;
		}
		List<String> names = Targets.all().stream().map(Target::name).toList();
		ListSelectionDialog dialog = ListSelectionDialog.of(names).contentProvider(ArrayContentProvider.getInstance())
				.labelProvider(new LabelProvider()).message("Hypervisor configurations to generate from " + model.getName() + " into generated/<target>/:")
				.title("Generate").preselect(names.toArray()).create(HandlerUtil.getActiveShell(event));
		if (dialog.open() != Window.OK || dialog.getResult().length == 0) {
			return null;
		}
		List<String> chosen = Arrays.stream(dialog.getResult()).map(String.class::cast).toList();
		if (!AvpSelection.saveEditorsOf(model)) {
			return null;
		}
		schedule(model, chosen);
		return null;
	}

	/** Runs the generation as a cancellable Job and returns it. */
	public static Job schedule(IFile model, List<String> targets) {
		return ComplianceArtifacts.schedule("Generating " + String.join(", ", targets) + " from " + model.getName(), model, monitor -> {
			IStatus status = ComplianceArtifacts.generate(model, targets, monitor);
			return status.getSeverity() == IStatus.ERROR ? status : Status.OK_STATUS;
		});
	}
}
