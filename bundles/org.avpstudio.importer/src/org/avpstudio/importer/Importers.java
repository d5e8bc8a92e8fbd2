// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer;

import java.util.List;
import java.util.Optional;

import org.avpstudio.importer.internal.ArxmlImporter;
import org.avpstudio.importer.internal.CloudHypervisorImporter;
import org.avpstudio.importer.internal.CrosvmImporter;
import org.avpstudio.importer.internal.DeviceTreeImporter;
import org.avpstudio.importer.internal.LibvirtImporter;
import org.avpstudio.importer.internal.QemuImporter;
import org.avpstudio.importer.internal.XenImporter;

/** The formats AVP Studio imports. */
public final class Importers {

	private static final List<Importer> ALL = List.of(new LibvirtImporter(), new QemuImporter(), new XenImporter(), new CloudHypervisorImporter(),
			new CrosvmImporter(), new DeviceTreeImporter(), new ArxmlImporter());

	private Importers() {
	}

	public static List<Importer> all() {
		return ALL;
	}

	public static Optional<Importer> byId(String id) {
		return ALL.stream().filter(i -> i.id().equals(id)).findFirst();
	}

	/** The importer whose format {@code content} is in. */
	public static Optional<Importer> detect(String content) {
		return ALL.stream().filter(i -> i.detects(content)).findFirst();
	}

	/** The importer whose format {@code content} (a file's bytes: text or a binary format such as a .dtb) is in. */
	public static Optional<Importer> detect(byte[] content) {
		return ALL.stream().filter(i -> i.detects(content)).findFirst();
	}
}
