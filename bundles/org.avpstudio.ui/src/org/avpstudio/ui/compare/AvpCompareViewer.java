// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.compare;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.avpstudio.core.ModelDiff;
import org.avpstudio.core.ModelException;
import org.avpstudio.dsl.validation.ComplianceSettings;
import org.avpstudio.ui.preferences.ProjectCompliance;
import org.eclipse.compare.CompareConfiguration;
import org.eclipse.compare.CompareUI;
import org.eclipse.compare.IResourceProvider;
import org.eclipse.compare.IStreamContentAccessor;
import org.eclipse.compare.ITypedElement;
import org.eclipse.compare.structuremergeviewer.ICompareInput;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * The semantic comparison of two .avp files in Eclipse's compare editor (*Compare With > Each Other*, or any compare
 * of .avp content): the elements added, removed, changed (attribute old -> new) and moved between VMs, and the
 * findings introduced and fixed, as {@code avp diff} prints them ({@link ModelDiff}). The right side is taken as the
 * old version, the left as the new one. The models are loaded in a Job, with the new file's project settings.
 */
public class AvpCompareViewer extends Viewer {

	/** The title the compare editor shows above the viewer. */
	public static final String TITLE = "AVP Semantic Compare";

	private final StyledText text;
	private final CompareConfiguration configuration;
	private Object input;
	private Job running;

	public AvpCompareViewer(Composite parent, CompareConfiguration configuration) {
		this.configuration = configuration;
		text = new StyledText(parent, SWT.READ_ONLY | SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		text.setFont(JFaceResources.getTextFont());
		text.setData(CompareUI.COMPARE_VIEWER_TITLE, TITLE);
		text.setData(AvpCompareViewer.class.getName(), this);
	}

	@Override
	public Control getControl() {
		return text;
	}

	@Override
	public Object getInput() {
		return input;
	}

	@Override
	public void setInput(Object input) {
		this.input = input;
		refresh();
	}

	@Override
	public ISelection getSelection() {
		return StructuredSelection.EMPTY;
	}

	@Override
	public void setSelection(ISelection selection, boolean reveal) {
		// nothing to select
	}

	/** What the viewer shows now (tests read it). */
	public String text() {
		return text.getText();
	}

	@Override
	public void refresh() {
		if (!(input instanceof ICompareInput compare) || compare.getLeft() == null || compare.getRight() == null) {
			show("Select two .avp files and choose Compare With > Each Other to see their semantic differences.");
			return;
		}
		show("Comparing the models ...");
		if (running != null) {
			running.cancel();
		}
		ITypedElement newer = compare.getLeft();
		ITypedElement older = compare.getRight();
		Job job = Job.create("Comparing AVP models", (IProgressMonitor monitor) -> {
			String shown = describe(older, newer);
			if (!text.isDisposed() && !monitor.isCanceled()) {
				text.getDisplay().asyncExec(() -> show(shown));
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		running = job;
		job.schedule();
	}

	private String describe(ITypedElement older, ITypedElement newer) {
		List<Path> temporary = new ArrayList<>();
		try {
			Path oldFile = path(older, temporary);
			Path newFile = path(newer, temporary);
			ComplianceSettings settings = newer instanceof IResourceProvider p && p.getResource() != null
					? ProjectCompliance.settingsFor(p.getResource().getProject())
					: ComplianceSettings.defaults();
			String header = "Old (right): " + label(older, false) + "\nNew (left):  " + label(newer, true) + "\n\n";
			return header + ModelDiff.text(ModelDiff.compare(oldFile, newFile, settings));
		} catch (ModelException | IOException | CoreException | RuntimeException e) {
			return "The models could not be compared: " + e.getMessage();
		} finally {
			for (Path p : temporary) {
				try {
					Files.deleteIfExists(p);
				} catch (IOException e) {
					// a temporary copy; the system cleans it up
				}
			}
		}
	}

	private String label(ITypedElement element, boolean left) {
		String label = left ? configuration.getLeftLabel(input) : configuration.getRightLabel(input);
		return label == null || label.isEmpty() ? element.getName() : label;
	}

	/** The file behind a side: the workspace file itself, or a temporary copy of its content (history, repositories). */
	private static Path path(ITypedElement element, List<Path> temporary) throws IOException, CoreException {
		if (element instanceof IResourceProvider provider && provider.getResource() instanceof IFile file && file.getLocation() != null) {
			return file.getLocation().toFile().toPath();
		}
		if (element instanceof IStreamContentAccessor content) {
			Path copy = Files.createTempFile("avp-compare-", "-" + element.getName().replaceAll("[^A-Za-z0-9._-]", "_"));
			temporary.add(copy);
			try (InputStream in = content.getContents()) {
				Files.write(copy, in == null ? new byte[0] : in.readAllBytes());
			}
			return copy;
		}
		throw new IOException(element.getName() + " has no content to compare");
	}

	private void show(String shown) {
		if (text.isDisposed()) {
			return;
		}
		text.setText(shown);
		List<StyleRange> styles = new ArrayList<>();
		Color red = text.getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
		Color green = text.getDisplay().getSystemColor(SWT.COLOR_DARK_GREEN);
		Color blue = text.getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE);
		int offset = 0;
		for (String line : shown.split("\n", -1)) {
			String t = line.strip();
			Color color = t.startsWith("added") || t.startsWith("fixed") ? green
					: t.startsWith("removed") || t.startsWith("introduced") ? red
					: t.startsWith("changed") || t.startsWith("moved") ? blue : null;
			if (color != null) {
				styles.add(new StyleRange(offset, line.length(), color, null));
			} else if (line.startsWith("Model:") || line.startsWith("Compliance:")) {
				styles.add(new StyleRange(offset, line.length(), null, null, SWT.BOLD));
			}
			offset += line.length() + 1;
		}
		text.setStyleRanges(styles.toArray(StyleRange[]::new));
	}

	/** Whether a Job is still comparing (tests wait for it). */
	public boolean busy() {
		return running != null && running.getState() != Job.NONE;
	}

}
