// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer.tests;

import static org.junit.Assert.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.stream.Stream;

import org.avpstudio.core.Generation;
import org.avpstudio.core.PlatformModel;
import org.avpstudio.generator.Targets;
import org.avpstudio.importer.PlatformImport;
import org.avpstudio.model.BlockDevice;
import org.avpstudio.model.ImageBackend;
import org.avpstudio.model.NetworkDevice;
import org.avpstudio.model.VirtualMachine;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Import, write .avp, generate libvirt domain XML, and libvirt's schema accepts each domain, which imports back to
 * the same VMs (name, vCPUs and their pinning, memory, device kinds and counts, disk sources, MACs), less the devices the
 * libvirt target reports it cannot express. For the project's fixtures and every file of ../shared/corpus/libvirt
 * (none of which maps fully: each has parts with no place in the model, such as uuid or clock).
 */
public class RoundTripTest {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	@Test
	public void theFixtureComesBackThroughLibvirt() throws Exception {
		roundTrip(Fixtures.resource("two-guests.xml"));
	}

	@Test
	public void everyCorpusFileImportsToAUsableModelWhoseMappedPartComesBackThroughLibvirt() throws Exception {
		Path corpus = Fixtures.corpus("libvirt");
		List<Path> files;
		try (Stream<Path> list = Files.list(corpus)) {
			files = list.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
		}
		List<String> complete = new ArrayList<>();
		for (Path file : files) {
			PlatformImport.Result imported = PlatformImport.read("corpus", List.of(file), null);
			assertEquals(file.toString(), 1, imported.platform().getVirtualMachines().size());
			if (imported.report().complete()) {
				complete.add(file.getFileName().toString());
			}
			roundTrip(file);
		}
		System.out.println("RoundTripTest: " + files.size() + " corpus files imported and through libvirt; fully mapped: " + complete);
	}

	private void roundTrip(Path input) throws Exception {
		PlatformImport.Result imported = PlatformImport.read("trip", List.of(input), null);
		PlatformModel model = Fixtures.written(imported, tmp.newFolder().toPath());
		Path out = tmp.newFolder().toPath();
		Generation.Result generated = Generation.generate(model, List.of(Targets.byName("libvirt").orElseThrow()), out);
		// what the target says it cannot express (e.g. virtio-sound in libvirt 9.0) is not expected back
		Set<String> notExpressed = new HashSet<>();
		generated.findings().forEach(f -> notExpressed.add(EcoreUtil.getURI(f.element()).fragment()));
		List<Path> domains = new ArrayList<>();
		for (VirtualMachine vm : imported.platform().getVirtualMachines()) {
			Path domain = out.resolve("libvirt/" + vm.getName() + ".xml");
			Fixtures.Run schema = Fixtures.run(List.of("virt-xml-validate", domain.toString(), "domain"));
			assertEquals(domain + ": " + schema.output(), 0, schema.exit());
			// libvirt itself takes the domain: defined on its test driver (no hypervisor needed), on an empty node so that
			// no domain of the driver's default node (one is called "test") is in the way
			Path node = Files.writeString(out.resolve("empty-node.xml"), "<node/>\n");
			Fixtures.Run define = Fixtures.run(List.of("virsh", "-c", "test://" + node.toAbsolutePath(), "define", domain.toString()));
			assertEquals(domain + ": " + define.output(), 0, define.exit());
			domains.add(domain);
		}
		PlatformImport.Result back = PlatformImport.read("trip", domains, "libvirt");
		assertEquals(facts(model.platform().getVirtualMachines(), notExpressed), facts(back.platform().getVirtualMachines(), Set.of()));
	}

	// what must survive the trip, as one comparable text per VM
	private static List<String> facts(List<VirtualMachine> vms, Set<String> notExpressed) {
		return vms.stream().map(vm -> vm.getName() + " vcpus=" + vm.getVcpus().stream().map(c -> c.getPinnedTo() == null ? "-" : "" + c.getPinnedTo().getIndex()).toList() + " memory=" + vm.getMemoryMiB() + " devices="
				+ vm.getDevices().stream().filter(d -> !notExpressed.contains(EcoreUtil.getURI(d).fragment())).map(d -> d.eClass().getName()).sorted().toList() + " disks="
				+ vm.getDevices().stream().filter(BlockDevice.class::isInstance)
						.map(d -> d.getBackend() instanceof ImageBackend i ? i.getPath() + (((BlockDevice) d).isReadOnly() ? " ro" : "") : "?").toList()
				+ " macs=" + vm.getDevices().stream().filter(NetworkDevice.class::isInstance).map(d -> ((NetworkDevice) d).getMac()).toList())
				.toList();
	}
}
