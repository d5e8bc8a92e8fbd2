// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.generator;

import java.util.List;

import org.avpstudio.validation.PlatformScope;

/** A hypervisor configuration format generated from a platform model. */
public interface Target {

	/** The name used on the command line, e.g. {@code qemu}. */
	String name();

	List<GeneratedFile> generate(PlatformScope platform, GenerationContext context);
}
