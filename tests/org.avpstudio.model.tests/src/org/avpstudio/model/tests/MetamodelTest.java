// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.model.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.avpstudio.model.*;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The metamodel describes a real platform, survives XMI and explains itself. */
public class MetamodelTest {

	private static final AvpFactory F = AvpFactory.eINSTANCE;

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	/** A small version of the Arm cockpit reference platform, built through the API. */
	static Platform cockpit() {
		Platform platform = F.createPlatform();
		platform.setName("cockpit");
		platform.setAvpsVersion("2.0");
		Hardware soc = F.createHardware();
		soc.setName("soc");
		soc.setArchitecture(Architecture.AARCH64);
		soc.setMemoryMiB(8192);
		soc.setIommu(true);
		soc.getVirtualizationFeatures().add(VirtualizationFeature.GIC_VIRTUAL_INTERRUPTS);
		CpuCluster big = F.createCpuCluster();
		big.setName("big");
		big.setKind(CoreKind.BIG);
		PhysicalCore core = F.createPhysicalCore();
		core.setName("a76_0");
		big.getCores().add(core);
		soc.getClusters().add(big);
		HostDevice gpu = F.createHostDevice();
		gpu.setName("gpu0");
		gpu.setKind(HostDeviceKind.GPU);
		gpu.setIommuGroup("smmu0:0x10");
		soc.getHostDevices().add(gpu);
		platform.setHardware(soc);

		VirtualMachine driver = vm("driver", VmRole.DRIVER, Criticality.QM);
		driver.getPassthrough().add(gpu);
		VirtualMachine cluster = vm("cluster", VmRole.CLUSTER, Criticality.ASIL_B);
		VirtualCpu vcpu = F.createVirtualCpu();
		vcpu.setPinnedTo(core);
		vcpu.setExclusive(true);
		cluster.getVcpus().add(vcpu);
		GpuDevice display = F.createGpuDevice();
		display.setName("display");
		display.getFeatures().add("VIRTIO_F_VERSION_1");
		DriverVmBackend served = F.createDriverVmBackend();
		served.setVm(driver);
		display.setBackend(served);
		cluster.getDevices().add(display);
		VsockDevice vsock = F.createVsockDevice();
		vsock.setName("vsock0");
		vsock.setGuestCid(4);
		cluster.getDevices().add(vsock);
		Waiver waiver = F.createWaiver();
		waiver.setRequirementId("AVPS-2.0-NET-1");
		waiver.setJustification("no IP stack by design");
		cluster.getWaivers().add(waiver);
		platform.getVirtualMachines().add(driver);
		platform.getVirtualMachines().add(cluster);

		SharedMemoryRegion frames = F.createSharedMemoryRegion();
		frames.setName("rear_camera");
		frames.setSizeMiB(16);
		frames.setOwner(driver);
		SharedMemoryPeer peer = F.createSharedMemoryPeer();
		peer.setVm(cluster);
		frames.getPeers().add(peer);
		platform.getChannels().add(frames);
		return platform;
	}

	private static VirtualMachine vm(String name, VmRole role, Criticality criticality) {
		VirtualMachine vm = F.createVirtualMachine();
		vm.setName(name);
		vm.setRole(role);
		vm.setCriticality(criticality);
		vm.setMemoryMiB(1024);
		return vm;
	}

	private ResourceSet resourceSet() {
		ResourceSet set = new ResourceSetImpl();
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		set.getPackageRegistry().put(AvpPackage.eNS_URI, AvpPackage.eINSTANCE);
		return set;
	}

	@Test
	public void platformSurvivesXmiWithItsCrossReferences() throws Exception {
		Platform original = cockpit();
		File file = tmp.newFile("cockpit.xmi");
		Resource out = resourceSet().createResource(URI.createFileURI(file.getPath()));
		out.getContents().add(original);
		out.save(null);

		Resource in = resourceSet().getResource(URI.createFileURI(file.getPath()), true);
		Platform loaded = (Platform) in.getContents().get(0);
		assertTrue("same content", EcoreUtil.equals(EcoreUtil.copy(original), loaded));
		VirtualMachine cluster = loaded.getVirtualMachines().get(1);
		assertSame(loaded.getHardware().getClusters().get(0).getCores().get(0), cluster.getVcpus().get(0).getPinnedTo());
		assertSame(loaded.getVirtualMachines().get(0), ((DriverVmBackend) cluster.getDevices().get(0).getBackend()).getVm());
		assertSame(loaded.getHardware().getHostDevices().get(0), loaded.getVirtualMachines().get(0).getPassthrough().get(0));
		SharedMemoryRegion region = (SharedMemoryRegion) loaded.getChannels().get(0);
		assertSame(cluster, region.getPeers().get(0).getVm());
		assertEquals(Access.READ_ONLY, region.getPeers().get(0).getAccess());
		assertEquals("AVPS-2.0-NET-1", cluster.getWaivers().get(0).getRequirementId());
	}

	@Test
	public void brokenXmiGivesALocatedDiagnostic() throws Exception {
		File file = tmp.newFile("broken.xmi");
		Files.writeString(file.toPath(), """
				<?xml version="1.0" encoding="UTF-8"?>
				<avp:Platform xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:avp="http://www.avpstudio.org/avp/1.0" name="p">
				  <virtualMachines name="vm1" memoryMiB="512" colour="blue"/>
				</avp:Platform>
				""");
		Resource resource = resourceSet().createResource(URI.createFileURI(file.getPath()));
		try {
			resource.load(null);
		} catch (Exception expected) {
			// EMF reports through the resource's errors as well
		}
		assertFalse(resource.getErrors().isEmpty());
		Resource.Diagnostic error = resource.getErrors().get(0);
		assertTrue(error.getMessage(), error.getMessage().contains("colour"));
		assertEquals(3, error.getLine());
		assertTrue(error.getColumn() > 0);
	}

	@Test
	public void incompleteModelBreaksMultiplicities() {
		VirtualMachine vm = F.createVirtualMachine(); // no name, no memory
		Platform platform = F.createPlatform();
		platform.setName("p");
		platform.getVirtualMachines().add(vm);
		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(platform);
		assertEquals(Diagnostic.ERROR, diagnostic.getSeverity());
		String messages = diagnostic.getChildren().toString();
		assertTrue(messages, messages.contains("'name'"));
	}

	@Test
	public void everyClassifierFeatureAndLiteralIsDocumented() {
		List<String> undocumented = new ArrayList<>();
		for (EClassifier classifier : AvpPackage.eINSTANCE.getEClassifiers()) {
			check(classifier.getName(), EcoreUtil.getDocumentation(classifier), undocumented);
			if (classifier instanceof EClass eClass) {
				for (EStructuralFeature feature : eClass.getEStructuralFeatures()) {
					check(eClass.getName() + "." + feature.getName(), EcoreUtil.getDocumentation(feature), undocumented);
				}
			}
			if (classifier instanceof EEnum eEnum) {
				for (EEnumLiteral literal : eEnum.getELiterals()) {
					check(eEnum.getName() + "." + literal.getName(), EcoreUtil.getDocumentation(literal), undocumented);
				}
			}
		}
		assertEquals(List.of(), undocumented);
		assertTrue("the nsURI carries the metamodel version", AvpPackage.eNS_URI.endsWith("/1.0"));
	}

	private static void check(String what, String documentation, List<String> undocumented) {
		if (documentation == null || documentation.isBlank()) {
			undocumented.add(what);
		}
	}

	/**
	 * An enumeration default must name a literal by its literal string (what EMF parses); a name that does not parse
	 * silently becomes the first literal (a VM without a role was a driver VM).
	 */
	@Test
	public void enumerationDefaultsParseToTheIntendedLiteral() {
		List<String> wrong = new ArrayList<>();
		for (EClassifier classifier : AvpPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass eClass) {
				for (org.eclipse.emf.ecore.EAttribute attribute : eClass.getEAttributes()) {
					String literal = attribute.getDefaultValueLiteral();
					if (attribute.getEType() instanceof EEnum eEnum && literal != null
							&& (eEnum.getEEnumLiteralByLiteral(literal) == null || attribute.getDefaultValue() == null
									|| !((org.eclipse.emf.common.util.Enumerator) attribute.getDefaultValue()).getLiteral().equals(literal))) {
						wrong.add(eClass.getName() + "." + attribute.getName() + " = \"" + literal + "\"");
					}
				}
			}
		}
		assertTrue("defaults that are not literals of their enumeration: " + wrong, wrong.isEmpty());
		VirtualMachine vm = AvpFactory.eINSTANCE.createVirtualMachine();
		assertEquals(VmRole.GENERAL, vm.getRole());
	}
}
