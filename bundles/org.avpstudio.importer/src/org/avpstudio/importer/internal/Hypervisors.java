// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer.internal;

import org.avpstudio.importer.ImportReport;
import org.avpstudio.importer.SourcePosition;
import org.avpstudio.model.AvpFactory;
import org.avpstudio.model.Hypervisor;
import org.avpstudio.model.HypervisorKind;
import org.avpstudio.model.Platform;

/** The platform's one hypervisor, made from the first input that names one. */
final class Hypervisors {

	private Hypervisors() {
	}

	/** Makes the hypervisor of {@code kind} when the platform has none; false when it has one of another kind. */
	static boolean of(Platform platform, HypervisorKind kind, SourcePosition at, ImportReport report) {
		if (platform.getHypervisor() != null) {
			return platform.getHypervisor().getKind() == kind;
		}
		Hypervisor hypervisor = AvpFactory.eINSTANCE.createHypervisor();
		hypervisor.setName(kind == HypervisorKind.XEN ? "xen" : "kvm");
		hypervisor.setKind(kind);
		platform.setHypervisor(hypervisor);
		report.mapped(hypervisor, "hypervisor " + kind.getLiteral(), at);
		return true;
	}
}
