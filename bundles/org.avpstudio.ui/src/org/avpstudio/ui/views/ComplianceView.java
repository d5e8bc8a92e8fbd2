// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.views;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.avpstudio.ui.editor.ActiveAvpEditor;
import org.avpstudio.ui.editor.AvpDocumentSync;
import org.avpstudio.ui.editor.AvpLanguageServer;
import org.avpstudio.ui.preferences.ProjectCompliance;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * AVPS Compliance: every requirement of the catalog with its status for each VM of the .avp file in the active
 * editor, updated after each validation while typing. Double-click a failing line to go to the element concerned.
 */
public class ComplianceView extends ViewPart {

	public static final String ID = "org.avpstudio.ui.complianceView";

	/** Failures first, then what still needs evidence, then what is settled. */
	private static final List<String> STATUS_ORDER = List.of("fail", "needs guest check", "manual", "waived", "pass", "disabled");

	private TableViewer table;
	private Label summary;
	private ActiveAvpEditor active;
	private volatile List<RequirementRow> rows = List.of();

	/** A view brought to the front catches up with the edits it skipped while hidden. */
	private final IPartListener2 shown = new IPartListener2() {
		@Override
		public void partVisible(IWorkbenchPartReference reference) {
			AvpDocumentSync sync = active == null ? null : active.sync();
			if (reference.getPart(false) == ComplianceView.this && sync != null) {
				refresh(sync);
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		summary = new Label(parent, SWT.NONE);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		summary.setText("Open a .avp file to see its AVPS compliance.");
		Composite tableArea = new Composite(parent, SWT.NONE);
		tableArea.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		TableColumnLayout layout = new TableColumnLayout();
		tableArea.setLayout(layout);
		table = new TableViewer(tableArea, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL | SWT.VIRTUAL);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		column(layout, "Requirement", 22, RequirementRow::requirementId);
		column(layout, "VM", 10, RequirementRow::vm);
		column(layout, "Status", 10, RequirementRow::status);
		column(layout, "Level", 9, RequirementRow::level);
		column(layout, "Provenance", 12, RequirementRow::provenance);
		column(layout, "Subject", 18, RequirementRow::subject);
		column(layout, "Finding", 34, RequirementRow::finding);
		table.addDoubleClickListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection selection && selection.getFirstElement() instanceof RequirementRow row) {
				reveal(row);
			}
		});
		getSite().setSelectionProvider(table);
		getSite().getPage().addPartListener(shown);
		active = new ActiveAvpEditor(getSite().getPage(), this::refresh);
	}

	private void column(TableColumnLayout layout, String title, int weight, Function<RequirementRow, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
		column.getColumn().setText(title);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((RequirementRow) element);
			}

			@Override
			public Color getForeground(Object element) {
				return "Status".equals(title) ? statusColor(((RequirementRow) element).status()) : null;
			}
		});
	}

	private Color statusColor(String status) {
		int color = switch (status) {
		case "fail" -> SWT.COLOR_DARK_RED;
		case "pass" -> SWT.COLOR_DARK_GREEN;
		case "waived" -> SWT.COLOR_DARK_YELLOW;
		default -> SWT.COLOR_DARK_GRAY;
		};
		return table.getControl().getDisplay().getSystemColor(color);
	}

	private void refresh(AvpDocumentSync sync) {
		if (!getSite().getPage().isPartVisible(this)) {
			return; // brought up to date when shown again
		}
		String name = sync.file().getName();
		String profile = ProjectCompliance.settingsFor(sync.file().getProject()).profile().name();
		AvpLanguageServer.get().read(sync.id().getUri(), RequirementRow::of).thenAccept(computed -> {
			if (computed == null || table.getControl().isDisposed()) {
				return;
			}
			table.getControl().getDisplay().asyncExec(() -> show(name, profile, computed));
		});
	}

	private void show(String name, String profile, List<RequirementRow> computed) {
		if (table.getControl().isDisposed()) {
			return;
		}
		List<RequirementRow> sorted = new java.util.ArrayList<>(computed);
		sorted.sort(java.util.Comparator.comparingInt((RequirementRow row) -> STATUS_ORDER.indexOf(row.status()))
				.thenComparing(RequirementRow::requirementId).thenComparing(RequirementRow::vm));
		rows = sorted;
		table.setInput(sorted);
		Map<String, Integer> counts = new TreeMap<>();
		computed.forEach(row -> counts.merge(row.status(), 1, Integer::sum));
		StringBuilder text = new StringBuilder(name + " (profile " + profile + "): ");
		counts.forEach((status, count) -> text.append(count).append(' ').append(status).append(", "));
		summary.setText(computed.isEmpty() ? name + ": no platform to check" : text.substring(0, text.length() - 2));
		summary.getParent().layout();
	}

	private void reveal(RequirementRow row) {
		ITextEditor editor = active.editor();
		if (editor != null && row.offset() >= 0) {
			getSite().getPage().activate(editor);
			editor.selectAndReveal(row.offset(), row.length());
		}
	}

	/** The rows shown now (for tests and for copying). */
	public List<RequirementRow> rows() {
		return rows;
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(shown);
		active.dispose();
		super.dispose();
	}
}
