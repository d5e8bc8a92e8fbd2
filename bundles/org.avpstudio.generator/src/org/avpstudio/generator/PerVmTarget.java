// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.generator;

import java.util.ArrayList;
import java.util.List;

import org.avpstudio.model.Architecture;
import org.avpstudio.model.Hardware;
import org.avpstudio.model.VirtualMachine;
import org.avpstudio.validation.PlatformScope;

/** The shape every target shares: files per VM, knowing the platform's architecture. */
public abstract class PerVmTarget implements Target {

	@Override
	public final List<GeneratedFile> generate(PlatformScope platform, GenerationContext context) {
		Architecture architecture = platform.hardware().map(Hardware::getArchitecture).orElse(Architecture.X86_64);
		List<GeneratedFile> files = new ArrayList<>();
		for (VirtualMachine vm : platform.vms()) {
			files.addAll(generate(vm, architecture, context));
		}
		return files;
	}

	protected abstract List<GeneratedFile> generate(VirtualMachine vm, Architecture architecture, GenerationContext context);
}
