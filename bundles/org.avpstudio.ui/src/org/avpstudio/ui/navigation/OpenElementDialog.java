// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.navigation;

import java.util.Comparator;

import org.avpstudio.ui.AvpStudioUi;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.dialogs.DialogSettings;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.FilteredItemsSelectionDialog;

/**
 * Open AVP Element (Ctrl+Shift+Alt+E): every VM, device, core, host device, network, ... of the workspace's .avp
 * files, filtered by name as the user types (prefix, camel case, * and ?); OK opens the file at the element.
 */
public class OpenElementDialog extends FilteredItemsSelectionDialog {

	private static final IDialogSettings SETTINGS = new DialogSettings("org.avpstudio.ui.openElement");

	public OpenElementDialog(Shell shell) {
		super(shell, false);
		setTitle("Open AVP Element");
		setMessage("Enter an element name (* = any string, ? = any character, camel case):");
		LabelProvider labels = new LabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof AvpElement avp ? avp.label() : element == null ? "" : element.toString();
			}
		};
		setListLabelProvider(labels);
		setDetailsLabelProvider(labels);
	}

	@Override
	protected Control createExtendedContentArea(Composite parent) {
		return null;
	}

	@Override
	protected IDialogSettings getDialogSettings() {
		return SETTINGS;
	}

	@Override
	protected IStatus validateItem(Object item) {
		return Status.OK_STATUS;
	}

	@Override
	protected ItemsFilter createFilter() {
		return new ItemsFilter() {
			@Override
			public boolean matchItem(Object item) {
				return item instanceof AvpElement element && matches(element.simpleName());
			}

			@Override
			public boolean isConsistentItem(Object item) {
				return true;
			}
		};
	}

	@Override
	protected Comparator<AvpElement> getItemsComparator() {
		return Comparator.comparing(AvpElement::simpleName, String.CASE_INSENSITIVE_ORDER).thenComparing(AvpElement::label);
	}

	@Override
	protected void fillContentProvider(AbstractContentProvider content, ItemsFilter filter, IProgressMonitor monitor) throws CoreException {
		for (AvpElement element : AvpElement.all()) {
			if (monitor != null && monitor.isCanceled()) {
				break;
			}
			content.add(element, filter);
		}
	}

	@Override
	public String getElementName(Object item) {
		return item instanceof AvpElement element ? element.simpleName() : String.valueOf(item);
	}

	static String pluginId() {
		return AvpStudioUi.PLUGIN_ID;
	}
}
