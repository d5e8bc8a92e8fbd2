// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.diagram;

import java.util.List;

import org.avpstudio.diagram.edit.ModelEdit;
import org.eclipse.ui.views.properties.ComboBoxPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;

/**
 * The VM selected in the diagram, as the Properties view shows and edits it: name, criticality and memory are
 * editable (each change is a diagram edit through the .avp serializer); role and devices are shown.
 */
public final class VmProperties implements IPropertySource {

	static final String NAME = "name";
	static final String CRITICALITY = "criticality";
	static final String MEMORY = "memory";
	static final String ROLE = "role";
	static final String DEVICES = "devices";
	static final List<String> LEVELS = List.of("QM", "ASIL-A", "ASIL-B", "ASIL-C", "ASIL-D");

	/** The values read from the model when the VM was selected. */
	public record Values(String name, String criticality, long memoryMiB, String role, int devices) {
	}

	private final DiagramView view;
	private final Values values;

	VmProperties(DiagramView view, Values values) {
		this.view = view;
		this.values = values;
	}

	public Values values() {
		return values;
	}

	@Override
	public Object getEditableValue() {
		return this;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		PropertyDescriptor role = new PropertyDescriptor(ROLE, "Role");
		PropertyDescriptor devices = new PropertyDescriptor(DEVICES, "VIRTIO devices");
		return new IPropertyDescriptor[] { new TextPropertyDescriptor(NAME, "Name"),
				new ComboBoxPropertyDescriptor(CRITICALITY, "Criticality", LEVELS.toArray(String[]::new)),
				new TextPropertyDescriptor(MEMORY, "Memory (MiB)"), role, devices };
	}

	@Override
	public Object getPropertyValue(Object id) {
		return switch ((String) id) {
		case NAME -> values.name();
		case CRITICALITY -> Math.max(0, LEVELS.indexOf(values.criticality()));
		case MEMORY -> String.valueOf(values.memoryMiB());
		case ROLE -> values.role();
		case DEVICES -> String.valueOf(values.devices());
		default -> null;
		};
	}

	@Override
	public boolean isPropertySet(Object id) {
		return false;
	}

	@Override
	public void resetPropertyValue(Object id) {
		// nothing has a default to go back to
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		switch ((String) id) {
		case NAME -> {
			String name = String.valueOf(value).strip();
			if (!name.equals(values.name()) && ModelEdit.isName(name)) {
				view.edit(ModelEdit.renameVm(values.name(), name));
				view.select("vm:" + name);
			}
		}
		case CRITICALITY -> {
			int index = value instanceof Integer i ? i : -1;
			if (index >= 0 && index < LEVELS.size() && !LEVELS.get(index).equals(values.criticality())) {
				view.edit(ModelEdit.setCriticality(values.name(), LEVELS.get(index)));
			}
		}
		case MEMORY -> {
			String text = String.valueOf(value).strip();
			if (text.matches("[1-9][0-9]*")) {
				view.edit(ModelEdit.setMemory(values.name(), Long.parseLong(text)));
			}
		}
		default -> {
			// role and devices are shown only
		}
		}
	}
}
