// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.builder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/** An AVP Studio project: its .avp files are validated by {@link AvpBuilder} on every build. */
public class AvpNature implements IProjectNature {

	public static final String ID = "org.avpstudio.ui.nature";

	private IProject project;

	@Override
	public void configure() throws CoreException {
		IProjectDescription description = project.getDescription();
		if (Arrays.stream(description.getBuildSpec()).noneMatch(command -> AvpBuilder.ID.equals(command.getBuilderName()))) {
			List<ICommand> commands = new ArrayList<>(Arrays.asList(description.getBuildSpec()));
			ICommand command = description.newCommand();
			command.setBuilderName(AvpBuilder.ID);
			commands.add(command);
			description.setBuildSpec(commands.toArray(ICommand[]::new));
			project.setDescription(description, null);
		}
	}

	@Override
	public void deconfigure() throws CoreException {
		IProjectDescription description = project.getDescription();
		description.setBuildSpec(Arrays.stream(description.getBuildSpec()).filter(c -> !AvpBuilder.ID.equals(c.getBuilderName()))
				.toArray(ICommand[]::new));
		project.setDescription(description, null);
	}

	@Override
	public IProject getProject() {
		return project;
	}

	@Override
	public void setProject(IProject project) {
		this.project = project;
	}

	/** Adds the nature (and so the builder) to a project that lacks it. */
	public static void addTo(IProject project, IProgressMonitor monitor) throws CoreException {
		if (project.isOpen() && !project.hasNature(ID)) {
			IProjectDescription description = project.getDescription();
			List<String> natures = new ArrayList<>(Arrays.asList(description.getNatureIds()));
			natures.add(ID);
			description.setNatureIds(natures.toArray(String[]::new));
			project.setDescription(description, monitor);
		}
	}
}
