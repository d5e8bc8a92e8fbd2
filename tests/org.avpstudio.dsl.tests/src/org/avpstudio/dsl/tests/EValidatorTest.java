// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.avpstudio.model.AvpFactory;
import org.avpstudio.model.Hardware;
import org.avpstudio.model.Platform;
import org.avpstudio.model.VirtualMachine;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.xtext.validation.AbstractValidationDiagnostic;
import org.junit.Test;

/** The compliance rules plug into EMF's EValidator registry: plain EMF validation of a non-text model runs them. */
public class EValidatorTest {

	@Test
	public void diagnosticianReportsRequirementIdsOnAnXmiModel() {
		AvpModels.INJECTOR.getClass(); // the language setup registers its EValidator for the AVP package
		Platform platform = AvpFactory.eINSTANCE.createPlatform();
		platform.setName("xmi_platform");
		platform.setAvpsVersion("2.0");
		Hardware hardware = AvpFactory.eINSTANCE.createHardware();
		hardware.setName("host");
		platform.setHardware(hardware);
		VirtualMachine vm = AvpFactory.eINSTANCE.createVirtualMachine();
		vm.setName("guest");
		vm.setMemoryMiB(512);
		platform.getVirtualMachines().add(vm);
		ResourceSetImpl set = new ResourceSetImpl();
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		Resource resource = set.createResource(URI.createURI("memory:/platform.xmi"));
		resource.getContents().add(platform);

		Diagnostic result = Diagnostician.INSTANCE.validate(platform);
		List<String> codes = result.getChildren().stream().filter(d -> d instanceof AbstractValidationDiagnostic)
				.map(d -> ((AbstractValidationDiagnostic) d).getIssueCode()).toList();
		assertTrue(codes.toString(), codes.contains("AVPS-2.0-RNG-1"));
		assertTrue(codes.toString(), codes.contains("AVPS-2.0-CONS-1"));
		assertEquals(Diagnostic.ERROR, result.getSeverity());
	}
}
