// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.naming;

import org.avpstudio.model.NamedElement;
import org.avpstudio.model.Platform;
import org.avpstudio.model.VirtioDevice;
import org.avpstudio.model.VirtualMachine;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;

/**
 * Names that engineers write in references: a VM, core, host device, network or region is known on the whole
 * platform by its simple name (they must be unique there anyway); a device is known as {@code vm.device},
 * so two VMs can both have a device called {@code rootfs}. The platform itself has no name in the index, so
 * files of the same platform do not collide.
 */
public class AvpQualifiedNameProvider extends IQualifiedNameProvider.AbstractImpl {

	@Override
	public QualifiedName getFullyQualifiedName(EObject object) {
		if (!(object instanceof NamedElement named) || named.getName() == null || object instanceof Platform) {
			return null;
		}
		if (object instanceof VirtioDevice device && device.eContainer() instanceof VirtualMachine vm
				&& vm.getName() != null) {
			return QualifiedName.create(vm.getName(), device.getName());
		}
		return QualifiedName.create(named.getName());
	}
}
