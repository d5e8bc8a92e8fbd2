// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.importing;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.avpstudio.importer.Importer;
import org.avpstudio.importer.Importers;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * Page 1: the configuration files (or folders), their format (detected or chosen), the board's device tree (optional:
 * read first into the platform's hardware section), and the .avp file to write (a workspace project and a file name).
 */
public final class ImportSourcePage extends WizardPage {

	static final String DETECT = "Detect from each file's content";

	private final IStructuredSelection selection;
	private final Runnable changed;
	private final List<Path> inputs = new ArrayList<>();
	private org.eclipse.swt.widgets.List inputList;
	private Combo format;
	private Text hardware;
	private Combo project;
	private Text fileName;
	private boolean fileNameTyped;

	/** {@code changed} runs after every edit (the report of an earlier request no longer holds). */
	ImportSourcePage(IStructuredSelection selection, Runnable changed) {
		super("importSource");
		this.selection = selection;
		this.changed = changed;
		setTitle("Import Hypervisor Configurations");
		setDescription("Read configurations of other tools (" + ImportRun.ids() + ") into a .avp platform model.");
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(1, false));

		Group source = group(page, "Configuration files", 2);
		inputList = new org.eclipse.swt.widgets.List(source, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		GridData listData = new GridData(SWT.FILL, SWT.FILL, true, true);
		listData.heightHint = 110;
		listData.widthHint = 520;
		inputList.setLayoutData(listData);
		Composite buttons = new Composite(source, SWT.NONE);
		buttons.setLayout(new GridLayout(1, true));
		buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		button(buttons, "Add &Files...", this::addFiles);
		button(buttons, "Add F&older...", this::addFolder);
		button(buttons, "&Remove", this::removeSelected);
		Label hint = new Label(source, SWT.WRAP);
		hint.setText("Of a folder, every file whose format is recognised is imported; the others are listed on the next page.");
		hint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));

		Label formatLabel = new Label(source, SWT.NONE);
		formatLabel.setText("F&ormat:");
		formatLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		format = new Combo(source, SWT.READ_ONLY);
		format.add(DETECT);
		// the importers there are, as the headless API lists them: formats added later appear without a change here
		for (Importer importer : Importers.all()) {
			format.add(importer.id());
		}
		format.select(0);
		format.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		format.addListener(SWT.Selection, e -> update());

		Group board = group(page, "Board device tree (hardware)", 2);
		board.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		hardware = new Text(board, SWT.BORDER);
		hardware.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		hardware.setMessage("optional: a .dts or .dtb of the board");
		hardware.addListener(SWT.Modify, e -> refreshName());
		button(board, "&Browse...", this::browseHardware).setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
		Label boardHint = new Label(board, SWT.WRAP);
		boardHint.setText("Read first, into the platform's hardware section, so that the VMs' vCPU pinning lands on the board's cores."
				+ " With a board, the configuration files may be left empty.");
		GridData boardHintData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		boardHintData.widthHint = 600;
		boardHint.setLayoutData(boardHintData);

		Group destination = group(page, "Destination", 2);
		new Label(destination, SWT.NONE).setText("&Project:");
		project = new Combo(destination, SWT.READ_ONLY);
		project.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		for (IProject each : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			if (each.isOpen()) {
				project.add(each.getName());
			}
		}
		IProject selected = selectedProject();
		if (selected != null) {
			project.select(project.indexOf(selected.getName()));
		} else if (project.getItemCount() == 1) {
			project.select(0);
		}
		project.addListener(SWT.Selection, e -> update());
		new Label(destination, SWT.NONE).setText("File &name:");
		fileName = new Text(destination, SWT.BORDER);
		fileName.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		fileName.setText("platform.avp");
		fileName.addListener(SWT.Modify, e -> update());
		fileName.addListener(SWT.KeyDown, e -> fileNameTyped = true);

		setControl(page);
		update();
		setErrorMessage(null); // no complaint before the user has done anything
	}

	private static Group group(Composite parent, String title, int columns) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(title);
		group.setLayout(new GridLayout(columns, false));
		group.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		return group;
	}

	private static Button button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}

	private IProject selectedProject() {
		if (selection != null) {
			for (Object element : selection.toList()) {
				IResource resource = Adapters.adapt(element, IResource.class);
				if (resource != null && resource.getProject() != null && resource.getProject().isOpen()) {
					return resource.getProject();
				}
			}
		}
		return null;
	}

	private void addFiles() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
		dialog.setText("Configuration Files to Import");
		// every file: formats are told by content, and the importer's list of formats grows
		dialog.setFilterExtensions(new String[] { "*" });
		if (dialog.open() != null) {
			Path folder = Path.of(dialog.getFilterPath());
			addInputs(Arrays.stream(dialog.getFileNames()).map(folder::resolve).toList());
		}
	}

	private void browseHardware() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setText("Board Device Tree");
		dialog.setFilterExtensions(new String[] { "*.dts;*.dtb", "*.dts", "*.dtb", "*" });
		dialog.setFilterNames(new String[] { "Device trees (*.dts, *.dtb)", "Device tree sources (*.dts)", "Device tree blobs (*.dtb)", "All files" });
		String chosen = dialog.open();
		if (chosen != null) {
			setHardware(Path.of(chosen));
		}
	}

	private void addFolder() {
		DirectoryDialog dialog = new DirectoryDialog(getShell());
		dialog.setText("Folder of Configurations to Import");
		String chosen = dialog.open();
		if (chosen != null) {
			addInputs(List.of(Path.of(chosen)));
		}
	}

	private void removeSelected() {
		int[] indices = inputList.getSelectionIndices();
		Arrays.sort(indices);
		for (int i = indices.length - 1; i >= 0; i--) {
			inputs.remove(indices[i]);
		}
		refreshInputs();
	}

	/** Adds files or folders to import (as the Add buttons do). */
	public void addInputs(List<Path> paths) {
		for (Path path : paths) {
			Path absolute = path.toAbsolutePath().normalize();
			if (!inputs.contains(absolute)) {
				inputs.add(absolute);
			}
		}
		refreshInputs();
	}

	private void refreshInputs() {
		inputList.setItems(inputs.stream().map(p -> Files.isDirectory(p) ? p + "/ (folder)" : p.toString()).toArray(String[]::new));
		refreshName();
	}

	/** Names the file after the first input (or the board, when there is none) until the user types a name. */
	private void refreshName() {
		Path board = hardwarePath();
		Path first = !inputs.isEmpty() ? inputs.get(0) : board != null && board.getFileName() != null ? board : null;
		if (!fileNameTyped && first != null) {
			String name = first.getFileName().toString();
			int dot = name.lastIndexOf('.');
			fileName.setText((dot > 0 ? name.substring(0, dot) : name) + ".avp");
		}
		update();
	}

	/** Chooses the board's device tree (or any board description), read first into the hardware section; null for none. */
	public void setHardware(Path board) {
		hardware.setText(board == null ? "" : board.toAbsolutePath().normalize().toString());
	}

	/** The board's description as typed or chosen, or null when the field is empty or not a path. */
	private Path hardwarePath() {
		String typed = hardware.getText().trim();
		try {
			return typed.isEmpty() ? null : Path.of(typed).toAbsolutePath().normalize();
		} catch (InvalidPathException e) {
			return null;
		}
	}

	/** What is wrong with the board field, or null (it is optional). */
	private String hardwareProblem() {
		if (hardware.getText().isBlank()) {
			return null;
		}
		Path board = hardwarePath();
		if (board == null) {
			return "'" + hardware.getText().trim() + "' is not a file's path; choose the board's device tree.";
		}
		if (!Files.exists(board)) {
			return board + " does not exist.";
		}
		return Files.isDirectory(board) ? board + " is a folder; choose the board's device tree file (.dts, .dtb)." : null;
	}

	/** Chooses the format: an importer's id, or null to detect it per file. */
	public void setFormat(String id) {
		format.select(id == null ? 0 : format.indexOf(id));
		update();
	}

	/** Chooses the destination project and file name. */
	public void setDestination(IProject destination, String name) {
		project.select(project.indexOf(destination.getName()));
		fileName.setText(name);
		fileNameTyped = true;
		update();
	}

	/** The project chosen to write into, or null. */
	public IProject destinationProject() {
		return project.getSelectionIndex() < 0 ? null : ResourcesPlugin.getWorkspace().getRoot().getProject(project.getText());
	}

	/** The formats the page offers, detection first. */
	public List<String> formats() {
		return List.of(format.getItems());
	}

	/** The request as the page stands, or null while it is incomplete. */
	ImportRequest request() {
		Path board = hardwarePath();
		if (inputs.isEmpty() && board == null || hardwareProblem() != null || project.getSelectionIndex() < 0
				|| fileNameProblem(fileName.getText()) != null) {
			return null;
		}
		String chosen = format.getSelectionIndex() <= 0 ? null : format.getItem(format.getSelectionIndex());
		return new ImportRequest(inputs, board, chosen, destinationProject(), fileName.getText().trim());
	}

	private void update() {
		changed.run();
		String problem = null;
		if (inputs.isEmpty() && hardware.getText().isBlank()) {
			problem = "Add the configuration files or a folder to import, or the board's device tree.";
		} else if (inputs.stream().anyMatch(p -> !Files.exists(p))) {
			problem = inputs.stream().filter(p -> !Files.exists(p)).findFirst().get() + " does not exist.";
		} else if (hardwareProblem() != null) {
			problem = hardwareProblem();
		} else if (project.getItemCount() == 0) {
			problem = "There is no open project to import into; create a project first.";
		} else if (project.getSelectionIndex() < 0) {
			problem = "Choose the project to write the .avp file into.";
		} else {
			problem = fileNameProblem(fileName.getText());
		}
		setErrorMessage(problem);
		setMessage(null);
		if (problem == null) {
			ImportRequest request = request();
			if (request.file().exists() || request.file().getLocation() != null && request.file().getLocation().toFile().exists()) {
				setMessage(request.file().getFullPath() + " exists; Finish asks before replacing it.", IMessageProvider.WARNING);
			}
		}
		setPageComplete(problem == null);
	}

	/** Why {@code name} cannot be the .avp file's name, or null when it can. */
	static String fileNameProblem(String name) {
		String trimmed = name.trim();
		if (trimmed.isEmpty()) {
			return "Enter the name of the .avp file to write.";
		}
		if (!trimmed.endsWith(".avp") || trimmed.length() == ".avp".length()) {
			return "The file name must be NAME.avp.";
		}
		IStatus valid = ResourcesPlugin.getWorkspace().validateName(trimmed, IResource.FILE);
		return valid.isOK() ? null : valid.getMessage();
	}
}
