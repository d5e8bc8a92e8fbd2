// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.importing;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;

/**
 * Page 2: runs the import (forked, with the wizard's progress bar and Cancel) when the page is shown and shows its
 * report: the files read, what was mapped (a count per kind), each part left out ({@code file:line}, what, why), each
 * name changed, and the files of a folder skipped. An input that cannot be read shows its {@code file:line:column}
 * message; the page is complete (Finish enabled) only when the import succeeded.
 */
public final class ImportReportPage extends WizardPage {

	private final Supplier<ImportRequest> request;
	private ImportOutcome outcome;
	private Label summary;
	private Composite errorBox;
	private Text error;
	private Tree tree;

	ImportReportPage(Supplier<ImportRequest> request) {
		super("importReport");
		this.request = request;
		setTitle("Import Report");
		setDescription("What became of each part of the input. Finish writes the .avp file.");
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		summary = new Label(page, SWT.WRAP);
		GridData summaryData = new GridData(SWT.FILL, SWT.TOP, true, false);
		summaryData.widthHint = 930;
		summary.setLayoutData(summaryData);

		errorBox = new Composite(page, SWT.NONE);
		errorBox.setLayout(new GridLayout(1, false));
		errorBox.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		new Label(errorBox, SWT.NONE).setText("The import stopped at:");
		error = new Text(errorBox, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.READ_ONLY);
		GridData errorData = new GridData(SWT.FILL, SWT.TOP, true, false);
		errorData.widthHint = 910;
		error.setLayoutData(errorData);
		error.setForeground(page.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		showError(false);

		tree = new Tree(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		tree.setHeaderVisible(true);
		tree.setLinesVisible(true);
		GridData treeData = new GridData(SWT.FILL, SWT.FILL, true, true);
		treeData.heightHint = 380;
		treeData.widthHint = 930;
		tree.setLayoutData(treeData);
		column("Where", 240);
		column("What", 370);
		column("Why", 300);
		setControl(page);
	}

	private void column(String title, int width) {
		TreeColumn column = new TreeColumn(tree, SWT.LEFT);
		column.setText(title);
		column.setWidth(width);
	}

	private void showError(boolean shown) {
		errorBox.setVisible(shown);
		((GridData) errorBox.getLayoutData()).exclude = !shown;
		errorBox.getParent().layout(true, true);
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		ImportRequest now = request.get();
		if (visible && now != null && (outcome == null || !outcome.request().equals(now))) {
			// after the page is on screen, so that the user sees it while the import runs
			getShell().getDisplay().asyncExec(() -> {
				if (!getControl().isDisposed() && isCurrentPage()) {
					runImport(now);
				}
			});
		}
	}

	/** The request changed on the first page: the report shown no longer holds. */
	void invalidate() {
		outcome = null;
		setPageComplete(false);
	}

	private void runImport(ImportRequest now) {
		summary.setText("Importing...");
		tree.removeAll();
		AtomicReference<ImportOutcome> done = new AtomicReference<>();
		try {
			getContainer().run(true, true, monitor -> {
				try {
					done.set(ImportRun.run(now, monitor));
				} catch (OperationCanceledException e) {
					throw new InterruptedException();
				}
			});
		} catch (InvocationTargetException e) {
			done.set(ImportOutcome.failed(now, List.of(), List.of(), String.valueOf(e.getCause())));
		} catch (InterruptedException e) {
			done.set(ImportOutcome.failed(now, List.of(), List.of(), "cancelled; go back and forth to import again"));
		}
		show(done.get());
	}

	private void show(ImportOutcome shown) {
		outcome = shown;
		tree.setRedraw(false);
		tree.removeAll();
		for (ReportRows.Section section : ReportRows.of(shown)) {
			TreeItem item = new TreeItem(tree, SWT.NONE);
			item.setText(0, section.title());
			item.setData(section.id());
			add(item, section.rows());
			// the mapped elements are many: their kinds and counts are shown, each element on request
			item.setExpanded(true);
		}
		tree.setRedraw(true);
		if (tree.getItemCount() > 0) {
			tree.setTopItem(tree.getItem(0));
		}
		summary.setText(ReportRows.summary(shown));
		if (shown.succeeded()) {
			setErrorMessage(null);
			showError(false);
		} else {
			setErrorMessage(shown.error());
			error.setText(shown.error());
			showError(true);
		}
		setPageComplete(shown.succeeded());
	}

	private static void add(TreeItem parent, List<ReportRows.Row> rows) {
		for (ReportRows.Row row : rows) {
			TreeItem item = new TreeItem(parent, SWT.NONE);
			item.setText(new String[] { row.where(), row.what(), row.why() });
			add(item, row.children());
		}
	}

	/** The outcome shown, or null before the import ran. */
	public ImportOutcome outcome() {
		return outcome;
	}

	/**
	 * The text of the rows the page shows in section {@code id} (see {@link ReportRows}), "where | what | why" each;
	 * a row's own rows (e.g. the elements of a kind mapped) follow it.
	 */
	public List<String> shownRows(String id) {
		List<String> rows = new ArrayList<>();
		for (TreeItem section : tree.getItems()) {
			if (id.equals(section.getData())) {
				addShown(section, rows);
			}
		}
		return rows;
	}

	private static void addShown(TreeItem parent, List<String> rows) {
		for (TreeItem row : parent.getItems()) {
			rows.add(row.getText(0) + " | " + row.getText(1) + " | " + row.getText(2));
			addShown(row, rows);
		}
	}

	/** The section titles shown. */
	public List<String> shownSections() {
		return java.util.Arrays.stream(tree.getItems()).map(i -> i.getText(0)).toList();
	}

	/** The error the page shows, or null. */
	public String shownError() {
		return errorBox.getVisible() ? error.getText() : null;
	}

	public String shownSummary() {
		return summary.getText();
	}
}
