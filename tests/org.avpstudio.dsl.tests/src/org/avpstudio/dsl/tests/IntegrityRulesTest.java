// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.avpstudio.model.NetworkDevice;
import org.avpstudio.model.Platform;
import org.avpstudio.model.SharedMemoryDevice;
import org.avpstudio.model.VirtualCpu;
import org.avpstudio.model.VirtualMachine;
import org.avpstudio.spec.CatalogLoader;
import org.avpstudio.validation.ComplianceEngine;
import org.avpstudio.validation.ComplianceResult;
import org.avpstudio.validation.CriticalityDependency;
import org.avpstudio.validation.Finding;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.ProfileLoader;
import org.avpstudio.validation.Severity;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.Test;

/**
 * The platform integrity rules beyond "the fixture is reported" (RuleFixturesTest): their quick fixes remove the
 * finding and change only what they say, the severities follow the catalog levels, the over-subscription ratio and
 * the dependency that a waiver justifies, and the cockpit examples' criticality dependencies.
 */
public class IntegrityRulesTest {

	private final ComplianceEngine engine = new ComplianceEngine(CatalogLoader.builtIn(), ProfileLoader.builtIn(ProfileLoader.DEFAULT));

	private static List<Platform> fixture(String id) {
		XtextResource resource = AvpModels.load(AvpModels.resources().resolve("rules/" + id + ".violates.avp"));
		return platforms(resource);
	}

	private static List<Platform> platforms(Resource main) {
		List<Platform> parts = new ArrayList<>();
		for (Resource r : main.getResourceSet().getResources()) {
			r.getContents().stream().filter(Platform.class::isInstance).map(Platform.class::cast).forEach(parts::add);
		}
		parts.remove(main.getContents().get(0));
		parts.add(0, (Platform) main.getContents().get(0));
		return parts;
	}

	private List<Finding> findings(List<Platform> platform, String id) {
		return engine.validate(platform).findings().stream().filter(f -> f.requirementId().equals(id)).toList();
	}

	/** Applies the quick fix of the only finding of {@code id} and returns the platform, now without that finding. */
	private List<Platform> fixed(String id, String label) {
		List<Platform> platform = fixture(id);
		List<Finding> found = findings(platform, id);
		assertEquals(id + ": " + found, 1, found.size());
		Finding finding = found.get(0);
		assertTrue(id + " has a quick fix", finding.quickFix().isPresent());
		assertTrue(finding.quickFix().get().label(), finding.quickFix().get().label().contains(label));
		finding.quickFix().get().apply(finding.element());
		assertEquals(id + " after the fix", List.of(), findings(platform, id).stream().map(Finding::message).toList());
		assertEquals("no integrity error after the fix of " + id, List.of(), engine.validate(platform).findings().stream()
				.filter(f -> f.requirementId().startsWith("AVP-") && f.severity() == Severity.ERROR).map(Finding::message).toList());
		return platform;
	}

	private static VirtualMachine vm(List<Platform> platform, String name) {
		return new PlatformScope(platform).vms().stream().filter(v -> v.getName().equals(name)).findFirst().orElseThrow();
	}

	@Test
	public void renumberVcpus() {
		List<Platform> platform = fixed("AVP-CPU-1", "Renumber the vCPUs of 'beta' from 0");
		VirtualCpu vcpu = vm(platform, "beta").getVcpus().get(0);
		assertEquals(0, vcpu.getIndex());
		assertEquals("the pin is kept", "c1", vcpu.getPinnedTo().getName());
	}

	@Test
	public void moveAVcpuOffAnExclusiveCoreToAFreeOne() {
		List<Platform> platform = fixed("AVP-CPU-3", "Move the vCPU to free core 'c1'");
		assertEquals("c1", vm(platform, "beta").getVcpus().get(0).getPinnedTo().getName());
		assertEquals("c0", vm(platform, "alpha").getVcpus().get(0).getPinnedTo().getName());
	}

	@Test
	public void moveTheHigherCriticalityVcpuToAFreeCore() {
		List<Platform> platform = fixture("AVP-CPU-5");
		Finding finding = findings(platform, "AVP-CPU-5").get(0);
		assertEquals(Severity.ERROR, finding.severity());
		assertEquals("the ASIL-B VM's vCPU is reported", "beta", ((VirtualMachine) finding.element().eContainer()).getName());
		assertTrue(finding.message(), finding.message().contains("(ASIL-B) shares core 'c0' with 'alpha' (QM)"));
		fixed("AVP-CPU-5", "Move the vCPU to free core 'c1'");
	}

	@Test
	public void oversubscriptionIsAnInfoWithItsRatio() {
		Finding finding = findings(fixture("AVP-CPU-4"), "AVP-CPU-4").get(0);
		assertEquals(Severity.INFO, finding.severity());
		assertTrue(finding.message(), finding.message().contains("core 'c0' is over-subscribed 2:1 (vCPU 0 of VM 'alpha', vCPU 0 of VM 'beta')"));
	}

	@Test
	public void freshMac() {
		List<Platform> platform = fixed("AVP-NET-1", "fresh locally administered MAC");
		List<String> macs = new PlatformScope(platform).devices(NetworkDevice.class).stream().map(NetworkDevice::getMac).toList();
		assertEquals(macs.toString(), 2, macs.stream().distinct().count());
		assertEquals("alpha keeps its address", "52:54:00:00:00:01", macs.get(0));
		assertTrue(macs.get(1), macs.get(1).matches("52:54:00(:[0-9a-f]{2}){3}"));
	}

	@Test
	public void freshMacForAMulticastAndAVendorAddress() {
		fixed("AVP-NET-2", "fresh locally administered MAC");
		fixed("AVP-NET-3", "fresh locally administered MAC");
	}

	@Test
	public void removeTheSecondPassthrough() {
		List<Platform> platform = fixed("AVP-DEV-1", "Remove the pass-through of 'crypto0' from 'beta'");
		assertEquals("crypto0", vm(platform, "alpha").getPassthrough().get(0).getName());
		assertTrue(vm(platform, "beta").getPassthrough().isEmpty());
	}

	@Test
	public void readOnlyPeerMapsReadOnly() {
		List<Platform> platform = fixed("AVP-MEM-4", "Map region 'frames' read-only");
		assertTrue(new PlatformScope(platform).devices(SharedMemoryDevice.class).get(0).isReadOnly());
	}

	@Test
	public void repeatedPeerLineRemoved() {
		fixed("AVP-MEM-2", "Remove the repeated peer line");
	}

	@Test
	public void whereTheFixIsAmbiguousThereIsNone() {
		for (String id : List.of("AVP-CPU-2", "AVP-MEM-1", "AVP-MEM-3", "AVP-DEV-2", "AVP-DEV-3", "AVP-NET-4", "AVP-NET-5", "AVP-NAME-1",
				"AVP-NAME-2", "AVP-NAME-3", "AVP-FFI-1", "AVP-FFI-2", "AVP-FFI-3")) {
			List<Finding> found = findings(fixture(id), id);
			assertFalse(id, found.isEmpty());
			assertTrue(id, found.stream().allMatch(f -> f.quickFix().isEmpty()));
		}
	}

	@Test
	public void messagesNameWhatIsWrongAndTheTarget() {
		assertTrue(findings(fixture("AVP-NAME-1"), "AVP-NAME-1").get(0).message()
				.contains("device name '_clock' is not a QEMU identifier"));
		assertTrue(findings(fixture("AVP-NAME-2"), "AVP-NAME-2").get(0).message()
				.contains("\"vnet-beta-primary0\" is 18 bytes, more than the 15 Linux allows (IFNAMSIZ)"));
		assertTrue(findings(fixture("AVP-NAME-3"), "AVP-NAME-3").get(0).message().contains("holds 1 to 36 (qemu, libvirt, cloud-hypervisor targets)"));
		assertTrue(findings(fixture("AVP-MEM-1"), "AVP-MEM-1").get(0).message()
				.contains("needs 17072 MiB (VMs 3072, shared memory 0, hypervisor reserve 14000) but hardware 'host' has 16384 MiB"));
		assertTrue(findings(fixture("AVP-MEM-3"), "AVP-MEM-3").get(0).message().contains("24 MiB, not a power of two"));
		assertTrue(findings(fixture("AVP-NET-4"), "AVP-NET-4").get(0).message().contains("10.0.0.2 of 'beta.eth0' is already used by 'alpha.eth0'"));
		assertTrue(findings(fixture("AVP-DEV-2"), "AVP-DEV-2").get(0).message().contains("(IOMMU group 14)"));
	}

	@Test
	public void ffiFindingsAreWarningsAndAWaiverKeepsTheJustification() {
		Finding open = findings(fixture("AVP-FFI-1"), "AVP-FFI-1").get(0);
		assertEquals(Severity.WARNING, open.severity());
		assertTrue(open.isOpen());
		assertTrue(open.message(), open.message().contains("VM 'beta' (ASIL-B) depends on 'alpha' (QM): back-end of BlockDevice 'root'"));
		List<Platform> cockpit = platforms(AvpModels.load(AvpModels.examples().resolve("cockpit/cockpit.avp")));
		List<Finding> ffi = engine.validate(cockpit).findings().stream().filter(f -> f.requirementId().startsWith("AVP-FFI-")).toList();
		assertEquals(List.of("AVP-FFI-1", "AVP-FFI-2"), ffi.stream().map(Finding::requirementId).toList());
		assertTrue(ffi.stream().noneMatch(Finding::isOpen));
		assertTrue(ffi.get(0).justification(), ffi.get(0).justification().startsWith("DFA: the cluster draws its telltales"));
	}

	@Test
	public void cockpitDependenciesOnTheDriverVm() {
		List<Platform> cockpit = platforms(AvpModels.load(AvpModels.examples().resolve("cockpit/cockpit.avp")));
		List<CriticalityDependency> deps = CriticalityDependency.of(new PlatformScope(cockpit));
		assertEquals(List.of("cluster -> driver AVP-FFI-1 back-end of GpuDevice 'display' served by driver VM 'driver' waived",
				"cluster -> driver AVP-FFI-2 maps shared memory 'rear_camera' owned by 'driver' waived"),
				deps.stream().map(d -> d.dependent().getName() + " -> " + d.on().getName() + " " + d.requirementId() + " " + d.why()
						+ (d.waiver() != null ? " waived" : " open")).toList());
		List<Platform> gaps = platforms(AvpModels.load(AvpModels.examples().resolve("noncompliant/cockpit-gaps.avp")));
		String open = CriticalityDependency.of(new PlatformScope(gaps)).stream().filter(d -> d.waiver() == null)
				.map(d -> d.dependent().getName() + "->" + d.on().getName() + " " + d.requirementId()).collect(Collectors.joining(", "));
		assertEquals("cluster->driver AVP-FFI-1, cluster->driver AVP-FFI-2, cluster->ivi AVP-CPU-5", open);
		EObject shared = CriticalityDependency.of(new PlatformScope(gaps)).get(2).element();
		assertNotNull(shared);
	}
}
